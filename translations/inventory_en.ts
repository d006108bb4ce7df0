<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message>
        <source>The server refused the operation (%1).</source>
        <translation>The server refused the operation (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Cannot count %n unit(s): %1 are reserved.</source>
        <translation><numerusform>Cannot count %n unit: %1 are reserved.</numerusform><numerusform>Cannot count %n units: %1 are reserved.</numerusform></translation>
    </message>
    <message>
        <source>There are no units available.</source>
        <translation>There are no units available.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n unit(s) available.</source>
        <translation><numerusform>Only %n unit available.</numerusform><numerusform>Only %n units available.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Someone changed this stock meanwhile: it is now %n unit(s). Count again.</source>
        <translation><numerusform>Someone changed this stock meanwhile: it is now %n unit. Count again.</numerusform><numerusform>Someone changed this stock meanwhile: it is now %n units. Count again.</numerusform></translation>
    </message>
    <message>
        <source>This reservation has already expired.</source>
        <translation>This reservation has already expired.</translation>
    </message>
    <message>
        <source>This reservation has already been sold.</source>
        <translation>This reservation has already been sold.</translation>
    </message>
    <message>
        <source>This reservation has already been cancelled.</source>
        <translation>This reservation has already been cancelled.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state.</source>
        <translation>This cannot be done in the current state.</translation>
    </message>
    <message>
        <source>The server did not accept the data: %1</source>
        <translation>The server did not accept the data: %1</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2</source>
        <translation>The server did not accept “%1”: %2</translation>
    </message>
    <message>
        <source>The session is not valid any more: sign in again.</source>
        <translation>The session is not valid any more: sign in again.</translation>
    </message>
    <message>
        <source>Your user may not do this at this store.</source>
        <translation>Your user may not do this at this store.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>Not found on the server: %1</translation>
    </message>
    <message>
        <source>Too much data in one request.</source>
        <translation>Too much data in one request.</translation>
    </message>
    <message>
        <source>This operation was already sent with other values.</source>
        <translation>This operation was already sent with other values.</translation>
    </message>
    <message>
        <source>The server is busy; this will be tried again shortly.</source>
        <translation>The server is busy; this will be tried again shortly.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>More units than were sold on that ticket (less what has come back already).</source>
        <translation>More units than were sold on that ticket (less what has come back already).</translation>
    </message>
    <message>
        <source>This till's copy is older than the server's history: it is read again.</source>
        <translation>This till's copy is older than the server's history: it is read again.</translation>
    </message>
</context>
<context>
    <name>EventLabel</name>
    <message>
        <source>Stock changed</source>
        <translation>Stock changed</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Reservation sold</source>
        <translation>Reservation sold</translation>
    </message>
    <message>
        <source>Reservation cancelled</source>
        <translation>Reservation cancelled</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>Reservation expired</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Internal use</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Ticket sold</source>
        <translation>Ticket sold</translation>
    </message>
    <message>
        <source>Stock discrepancy</source>
        <translation>Stock discrepancy</translation>
    </message>
    <message>
        <source>Discrepancy resolved</source>
        <translation>Discrepancy resolved</translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation>Transfer requested</translation>
    </message>
    <message>
        <source>Transfer shipped</source>
        <translation>Transfer shipped</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfer received</translation>
    </message>
    <message>
        <source>Transfer closed</source>
        <translation>Transfer closed</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Transfer cancelled</translation>
    </message>
    <message>
        <source>Reason code added</source>
        <translation>Reason code added</translation>
    </message>
    <message>
        <source>Reorder levels set</source>
        <translation>Reorder levels set</translation>
    </message>
    <message>
        <source>Fell below minimum</source>
        <translation>Fell below minimum</translation>
    </message>
    <message>
        <source>Count opened</source>
        <translation>Count opened</translation>
    </message>
    <message>
        <source>Count applied</source>
        <translation>Count applied</translation>
    </message>
    <message>
        <source>Count cancelled</source>
        <translation>Count cancelled</translation>
    </message>
</context>
<context>
    <name>LevelDesk</name>
    <message>
        <source>No line has a store to take units from.</source>
        <translation>No line has a store to take units from.</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>Replenishment</translation>
    </message>
</context>
<context>
    <name>OfflineTickets</name>
    <message>
        <source>ticket %1 was not sold at this till, so only the server can take it back; try again when it can be reached</source>
        <translation>ticket %1 was not sold at this till, so only the server can take it back; try again when it can be reached</translation>
    </message>
    <message>
        <source>%1 unit(s) of %2 can still come back on ticket %3</source>
        <translation>%1 unit(s) of %2 can still come back on ticket %3</translation>
    </message>
</context>
<context>
    <name>ProductFinder</name>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>cannot read the profile: %1</translation>
    </message>
    <message>
        <source>unknown product '%1'</source>
        <translation>unknown product '%1'</translation>
    </message>
    <message>
        <source>no product '%1'; did you mean:</source>
        <translation>no product '%1'; did you mean:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation><numerusform>%n second ago</numerusform><numerusform>%n seconds ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>the server cannot be reached (%1)</translation>
    </message>
    <message>
        <source>unexpected answer %1 from the server</source>
        <translation>unexpected answer %1 from the server</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Served by %1</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTAL %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>Paid by: %1</translation>
    </message>
    <message>
        <source>offline — will sync</source>
        <translation>offline — will sync</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Thank you for your visit</translation>
    </message>
</context>
<context>
    <name>StaffRoster</name>
    <message>
        <source>this till is not enrolled</source>
        <translation>this till is not enrolled</translation>
    </message>
    <message>
        <source>this till has no list of its staff yet: unlock it once while the server can be reached</source>
        <translation>this till has no list of its staff yet: unlock it once while the server can be reached</translation>
    </message>
    <message>
        <source>wrong user or PIN</source>
        <translation>wrong user or PIN</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong PINs: try again in %n second(s)</source>
        <translation><numerusform>too many wrong PINs: try again in %n second</numerusform><numerusform>too many wrong PINs: try again in %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>TermCommandLine</name>
    <message>
        <source>Server URL; repeat (or separate with commas) for fail-over.</source>
        <translation>Server URL; repeat (or separate with commas) for fail-over.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Password.</source>
        <translation>Password.</translation>
    </message>
    <message>
        <source>Use this token instead of signing in.</source>
        <translation>Use this token instead of signing in.</translation>
    </message>
    <message>
        <source>Profile folder (cache and queue).</source>
        <translation>Profile folder (cache and queue).</translation>
    </message>
    <message>
        <source>Store (default: the user's first).</source>
        <translation>Store (default: the user's first).</translation>
    </message>
    <message>
        <source>Customer of a reservation.</source>
        <translation>Customer of a reservation.</translation>
    </message>
    <message>
        <source>Seconds a reservation holds (default 600).</source>
        <translation>Seconds a reservation holds (default 600).</translation>
    </message>
    <message>
        <source>Count only if the row is at this version.</source>
        <translation>Count only if the row is at this version.</translation>
    </message>
    <message>
        <source>One JSON document per command.</source>
        <translation>One JSON document per command.</translation>
    </message>
    <message>
        <source>Command and its arguments; none starts the prompt.</source>
        <translation>Command and its arguments; none starts the prompt.</translation>
    </message>
    <message>
        <source>--profile cannot change at the prompt: start inventory-term with it</source>
        <translation>--profile cannot change at the prompt: start inventory-term with it</translation>
    </message>
    <message>
        <source>'%1' is not an http(s) URL</source>
        <translation>'%1' is not an http(s) URL</translation>
    </message>
    <message>
        <source>--ttl and --expect-version take whole numbers (ttl 1..86400)</source>
        <translation>--ttl and --expect-version take whole numbers (ttl 1..86400)</translation>
    </message>
    <message>
        <source>a quote (%1) is not closed</source>
        <translation>a quote (%1) is not closed</translation>
    </message>
    <message>
        <source>How a ticket is paid: cash, card or other.</source>
        <translation>How a ticket is paid: cash, card or other.</translation>
    </message>
    <message>
        <source>Only today's tickets.</source>
        <translation>Only today's tickets.</translation>
    </message>
    <message>
        <source>Returned units are damaged, not sellable.</source>
        <translation>Returned units are damaged, not sellable.</translation>
    </message>
    <message>
        <source>Store a transfer is requested from.</source>
        <translation>Store a transfer is requested from.</translation>
    </message>
    <message>
        <source>A note (free text).</source>
        <translation>A note (free text).</translation>
    </message>
    <message>
        <source>Only transfers in this status (e.g. IN_TRANSIT).</source>
        <translation>Only transfers in this status (e.g. IN_TRANSIT).</translation>
    </message>
    <message>
        <source>History from this date (YYYY-MM-DD) on.</source>
        <translation>History from this date (YYYY-MM-DD) on.</translation>
    </message>
    <message>
        <source>Only movements with this reason code.</source>
        <translation>Only movements with this reason code.</translation>
    </message>
    <message>
        <source>--since takes a date: YYYY-MM-DD</source>
        <translation>--since takes a date: YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>TermOutput</name>
    <message>
        <source>the profile cannot be read or written: %1</source>
        <translation>the profile cannot be read or written: %1</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>the list of tickets needs the server, which cannot be reached now</source>
        <translation>the list of tickets needs the server, which cannot be reached now</translation>
    </message>
    <message>
        <source>ticket %1 was not sold at this till, and the server, which knows every other ticket, cannot be reached now</source>
        <translation>ticket %1 was not sold at this till, and the server, which knows every other ticket, cannot be reached now</translation>
    </message>
</context>
<context>
    <name>TillDesk</name>
    <message>
        <source>the server did not answer the till's secret</source>
        <translation>the server did not answer the till's secret</translation>
    </message>
    <message>
        <source>this till is not enrolled: a manager enrols it first</source>
        <translation>this till is not enrolled: a manager enrols it first</translation>
    </message>
</context>
<context>
    <name>inventory::ApiClient</name>
    <message>
        <source>no server configured</source>
        <translation>no server configured</translation>
    </message>
</context>
<context>
    <name>inventory::ClientSession</name>
    <message>
        <source>sign-in refused</source>
        <translation>sign-in refused</translation>
    </message>
    <message>
        <source>reservations need the server, which cannot be reached now</source>
        <translation>reservations need the server, which cannot be reached now</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>the saved session has expired: sign in again</source>
        <translation>the saved session has expired: sign in again</translation>
    </message>
    <message>
        <source>cannot reach the server at %1, and there is no valid saved session for %2 on this till</source>
        <translation>cannot reach the server at %1, and there is no valid saved session for %2 on this till</translation>
    </message>
    <message>
        <source>this till is not enrolled</source>
        <translation>this till is not enrolled</translation>
    </message>
</context>
<context>
    <name>inventory::DiscrepancyDesk</name>
    <message>
        <source>discrepancies need the server, which cannot be reached now</source>
        <translation>discrepancies need the server, which cannot be reached now</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n unit(s)</source>
        <translation><numerusform>Counted %n unit</numerusform><numerusform>Counted %n units</numerusform></translation>
    </message>
    <message>
        <source>This discrepancy has already been resolved.</source>
        <translation>This discrepancy has already been resolved.</translation>
    </message>
    <message>
        <source>Only a manager of the store resolves a discrepancy.</source>
        <translation>Only a manager of the store resolves a discrepancy.</translation>
    </message>
    <message>
        <source>The count was recorded, but the discrepancy is still open: %1</source>
        <translation>The count was recorded, but the discrepancy is still open: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ProductHistory</name>
    <message>
        <source>the movement history needs the server, which cannot be reached now</source>
        <translation>the movement history needs the server, which cannot be reached now</translation>
    </message>
    <message>
        <source>the server's answer holds no list of movements</source>
        <translation>the server's answer holds no list of movements</translation>
    </message>
    <message>
        <source>the server's answer holds a movement that cannot be read</source>
        <translation>the server's answer holds a movement that cannot be read</translation>
    </message>
</context>
<context>
    <name>inventory::ReasonCatalog</name>
    <message>
        <source>the reason codes could not be read: the server cannot be reached now</source>
        <translation>the reason codes could not be read: the server cannot be reached now</translation>
    </message>
    <message>
        <source>the server's answer holds no list of reason codes</source>
        <translation>the server's answer holds no list of reason codes</translation>
    </message>
    <message>
        <source>the server's answer holds a reason code that cannot be read</source>
        <translation>the server's answer holds a reason code that cannot be read</translation>
    </message>
</context>
<context>
    <name>inventory::ShrinkQuery</name>
    <message>
        <source>the shrink report needs the server, which cannot be reached now</source>
        <translation>the shrink report needs the server, which cannot be reached now</translation>
    </message>
    <message>
        <source>the server's answer holds no shrink report</source>
        <translation>the server's answer holds no shrink report</translation>
    </message>
    <message>
        <source>the server's answer holds a line of the shrink report that cannot be read</source>
        <translation>the server's answer holds a line of the shrink report that cannot be read</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermActions</name>
    <message>
        <source>QTY must be a whole number of units</source>
        <translation>QTY must be a whole number of units</translation>
    </message>
    <message>
        <source>no store: give --store</source>
        <translation>no store: give --store</translation>
    </message>
    <message>
        <source>usage: reserve PRODUCT QTY --customer C [--ttl S]</source>
        <translation>usage: reserve PRODUCT QTY --customer C [--ttl S]</translation>
    </message>
    <message>
        <source>reservations need the server, which cannot be reached now</source>
        <translation>reservations need the server, which cannot be reached now</translation>
    </message>
    <message>
        <source>cannot queue the operation: %1</source>
        <translation>cannot queue the operation: %1</translation>
    </message>
    <message>
        <source>queued, but the profile cannot be read: %1</source>
        <translation>queued, but the profile cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>offline — queued, will sync later (%n pending)</source>
        <translation><numerusform>offline — queued, will sync later (%n pending)</numerusform><numerusform>offline — queued, will sync later (%n pending)</numerusform></translation>
    </message>
    <message>
        <source>sent, but the profile cannot be read: %1</source>
        <translation>sent, but the profile cannot be read: %1</translation>
    </message>
    <message>
        <source>rejected by the server: %1</source>
        <translation>rejected by the server: %1</translation>
    </message>
    <message>
        <source>done, but the profile cannot be read: %1</source>
        <translation>done, but the profile cannot be read: %1</translation>
    </message>
    <message>
        <source>done: %1 at %2 — quantity %3, available %4 (version %5)</source>
        <translation>done: %1 at %2 — quantity %3, available %4 (version %5)</translation>
    </message>
    <message>
        <source>done: reservation %1 is %2</source>
        <translation>done: reservation %1 is %2</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermApp</name>
    <message>
        <source>cannot open the profile %1: %2</source>
        <translation>cannot open the profile %1: %2</translation>
    </message>
    <message>
        <source>  %1: %2 / %3</source>
        <translation>  %1: %2 / %3</translation>
    </message>
    <message>
        <source>cannot sign in: %1</source>
        <translation>cannot sign in: %1</translation>
    </message>
    <message>
        <source>unknown command '%1'
%2</source>
        <translation>unknown command '%1'
%2</translation>
    </message>
    <message numerus="yes">
        <source>'%1' takes %n argument(s)</source>
        <translation><numerusform>'%1' takes %n argument</numerusform><numerusform>'%1' takes %n arguments</numerusform></translation>
    </message>
    <message>
        <source>not signed in: use --user and --password (or login)</source>
        <translation>not signed in: use --user and --password (or login)</translation>
    </message>
    <message>
        <source>signed in as %1 (stores: %2)</source>
        <translation>signed in as %1 (stores: %2)</translation>
    </message>
    <message>
        <source>synced: up to event %1, %2 queued, %3 rejected</source>
        <translation>synced: up to event %1, %2 queued, %3 rejected</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>cannot read the profile %1: %2</translation>
    </message>
    <message>
        <source>synced, but the profile cannot be read</source>
        <translation>synced, but the profile cannot be read</translation>
    </message>
    <message>
        <source>cannot sign in: wrong user or password</source>
        <translation>cannot sign in: wrong user or password</translation>
    </message>
    <message>
        <source>usage: ticket (a new ticket) | ticket [show] ID</source>
        <translation>usage: ticket (a new ticket) | ticket [show] ID</translation>
    </message>
    <message>
        <source>Commands:
  login                          sign in and remember the session in the profile
  stores                         list the stores
  products [QUERY]               search the catalogue (SKU, barcode, name)
  stock PRODUCT [--store S]      stock of a product in every store
  sell|receive PRODUCT QTY       sell or receive units at --store (works offline)
  count PRODUCT QTY [--expect-version V]   record a physical count
  reserve PRODUCT QTY --customer C [--ttl S]   hold units (needs the server)
  confirm ID | cancel ID         sell or release a reservation
  reservations                   reservations of --store
  pending                        queued and rejected operations
  sync                           send the queue and fetch changes
  watch                          print changes live until stopped
  sell-ticket PRODUCT:QTY… [--payment M]   sell several lines at once: all or none
  tickets [--today] | ticket [show] ID   the store's tickets, or one ticket
  ticket                         ring up a ticket: add, qty, remove, show, charge
  return TICKET PRODUCT:QTY… [--damaged]   take units of a ticket back at --store
  transfer request PRODUCT:QTY… --from S [--note N]   ask another store for units
  transfer ship|receive ID [PRODUCT:QTY[:DAMAGED]…]   send, or take in (works offline)
  transfer close|cancel|show ID | transfer list [--status S]   the store's transfers
  history PRODUCT [--since DATE] [--reason CODE]   a product's movements at --store
  levels PRODUCT MIN TARGET      reorder levels at --store (managers; 0 0 removes)
  replenishment                  products of --store below their minimum, and where to take units from
  counts open full|shelf|category NAME|random N|PRODUCT… [blind]   open a count at --store (managers)
  counts enter ID PRODUCT QTY    what this till counted of a product (works offline)
  counts review|apply|cancel|show ID | counts list   review, apply [zero-uncounted]
  report day [YYYY-MM-DD]        the day report of --store (managers)
  till enrol ID NAME | till staff | till show   enrol this profile as a till of --store (managers), fetch its staff for PIN unlock, show it
PRODUCT is an id, SKU, barcode or whole name; a part of a name lists the matches.
Exit status: 0 done, 1 rejected, 2 usage, 3 cannot authenticate, 10 queued offline.</source>
        <translation>Commands:
  login                          sign in and remember the session in the profile
  stores                         list the stores
  products [QUERY]               search the catalogue (SKU, barcode, name)
  stock PRODUCT [--store S]      stock of a product in every store
  sell|receive PRODUCT QTY       sell or receive units at --store (works offline)
  count PRODUCT QTY [--expect-version V]   record a physical count
  reserve PRODUCT QTY --customer C [--ttl S]   hold units (needs the server)
  confirm ID | cancel ID         sell or release a reservation
  reservations                   reservations of --store
  pending                        queued and rejected operations
  sync                           send the queue and fetch changes
  watch                          print changes live until stopped
  sell-ticket PRODUCT:QTY… [--payment M]   sell several lines at once: all or none
  tickets [--today] | ticket [show] ID   the store's tickets, or one ticket
  ticket                         ring up a ticket: add, qty, remove, show, charge
  return TICKET PRODUCT:QTY… [--damaged]   take units of a ticket back at --store
  transfer request PRODUCT:QTY… --from S [--note N]   ask another store for units
  transfer ship|receive ID [PRODUCT:QTY[:DAMAGED]…]   send, or take in (works offline)
  transfer close|cancel|show ID | transfer list [--status S]   the store's transfers
  history PRODUCT [--since DATE] [--reason CODE]   a product's movements at --store
  levels PRODUCT MIN TARGET      reorder levels at --store (managers; 0 0 removes)
  replenishment                  products of --store below their minimum, and where to take units from
  counts open full|shelf|category NAME|random N|PRODUCT… [blind]   open a count at --store (managers)
  counts enter ID PRODUCT QTY    what this till counted of a product (works offline)
  counts review|apply|cancel|show ID | counts list   review, apply [zero-uncounted]
  report day [YYYY-MM-DD]        the day report of --store (managers)
  till enrol ID NAME | till staff | till show   enrol this profile as a till of --store (managers), fetch its staff for PIN unlock, show it
PRODUCT is an id, SKU, barcode or whole name; a part of a name lists the matches.
Exit status: 0 done, 1 rejected, 2 usage, 3 cannot authenticate, 10 queued offline.</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermCounts</name>
    <message>
        <source>usage: counts open|enter|review|apply|cancel|list|show …</source>
        <translation>usage: counts open|enter|review|apply|cancel|list|show …</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>count %1</translation>
    </message>
    <message>
        <source>usage: counts apply ID [zero-uncounted]</source>
        <translation>usage: counts apply ID [zero-uncounted]</translation>
    </message>
    <message numerus="yes">
        <source>count %1 applied: %n product(s) corrected</source>
        <translation><numerusform>count %1 applied: %n product corrected</numerusform><numerusform>count %1 applied: %n products corrected</numerusform></translation>
    </message>
    <message>
        <source>cancelled: count %1</source>
        <translation>cancelled: count %1</translation>
    </message>
    <message>
        <source>usage: counts open full|shelf|category NAME|random N|PRODUCT… [blind]</source>
        <translation>usage: counts open full|shelf|category NAME|random N|PRODUCT… [blind]</translation>
    </message>
    <message>
        <source>opened: count %1</source>
        <translation>opened: count %1</translation>
    </message>
    <message>
        <source>usage: counts enter ID PRODUCT QTY</source>
        <translation>usage: counts enter ID PRODUCT QTY</translation>
    </message>
    <message>
        <source>%1: %2 counted — queued, will sync</source>
        <translation>%1: %2 counted — queued, will sync</translation>
    </message>
    <message>
        <source>%1: %2 counted here, %3 by every till</source>
        <translation>%1: %2 counted here, %3 by every till</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>blind</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>COUNT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>BLIND</source>
        <translation>BLIND</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>COUNTED</translation>
    </message>
    <message>
        <source>OPENED BY</source>
        <translation>OPENED BY</translation>
    </message>
    <message>
        <source>  %1  %2, %3 of %4 products counted</source>
        <translation>  %1  %2, %3 of %4 products counted</translation>
    </message>
    <message>
        <source>  %1  counted %2 (books at the start: %3)</source>
        <translation>  %1  counted %2 (books at the start: %3)</translation>
    </message>
    <message>
        <source>  %1  counted %2</source>
        <translation>  %1  counted %2</translation>
    </message>
    <message>
        <source>recount</source>
        <translation>recount</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>EXPECTED</translation>
    </message>
    <message>
        <source>VARIANCE</source>
        <translation>VARIANCE</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermDayReport</name>
    <message>
        <source>usage: report day [YYYY-MM-DD]</source>
        <translation>usage: report day [YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Day report of %1, %2</source>
        <translation>Day report of %1, %2</translation>
    </message>
    <message>
        <source>  sold: %1 ticket(s), %2 unit(s), %3</source>
        <translation>  sold: %1 ticket(s), %2 unit(s), %3</translation>
    </message>
    <message>
        <source>  returned: %1 return(s), %2 unit(s), %3</source>
        <translation>  returned: %1 return(s), %2 unit(s), %3</translation>
    </message>
    <message>
        <source>    %1: %2 unit(s), %3</source>
        <translation>    %1: %2 unit(s), %3</translation>
    </message>
    <message>
        <source>  sales by category</source>
        <translation>  sales by category</translation>
    </message>
    <message>
        <source>  sales by seller</source>
        <translation>  sales by seller</translation>
    </message>
    <message>
        <source>  returns by category</source>
        <translation>  returns by category</translation>
    </message>
    <message>
        <source>  returns by seller</source>
        <translation>  returns by seller</translation>
    </message>
    <message>
        <source>  adjustments by reason</source>
        <translation>  adjustments by reason</translation>
    </message>
    <message>
        <source>    %1: +%2 / -%3</source>
        <translation>    %1: +%2 / -%3</translation>
    </message>
    <message>
        <source>  transfers: %1 shipped (%2 unit(s)), %3 unit(s) received</source>
        <translation>  transfers: %1 shipped (%2 unit(s)), %3 unit(s) received</translation>
    </message>
    <message>
        <source>  open discrepancies: %1 (%2 unit(s) short)</source>
        <translation>  open discrepancies: %1 (%2 unit(s) short)</translation>
    </message>
    <message>
        <source>  offline tickets: %1, %2</source>
        <translation>  offline tickets: %1, %2</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermLevels</name>
    <message>
        <source>usage: levels PRODUCT MIN TARGET (whole numbers; 0 0 removes them)</source>
        <translation>usage: levels PRODUCT MIN TARGET (whole numbers; 0 0 removes them)</translation>
    </message>
    <message>
        <source>levels of %1 at %2: minimum %3, target %4</source>
        <translation>levels of %1 at %2: minimum %3, target %4</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>AVAILABLE</source>
        <translation>AVAILABLE</translation>
    </message>
    <message>
        <source>ON THE WAY</source>
        <translation>ON THE WAY</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>NEED</translation>
    </message>
    <message>
        <source>TAKE FROM</source>
        <translation>TAKE FROM</translation>
    </message>
    <message>
        <source>ASK FOR</source>
        <translation>ASK FOR</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermPrompt</name>
    <message>
        <source>inventory-term — type 'help' for the commands, 'quit' to leave.</source>
        <translation>inventory-term — type 'help' for the commands, 'quit' to leave.</translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(exit status %1)</translation>
    </message>
    <message>
        <source>At the prompt:
  history                        the commands typed so far, numbered
  !N                             run command N of the history again
  quit | exit                    leave (so does Ctrl+D)
  q + Enter, or Ctrl+C           stop a watch and come back here
Options follow the command and hold for it alone, e.g.
  stock PROD-002 --store BCN-001
  reserve PROD-002 1 --customer "Ana García" --ttl 60</source>
        <translation>At the prompt:
  history                        the commands typed so far, numbered
  !N                             run command N of the history again
  quit | exit                    leave (so does Ctrl+D)
  q + Enter, or Ctrl+C           stop a watch and come back here
Options follow the command and hold for it alone, e.g.
  stock PROD-002 --store BCN-001
  reserve PROD-002 1 --customer "Ana García" --ttl 60</translation>
    </message>
    <message>
        <source>watching: type q and Enter, or press Ctrl+C, to stop</source>
        <translation>watching: type q and Enter, or press Ctrl+C, to stop</translation>
    </message>
    <message>
        <source>no command %1 in the history (see 'history')</source>
        <translation>no command %1 in the history (see 'history')</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermReports</name>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>cannot read the profile: %1</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>sync failed: %1</translation>
    </message>
    <message>
        <source>offline — showing data from the last sync (%1)</source>
        <translation>offline — showing data from the last sync (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Seconds left</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>showing data from the last sync (%1)</source>
        <translation>showing data from the last sync (%1)</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTicketLines</name>
    <message>
        <source>a line has at most %1 units</source>
        <translation>a line has at most %1 units</translation>
    </message>
    <message>
        <source>a ticket has at most %1 lines</source>
        <translation>a ticket has at most %1 lines</translation>
    </message>
    <message>
        <source>there is no line %1 (the ticket has %2)</source>
        <translation>there is no line %1 (the ticket has %2)</translation>
    </message>
    <message>
        <source>'%1' is not on the ticket ('show' lists its lines)</source>
        <translation>'%1' is not on the ticket ('show' lists its lines)</translation>
    </message>
    <message>
        <source>'%1' is not a number of units (1 to %2)</source>
        <translation>'%1' is not a number of units (1 to %2)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTicketSession</name>
    <message>
        <source>In the ticket:
  add SKU|BARCODE [QTY]          add units (the same product again adds to its line)
  remove SKU|BARCODE|LINE#       take a line off
  qty SKU|BARCODE|LINE# N        set the units of a line
  show                           the lines, with the units available at this store
  charge [--payment cash|card|other]   sell all lines or none
  clear                          empty the ticket
  done | quit | cancel           leave; a ticket not charged is discarded
--json after show or charge (or any line) prints JSON.</source>
        <translation>In the ticket:
  add SKU|BARCODE [QTY]          add units (the same product again adds to its line)
  remove SKU|BARCODE|LINE#       take a line off
  qty SKU|BARCODE|LINE# N        set the units of a line
  show                           the lines, with the units available at this store
  charge [--payment cash|card|other]   sell all lines or none
  clear                          empty the ticket
  done | quit | cancel           leave; a ticket not charged is discarded
--json after show or charge (or any line) prints JSON.</translation>
    </message>
    <message>
        <source>no store: give --store</source>
        <translation>no store: give --store</translation>
    </message>
    <message>
        <source>new ticket at %1: add products, then charge ('help' lists the commands)</source>
        <translation>new ticket at %1: add products, then charge ('help' lists the commands)</translation>
    </message>
    <message>
        <source>ticket (%1, %2)&gt; </source>
        <translation>ticket (%1, %2)&gt; </translation>
    </message>
    <message>
        <source>the ticket is empty</source>
        <translation>the ticket is empty</translation>
    </message>
    <message>
        <source>wrong arguments for '%1'
%2</source>
        <translation>wrong arguments for '%1'
%2</translation>
    </message>
    <message>
        <source>'%1' is not a ticket command ('help' lists them)</source>
        <translation>'%1' is not a ticket command ('help' lists them)</translation>
    </message>
    <message>
        <source>ticket discarded (%1): nothing was sold</source>
        <translation>ticket discarded (%1): nothing was sold</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed line %1: %2</source>
        <translation>removed line %1: %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>%1 line %2: %3 × %4, %5</source>
        <translation>%1 line %2: %3 × %4, %5</translation>
    </message>
    <message>
        <source> — only %1 available at %2</source>
        <translation> — only %1 available at %2</translation>
    </message>
    <message>
        <source>%1 (short)</source>
        <translation>%1 (short)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>total %1 (%2)</source>
        <translation>total %1 (%2)</translation>
    </message>
    <message>
        <source>the ticket is empty: add products first</source>
        <translation>the ticket is empty: add products first</translation>
    </message>
    <message>
        <source>--payment is cash, card or other</source>
        <translation>--payment is cash, card or other</translation>
    </message>
    <message>
        <source>charged: ticket %1, total %2</source>
        <translation>charged: ticket %1, total %2</translation>
    </message>
    <message>
        <source>nothing was sold: these lines lack stock</source>
        <translation>nothing was sold: these lines lack stock</translation>
    </message>
    <message>
        <source>  line %1, %2 %3: %4 requested, %5 available</source>
        <translation>  line %1, %2 %3: %4 requested, %5 available</translation>
    </message>
    <message>
        <source>the ticket stays open: fix it with qty or remove, then charge again</source>
        <translation>the ticket stays open: fix it with qty or remove, then charge again</translation>
    </message>
    <message>
        <source>not charged: %1</source>
        <translation>not charged: %1</translation>
    </message>
    <message>
        <source>unknown product '%1'</source>
        <translation>unknown product '%1'</translation>
    </message>
    <message>
        <source>no product '%1'; did you mean:</source>
        <translation>no product '%1'; did you mean:</translation>
    </message>
    <message>
        <source>charged offline: ticket %1, total %2 — queued, will sync</source>
        <translation>charged offline: ticket %1, total %2 — queued, will sync</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTickets</name>
    <message>
        <source>'%1' is not PRODUCT:QUANTITY</source>
        <translation>'%1' is not PRODUCT:QUANTITY</translation>
    </message>
    <message>
        <source>  %1 × %2  %3  %4</source>
        <translation>  %1 × %2  %3  %4</translation>
    </message>
    <message>
        <source>  (%1 returned)</source>
        <translation>  (%1 returned)</translation>
    </message>
    <message>
        <source>  total %1</source>
        <translation>  total %1</translation>
    </message>
    <message>
        <source>nothing was sold: these lines lack stock</source>
        <translation>nothing was sold: these lines lack stock</translation>
    </message>
    <message>
        <source>  %1: %2 requested, %3 available</source>
        <translation>  %1: %2 requested, %3 available</translation>
    </message>
    <message>
        <source>nothing was taken back: these lines exceed what the ticket sold</source>
        <translation>nothing was taken back: these lines exceed what the ticket sold</translation>
    </message>
    <message>
        <source>  %1: sold %2, returned already %3, now %4</source>
        <translation>  %1: sold %2, returned already %3, now %4</translation>
    </message>
    <message>
        <source>usage: sell-ticket PRODUCT:QTY… [--payment cash|card|other]</source>
        <translation>usage: sell-ticket PRODUCT:QTY… [--payment cash|card|other]</translation>
    </message>
    <message>
        <source>sold: ticket %1</source>
        <translation>sold: ticket %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ticket %1, %2, sold by %3 at %4</source>
        <translation>ticket %1, %2, sold by %3 at %4</translation>
    </message>
    <message>
        <source>usage: return TICKET PRODUCT:QTY… [--damaged]</source>
        <translation>usage: return TICKET PRODUCT:QTY… [--damaged]</translation>
    </message>
    <message>
        <source>returned: %1 to %2</source>
        <translation>returned: %1 to %2</translation>
    </message>
    <message>
        <source>sold offline: ticket %1 — queued, will sync</source>
        <translation>sold offline: ticket %1 — queued, will sync</translation>
    </message>
    <message>
        <source>returned offline: %1 — queued, will sync</source>
        <translation>returned offline: %1 — queued, will sync</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTill</name>
    <message>
        <source>usage: till enrol ID NAME | till staff | till show</source>
        <translation>usage: till enrol ID NAME | till staff | till show</translation>
    </message>
    <message>
        <source>till %1 (%2) enrolled for %3; its secret is kept in the profile; %4</source>
        <translation>till %1 (%2) enrolled for %3; its secret is kept in the profile; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may unlock it with a PIN</source>
        <translation><numerusform>%n person may unlock it with a PIN</numerusform><numerusform>%n persons may unlock it with a PIN</numerusform></translation>
    </message>
    <message>
        <source>its staff could not be fetched: %1 (try: till staff)</source>
        <translation>its staff could not be fetched: %1 (try: till staff)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may unlock this till with a PIN, also offline</source>
        <translation><numerusform>%n person may unlock this till with a PIN, also offline</numerusform><numerusform>%n persons may unlock this till with a PIN, also offline</numerusform></translation>
    </message>
    <message>
        <source>this profile is not an enrolled till</source>
        <translation>this profile is not an enrolled till</translation>
    </message>
    <message>
        <source>till %1 of %2; staff list: %3</source>
        <translation>till %1 of %2; staff list: %3</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>never fetched</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTransfers</name>
    <message>
        <source>'%1' is not PRODUCT:QUANTITY[:DAMAGED]</source>
        <translation>'%1' is not PRODUCT:QUANTITY[:DAMAGED]</translation>
    </message>
    <message>
        <source>'%1' is not PRODUCT:QUANTITY</source>
        <translation>'%1' is not PRODUCT:QUANTITY</translation>
    </message>
    <message>
        <source>receipt of transfer %1 queued offline: it is sent when the server is back</source>
        <translation>receipt of transfer %1 queued offline: it is sent when the server is back</translation>
    </message>
    <message>
        <source>  %1 → %2  %3</source>
        <translation>  %1 → %2  %3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  note: %1</translation>
    </message>
    <message>
        <source>  %1  requested %2, shipped %3, received %4, damaged %5, lost %6</source>
        <translation>  %1  requested %2, shipped %3, received %4, damaged %5, lost %6</translation>
    </message>
    <message>
        <source>usage: transfer request|ship|receive|close|cancel|list|show …</source>
        <translation>usage: transfer request|ship|receive|close|cancel|list|show …</translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation>transfer %1</translation>
    </message>
    <message>
        <source>shipped: transfer %1</source>
        <translation>shipped: transfer %1</translation>
    </message>
    <message>
        <source>closed: transfer %1</source>
        <translation>closed: transfer %1</translation>
    </message>
    <message>
        <source>cancelled: transfer %1</source>
        <translation>cancelled: transfer %1</translation>
    </message>
    <message>
        <source>unknown transfer step '%1'</source>
        <translation>unknown transfer step '%1'</translation>
    </message>
    <message>
        <source>usage: transfer request PRODUCT:QTY… --from STORE [--note TEXT]</source>
        <translation>usage: transfer request PRODUCT:QTY… --from STORE [--note TEXT]</translation>
    </message>
    <message>
        <source>requested: transfer %1</source>
        <translation>requested: transfer %1</translation>
    </message>
    <message>
        <source>received: transfer %1</source>
        <translation>received: transfer %1</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>TRANSFER</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>UNITS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>MOVEMENT</source>
        <translation>MOVEMENT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGE</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTY</translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation>RESERVED</translation>
    </message>
    <message>
        <source>INCOMING</source>
        <translation>INCOMING</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>TICKET/TRANSFER</source>
        <translation>TICKET/TRANSFER</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermWatch</name>
    <message>
        <source>watching the changes; Ctrl+C stops</source>
        <translation>watching the changes; Ctrl+C stops</translation>
    </message>
    <message>
        <source>watching the changes; type q and Enter, or press Ctrl+C, to stop</source>
        <translation>watching the changes; type q and Enter, or press Ctrl+C, to stop</translation>
    </message>
    <message>
        <source>stopped watching</source>
        <translation>stopped watching</translation>
    </message>
    <message>
        <source>offline: trying to reconnect…</source>
        <translation>offline: trying to reconnect…</translation>
    </message>
    <message>
        <source>connecting to the server…</source>
        <translation>connecting to the server…</translation>
    </message>
    <message>
        <source>catching up with the changes…</source>
        <translation>catching up with the changes…</translation>
    </message>
    <message>
        <source>live: changes appear as they happen</source>
        <translation>live: changes appear as they happen</translation>
    </message>
    <message>
        <source>%1  #%2  %3: %4</source>
        <translation>%1  #%2  %3: %4</translation>
    </message>
    <message>
        <source>%1  #%2  %3: %4 at %5 → quantity %6, available %7</source>
        <translation>%1  #%2  %3: %4 at %5 → quantity %6, available %7</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Change %1 (%2)</source>
        <translation>Change %1 (%2)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ActivityPanel</name>
    <message>
        <source>Only this store (%1)</source>
        <translation>Only this store (%1)</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
</context>
<context>
    <name>inventory::ui::AvailabilityModel</name>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shipped to this store by a transfer, not received yet</source>
        <translation><numerusform>%n unit shipped to this store by a transfer, not received yet</numerusform><numerusform>%n units shipped to this store by a transfer, not received yet</numerusform></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
</context>
<context>
    <name>inventory::ui::AvailabilityPanel</name>
    <message>
        <source>Availability in every store</source>
        <translation>Availability in every store</translation>
    </message>
    <message>
        <source>Other stores: %1 available in %2 of them, as of %3 (%4).</source>
        <translation>Other stores: %1 available in %2 of them, as of %3 (%4).</translation>
    </message>
    <message>
        <source>Other stores: not known here until this till reaches the server.</source>
        <translation>Other stores: not known here until this till reaches the server.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>less than a minute ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>This till</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>All tills</translation>
    </message>
    <message>
        <source>Books at start</source>
        <translation>Books at start</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountListModel</name>
    <message>
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>A shelf</source>
        <translation>A shelf</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>Every product</translation>
    </message>
    <message numerus="yes">
        <source>%n random product(s)</source>
        <translation><numerusform>%n random product</numerusform><numerusform>%n random products</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <source>%1, blind</source>
        <translation>%1, blind</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountReviewDialog</name>
    <message>
        <source>Products nobody counted were &amp;not found: set them to 0</source>
        <translation>Products nobody counted were &amp;not found: set them to 0</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Apply corrections</source>
        <translation>&amp;Apply corrections</translation>
    </message>
    <message>
        <source>Review of count %1</source>
        <translation>Review of count %1</translation>
    </message>
    <message>
        <source>Only for a full count of the scope: what nobody counted is gone</source>
        <translation>Only for a full count of the scope: what nobody counted is gone</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in the count</source>
        <translation><numerusform>%n product in the count</numerusform><numerusform>%n products in the count</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation><numerusform>%n counted</numerusform><numerusform>%n counted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to count again (marked)</source>
        <translation><numerusform>%n to count again (marked)</numerusform><numerusform>%n to count again (marked)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Apply the count? %n product(s) will be corrected with reason "count".</source>
        <translation><numerusform>Apply the count? %n product will be corrected with reason "count".</numerusform><numerusform>Apply the count? %n products will be corrected with reason "count".</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) are marked to count again.</source>
        <translation><numerusform>%n product are marked to count again.</numerusform><numerusform>%n products are marked to count again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) nobody counted will be set to 0.</source>
        <translation><numerusform>%n product nobody counted will be set to 0.</numerusform><numerusform>%n products nobody counted will be set to 0.</numerusform></translation>
    </message>
    <message>
        <source>Count not applied: %1</source>
        <translation>Count not applied: %1</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 applied: %n product(s) corrected</source>
        <translation><numerusform>Count %1 applied: %n product corrected</numerusform><numerusform>Count %1 applied: %n products corrected</numerusform></translation>
    </message>
    <message>
        <source>Export count review</source>
        <translation>Export count review</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountReviewModel</name>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>The variance is large: count this product again before applying.</source>
        <translation>The variance is large: count this product again before applying.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recount</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CounterPanel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Hold for</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>&amp;Hold for:</translation>
    </message>
    <message>
        <source>Sell (F5)</source>
        <translation>Sell (F5)</translation>
    </message>
    <message>
        <source>Receive (F6)</source>
        <translation>Receive (F6)</translation>
    </message>
    <message>
        <source>Count (F7)</source>
        <translation>Count (F7)</translation>
    </message>
    <message>
        <source>Reserve (F8)</source>
        <translation>Reserve (F8)</translation>
    </message>
    <message>
        <source>Scan or search a product (F2)</source>
        <translation>Scan or search a product (F2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Sold %1 × %2</source>
        <translation>Sold %1 × %2</translation>
    </message>
    <message>
        <source>Received %1 × %2</source>
        <translation>Received %1 × %2</translation>
    </message>
    <message>
        <source>Enter the customer for the reservation</source>
        <translation>Enter the customer for the reservation</translation>
    </message>
    <message>
        <source>Reserved %1 × %2 for %3</source>
        <translation>Reserved %1 × %2 for %3</translation>
    </message>
    <message>
        <source>The stock of this product cannot be read from this till's cache.</source>
        <translation>The stock of this product cannot be read from this till's cache.</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Count of %1</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>Confirm count</translation>
    </message>
    <message>
        <source>Units to sell, receive or reserve</source>
        <translation>Units to sell, receive or reserve</translation>
    </message>
    <message>
        <source>units on the shelf</source>
        <translation>units on the shelf</translation>
    </message>
    <message>
        <source>Units counted</source>
        <translation>Units counted</translation>
    </message>
    <message>
        <source>for reservations</source>
        <translation>for reservations</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>Cou&amp;nted:</source>
        <translation>Cou&amp;nted:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no barcode</source>
        <translation>no barcode</translation>
    </message>
    <message>
        <source>Here: %1 in stock, %2 reserved, %3 available</source>
        <translation>Here: %1 in stock, %2 reserved, %3 available</translation>
    </message>
    <message>
        <source>Reservations need the server; this till is offline.</source>
        <translation>Reservations need the server; this till is offline.</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>system: %1</translation>
    </message>
    <message>
        <source>system: %1, difference: %2</source>
        <translation>system: %1, difference: %2</translation>
    </message>
    <message>
        <source>%1 — queued, will sync</source>
        <translation>%1 — queued, will sync</translation>
    </message>
    <message>
        <source>Enter the units you counted on the shelf</source>
        <translation>Enter the units you counted on the shelf</translation>
    </message>
    <message>
        <source>The system has %1 of %2 and you counted %3 (%4). Record the count?</source>
        <translation>The system has %1 of %2 and you counted %3 (%4). Record the count?</translation>
    </message>
    <message>
        <source>Count not recorded</source>
        <translation>Count not recorded</translation>
    </message>
    <message>
        <source>Counted %1: %2 (was %3)</source>
        <translation>Counted %1: %2 (was %3)</translation>
    </message>
    <message>
        <source>Write-off of %1</source>
        <translation>Write-off of %1</translation>
    </message>
    <message>
        <source>Wrote off %1 × %2 (%3)</source>
        <translation>Wrote off %1 × %2 (%3)</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountingDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Count %1 — %2</source>
        <translation>Count %1 — %2</translation>
    </message>
    <message>
        <source>Scan a product, or type its SKU, barcode or name</source>
        <translation>Scan a product, or type its SKU, barcode or name</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Record what this till counted of the product (Enter)</source>
        <translation>Record what this till counted of the product (Enter)</translation>
    </message>
    <message>
        <source>%v of %m products counted</source>
        <translation>%v of %m products counted</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Cou&amp;nted:</source>
        <translation>Cou&amp;nted:</translation>
    </message>
    <message>
        <source>No product with barcode %1.</source>
        <translation>No product with barcode %1.</translation>
    </message>
    <message>
        <source>Scan the first product.</source>
        <translation>Scan the first product.</translation>
    </message>
    <message>
        <source>%1 not recorded: %2</source>
        <translation>%1 not recorded: %2</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 not recorded</translation>
    </message>
    <message>
        <source>%1: %2 counted — queued, will sync</source>
        <translation>%1: %2 counted — queued, will sync</translation>
    </message>
    <message>
        <source>%1: %2 counted here, %3 by every till</source>
        <translation>%1: %2 counted here, %3 by every till</translation>
    </message>
    <message>
        <source>A manager applied this count: nothing more can be recorded.</source>
        <translation>A manager applied this count: nothing more can be recorded.</translation>
    </message>
    <message>
        <source>A manager cancelled this count.</source>
        <translation>A manager cancelled this count.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New count…</source>
        <translation>New count…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Count…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Cancel count</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stock counts</translation>
    </message>
    <message>
        <source>Counting now</source>
        <translation>Counting now</translation>
    </message>
    <message>
        <source>All counts</source>
        <translation>All counts</translation>
    </message>
    <message>
        <source>Managers: open a count of a shelf, a category or the store</source>
        <translation>Managers: open a count of a shelf, a category or the store</translation>
    </message>
    <message>
        <source>Scan and count the products of the count selected</source>
        <translation>Scan and count the products of the count selected</translation>
    </message>
    <message>
        <source>Managers: counted against expected, then apply the corrections</source>
        <translation>Managers: counted against expected, then apply the corrections</translation>
    </message>
    <message>
        <source>Managers: drop the count without changing any stock</source>
        <translation>Managers: drop the count without changing any stock</translation>
    </message>
    <message>
        <source>Cannot read the counts: %1</source>
        <translation>Cannot read the counts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s)</source>
        <translation><numerusform>%n count</numerusform><numerusform>%n counts</numerusform></translation>
    </message>
    <message>
        <source>Count not opened: %1</source>
        <translation>Count not opened: %1</translation>
    </message>
    <message>
        <source>Count %1 opened</source>
        <translation>Count %1 opened</translation>
    </message>
    <message>
        <source>Cancel count %1? Nothing it counted changes the stock.</source>
        <translation>Cancel count %1? Nothing it counted changes the stock.</translation>
    </message>
    <message>
        <source>Count %1 not cancelled: %2</source>
        <translation>Count %1 not cancelled: %2</translation>
    </message>
    <message>
        <source>Count %1 cancelled</source>
        <translation>Count %1 cancelled</translation>
    </message>
</context>
<context>
    <name>inventory::ui::DashboardPanel</name>
    <message numerus="yes">
        <source>Sales per store, last %n day(s)</source>
        <translation><numerusform>Sales per store, last %n day</numerusform><numerusform>Sales per store, last %n days</numerusform></translation>
    </message>
    <message>
        <source>Stock value per store</source>
        <translation>Stock value per store</translation>
    </message>
    <message>
        <source>Stock over time</source>
        <translation>Stock over time</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the data of “%1” as CSV</source>
        <translation>Export the data of “%1” as CSV</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Export %1 as CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sales per store</source>
        <translation>Sales per store</translation>
    </message>
    <message>
        <source>Top sellers, 30 days</source>
        <translation>Top sellers, 30 days</translation>
    </message>
    <message>
        <source>Top sellers</source>
        <translation>Top sellers</translation>
    </message>
    <message>
        <source>In stock, no sale in 30 days</source>
        <translation>In stock, no sale in 30 days</translation>
    </message>
    <message>
        <source>Products without sales</source>
        <translation>Products without sales</translation>
    </message>
    <message>
        <source>Stock over time: %1</source>
        <translation>Stock over time: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Some of the dashboard cannot be read: %1</source>
        <translation>Some of the dashboard cannot be read: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::DayReportDialog</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Day report — %1</source>
        <translation>Day report — %1</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The day report cannot be read: %1</source>
        <translation>The day report cannot be read: %1</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>the PDF could not be written to %1</translation>
    </message>
    <message>
        <source>Export day report</source>
        <translation>Export day report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save day report as PDF</source>
        <translation>Save day report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>inventory::ui::DayReportModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Sales by seller</source>
        <translation>Sales by seller</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Returns by category</source>
        <translation>Returns by category</translation>
    </message>
    <message>
        <source>Returns by seller</source>
        <translation>Returns by seller</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Shipped to other stores</source>
        <translation>Shipped to other stores</translation>
    </message>
    <message>
        <source>Received from other stores</source>
        <translation>Received from other stores</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Open now (units short)</source>
        <translation>Open now (units short)</translation>
    </message>
    <message>
        <source>Offline tickets</source>
        <translation>Offline tickets</translation>
    </message>
    <message>
        <source>Rung up while offline</source>
        <translation>Rung up while offline</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Units in</source>
        <translation>Units in</translation>
    </message>
    <message>
        <source>Units out</source>
        <translation>Units out</translation>
    </message>
</context>
<context>
    <name>inventory::ui::DiscrepancyModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— (single sale)</source>
        <translation>— (single sale)</translation>
    </message>
    <message numerus="yes">
        <source>Discrepancy %1: an offline sale took %n unit(s) more than the books had available at %2.</source>
        <translation><numerusform>Discrepancy %1: an offline sale took %n unit more than the books had available at %2.</numerusform><numerusform>Discrepancy %1: an offline sale took %n units more than the books had available at %2.</numerusform></translation>
    </message>
    <message>
        <source>Units sold beyond what was available (reserved units included)</source>
        <translation>Units sold beyond what was available (reserved units included)</translation>
    </message>
    <message>
        <source>Units sold beyond what the books had at all: the stock stopped at 0</source>
        <translation>Units sold beyond what the books had at all: the stock stopped at 0</translation>
    </message>
    <message>
        <source>Held reservations the remaining stock no longer covers</source>
        <translation>Held reservations the remaining stock no longer covers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Short by</translation>
    </message>
    <message>
        <source>Not on the books</source>
        <translation>Not on the books</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reservations at risk</source>
        <translation>Reservations at risk</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
</context>
<context>
    <name>inventory::ui::EnrolTillDialog</name>
    <message>
        <source>Enrol this till</source>
        <translation>Enrol this till</translation>
    </message>
    <message>
        <source>e.g. Counter by the door</source>
        <translation>e.g. Counter by the door</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Staff will unlock this till with their PIN, also while the server cannot be reached. Only its store's staff can.</source>
        <translation>Staff will unlock this till with their PIN, also while the server cannot be reached. Only its store's staff can.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>Till &amp;id:</source>
        <translation>Till &amp;id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Give the till an id and a name.</source>
        <translation>Give the till an id and a name.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>Not enrolled: %1</translation>
    </message>
    <message>
        <source>Enrolled. Fetching its staff…</source>
        <translation>Enrolled. Fetching its staff…</translation>
    </message>
    <message>
        <source>Enrolled; its staff could not be fetched yet: %1</source>
        <translation>Enrolled; its staff could not be fetched yet: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ExceptionsPanel</name>
    <message>
        <source>Re&amp;lease reservations…</source>
        <translation>Re&amp;lease reservations…</translation>
    </message>
    <message>
        <source>Acce&amp;pt…</source>
        <translation>Acce&amp;pt…</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Start a count</translation>
    </message>
    <message>
        <source>Accept the difference</source>
        <translation>Accept the difference</translation>
    </message>
    <message>
        <source>Release reservations</source>
        <translation>Release reservations</translation>
    </message>
    <message>
        <source>Open stock discrepancies</source>
        <translation>Open stock discrepancies</translation>
    </message>
    <message>
        <source>Count the product on the shelf, record the count and resolve</source>
        <translation>Count the product on the shelf, record the count and resolve</translation>
    </message>
    <message>
        <source>Cancel the held reservations the stock no longer covers</source>
        <translation>Cancel the held reservations the stock no longer covers</translation>
    </message>
    <message>
        <source>Accept the difference as it is, with an optional note</source>
        <translation>Accept the difference as it is, with an optional note</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The open discrepancies cannot be read: %1</source>
        <translation>The open discrepancies cannot be read: %1</translation>
    </message>
    <message>
        <source>No open discrepancies: every offline sale is covered by the books.</source>
        <translation>No open discrepancies: every offline sale is covered by the books.</translation>
    </message>
    <message numerus="yes">
        <source>%n offline sale(s) took more than the books had. Count the product, release the reservations at risk, or accept the difference.</source>
        <translation><numerusform>%n offline sale took more than the books had. Count the product, release the reservations at risk, or accept the difference.</numerusform><numerusform>%n offline sales took more than the books had. Count the product, release the reservations at risk, or accept the difference.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Count %1 on the shelf at %2.
The till shows %n unit(s). Units counted:</source>
        <translation><numerusform>Count %1 on the shelf at %2.
The till shows %n unit. Units counted:</numerusform><numerusform>Count %1 on the shelf at %2.
The till shows %n units. Units counted:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Counted %1 at %2: %n unit(s). Discrepancy %3 resolved.</source>
        <translation><numerusform>Counted %1 at %2: %n unit. Discrepancy %3 resolved.</numerusform><numerusform>Counted %1 at %2: %n units. Discrepancy %3 resolved.</numerusform></translation>
    </message>
    <message>
        <source>Cancel the reservations still held among %1 (%2 at %3)? Tell the customers their units are gone.</source>
        <translation>Cancel the reservations still held among %1 (%2 at %3)? Tell the customers their units are gone.</translation>
    </message>
    <message>
        <source>Discrepancy %1 resolved: the reservations at risk were released.</source>
        <translation>Discrepancy %1 resolved: the reservations at risk were released.</translation>
    </message>
    <message numerus="yes">
        <source>Accept discrepancy %1 as it is: %2 short by %n unit(s) at %3.
Note (optional):</source>
        <translation><numerusform>Accept discrepancy %1 as it is: %2 short by %n unit at %3.
Note (optional):</numerusform><numerusform>Accept discrepancy %1 as it is: %2 short by %n units at %3.
Note (optional):</numerusform></translation>
    </message>
    <message>
        <source>Discrepancy %1 accepted as it is.</source>
        <translation>Discrepancy %1 accepted as it is.</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Not resolved: %1</translation>
    </message>
    <message>
        <source>Start a c&amp;ount…</source>
        <translation>Start a c&amp;ount…</translation>
    </message>
    <message>
        <source>Count every affected product</source>
        <translation>Count every affected product</translation>
    </message>
    <message>
        <source>Open a count session of every product of this store with an open discrepancy, for several tills to count at once</source>
        <translation>Open a count session of every product of this store with an open discrepancy, for several tills to count at once</translation>
    </message>
    <message>
        <source>No open discrepancy at this store</source>
        <translation>No open discrepancy at this store</translation>
    </message>
    <message>
        <source>Count not opened: %1</source>
        <translation>Count not opened: %1</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 opened: %n product(s)</source>
        <translation><numerusform>Count %1 opened: %n product</numerusform><numerusform>Count %1 opened: %n products</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::HistoryDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Movements, newest first</source>
        <translation>Movements, newest first</translation>
    </message>
    <message>
        <source>Saves the movements shown, with the filters applied</source>
        <translation>Saves the movements shown, with the filters applied</translation>
    </message>
    <message>
        <source>Loading older movements…</source>
        <translation>Loading older movements…</translation>
    </message>
    <message>
        <source>Movement history — %1 at %2</source>
        <translation>Movement history — %1 at %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; at %2</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Only movements on or after this day</source>
        <translation>Only movements on or after this day</translation>
    </message>
    <message>
        <source>Only movements on or before this day</source>
        <translation>Only movements on or before this day</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Quantity over time</source>
        <translation>Quantity over time</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No movements match these filters.</source>
        <translation>No movements match these filters.</translation>
    </message>
    <message>
        <source>No movements recorded for this product here.</source>
        <translation>No movements recorded for this product here.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n movement(s); older ones with “Load more”.</source>
        <translation><numerusform>The newest %n movement; older ones with “Load more”.</numerusform><numerusform>The newest %n movements; older ones with “Load more”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s).</source>
        <translation><numerusform>%n movement.</numerusform><numerusform>%n movements.</numerusform></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>Export movement history</source>
        <translation>Export movement history</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) exported to %1</source>
        <translation><numerusform>%n movement exported to %1</numerusform><numerusform>%n movements exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::HistoryModel</name>
    <message>
        <source>Recorded by the server at %1; the till's clock said %2 (made offline)</source>
        <translation>Recorded by the server at %1; the till's clock said %2 (made offline)</translation>
    </message>
    <message>
        <source>Change %1 (%2, reason %3)</source>
        <translation>Change %1 (%2, reason %3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Who made a change: the user, then the till or device it was made on.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>Units after this movement</source>
        <translation>Units after this movement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ticket / transfer</source>
        <translation>Ticket / transfer</translation>
    </message>
</context>
<context>
    <name>inventory::ui::HistoryOpener</name>
    <message>
        <source>Scan or search a product first (F2)</source>
        <translation>Scan or search a product first (F2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>inventory::ui::IncomingDelegate</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LevelsDialog</name>
    <message>
        <source>Reorder levels</source>
        <translation>Reorder levels</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n products: %1</source>
        <translation><numerusform>%n products: %1</numerusform><numerusform>%n products: %1</numerusform></translation>
    </message>
    <message>
        <source>Below this many available units the product is low, and the store is told once</source>
        <translation>Below this many available units the product is low, and the store is told once</translation>
    </message>
    <message>
        <source>Replenishment suggests enough units to get back to this</source>
        <translation>Replenishment suggests enough units to get back to this</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>0 and 0 remove the levels.</source>
        <translation>0 and 0 remove the levels.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LevelsEditor</name>
    <message>
        <source>Choose a product first (F2), or select rows in the stock matrix</source>
        <translation>Choose a product first (F2), or select rows in the stock matrix</translation>
    </message>
    <message>
        <source>You manage no store whose levels you could set</source>
        <translation>You manage no store whose levels you could set</translation>
    </message>
    <message>
        <source>Levels not set: %1</source>
        <translation>Levels not set: %1</translation>
    </message>
    <message numerus="yes">
        <source>Levels removed for %n product(s) at %1</source>
        <translation><numerusform>Levels removed for %n product at %1</numerusform><numerusform>Levels removed for %n products at %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Levels set for %n product(s) at %1: minimum %2, target %3</source>
        <translation><numerusform>Levels set for %n product at %1: minimum %2, target %3</numerusform><numerusform>Levels set for %n products at %1: minimum %2, target %3</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::LockScreen</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Delete the last digit (Backspace)</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>Unlock (Enter)</translation>
    </message>
    <message>
        <source>Till %1 is locked</source>
        <translation>Till %1 is locked</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN</source>
        <translation>Choose your name and type your PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in — Inventory</source>
        <translation>Sign in — Inventory</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>Server addresses</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Se&amp;rver(s):</source>
        <translation>Se&amp;rver(s):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LowStockBadge</name>
    <message>
        <source>Products of this store below their minimum (Ctrl+Shift+R)</source>
        <translation>Products of this store below their minimum (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Low stock: ?</source>
        <translation>Low stock: ?</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Low stock: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below their minimum</source>
        <translation><numerusform>%n product below their minimum</numerusform><numerusform>%n products below their minimum</numerusform></translation>
    </message>
    <message>
        <source>Low stock: %1 — %2 left, minimum %3</source>
        <translation>Low stock: %1 — %2 left, minimum %3</translation>
    </message>
</context>
<context>
    <name>inventory::ui::MainWindow</name>
    <message>
        <source>Inventory POS — %1 at %2</source>
        <translation>Inventory POS — %1 at %2</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Availability</translation>
    </message>
    <message>
        <source>&amp;Reservations</source>
        <translation>&amp;Reservations</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ac&amp;tivity</translation>
    </message>
    <message>
        <source>Stock &amp;matrix</source>
        <translation>Stock &amp;matrix</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Sell</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>Re&amp;serve</source>
        <translation>Re&amp;serve</translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation>&amp;Find product</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>This till's cache cannot be read: %1</source>
        <translation>This till's cache cannot be read: %1</translation>
    </message>
    <message>
        <source>Sync &amp;queue</source>
        <translation>Sync &amp;queue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message numerus="yes">
        <source>All queued operations sent: %n accepted by the server</source>
        <translation><numerusform>All queued operations sent: %n accepted by the server</numerusform><numerusform>All queued operations sent: %n accepted by the server</numerusform></translation>
    </message>
    <message>
        <source>Sync &amp;queue (%1 ⚠)</source>
        <translation>Sync &amp;queue (%1 ⚠)</translation>
    </message>
    <message>
        <source>Sync &amp;queue (%1)</source>
        <translation>Sync &amp;queue (%1)</translation>
    </message>
    <message>
        <source>T&amp;icket (%1)</source>
        <translation>T&amp;icket (%1)</translation>
    </message>
    <message>
        <source>T&amp;icket</source>
        <translation>T&amp;icket</translation>
    </message>
    <message>
        <source>Scan or search a product first (F2)</source>
        <translation>Scan or search a product first (F2)</translation>
    </message>
    <message>
        <source>&amp;Add to ticket</source>
        <translation>&amp;Add to ticket</translation>
    </message>
    <message>
        <source>C&amp;harge ticket</source>
        <translation>C&amp;harge ticket</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>Today's tic&amp;kets…</source>
        <translation>Today's tic&amp;kets…</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1)</source>
        <translation>E&amp;xceptions (%1)</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>E&amp;xceptions</translation>
    </message>
    <message>
        <source>Transf&amp;ers</source>
        <translation>Transf&amp;ers</translation>
    </message>
    <message>
        <source>&amp;Movement history…</source>
        <translation>&amp;Movement history…</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Write off…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Shrink by reason…</source>
        <translation>&amp;Shrink by reason…</translation>
    </message>
    <message>
        <source>&amp;Low stock and replenishment…</source>
        <translation>&amp;Low stock and replenishment…</translation>
    </message>
    <message>
        <source>Reorder le&amp;vels…</source>
        <translation>Reorder le&amp;vels…</translation>
    </message>
    <message>
        <source>Stoc&amp;k counts</source>
        <translation>Stoc&amp;k counts</translation>
    </message>
    <message>
        <source>&amp;Day report…</source>
        <translation>&amp;Day report…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation>Unlocked: %1</translation>
    </message>
    <message>
        <source>This till is not enrolled: a manager enrols it (File → Enrol this till…) before it can be locked and unlocked with PINs</source>
        <translation>This till is not enrolled: a manager enrols it (File → Enrol this till…) before it can be locked and unlocked with PINs</translation>
    </message>
    <message>
        <source>&amp;Enrol this till…</source>
        <translation>&amp;Enrol this till…</translation>
    </message>
    <message>
        <source>This till is enrolled as %1: staff unlock it with their PIN (Ctrl+L locks it)</source>
        <translation>This till is enrolled as %1: staff unlock it with their PIN (Ctrl+L locks it)</translation>
    </message>
    <message>
        <source>The server refused this till's queue: %1 Nothing queued is lost; it waits here.</source>
        <translation>The server refused this till's queue: %1 Nothing queued is lost; it waits here.</translation>
    </message>
    <message>
        <source>&amp;Tills…</source>
        <translation>&amp;Tills…</translation>
    </message>
</context>
<context>
    <name>inventory::ui::MatrixPanel</name>
    <message>
        <source>Stock of every product in every store</source>
        <translation>Stock of every product in every store</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>&amp;Low stock only</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation>Export stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>stock.csv</source>
        <translation>stock.csv</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1</source>
        <translation><numerusform>Exported %n product to %1</numerusform><numerusform>Exported %n products to %1</numerusform></translation>
    </message>
    <message>
        <source>Set reorder le&amp;vels…</source>
        <translation>Set reorder le&amp;vels…</translation>
    </message>
    <message>
        <source>Minimum and target for the selected products at a store</source>
        <translation>Minimum and target for the selected products at a store</translation>
    </message>
</context>
<context>
    <name>inventory::ui::NewCountDialog</name>
    <message>
        <source>&amp;Blind: the tills do not see what the books say</source>
        <translation>&amp;Blind: the tills do not see what the books say</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>New count</translation>
    </message>
    <message>
        <source>A shelf: the products scanned</source>
        <translation>A shelf: the products scanned</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>A category</translation>
    </message>
    <message>
        <source>Products drawn at random</source>
        <translation>Products drawn at random</translation>
    </message>
    <message>
        <source>Every product of the store</source>
        <translation>Every product of the store</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;How many:</translation>
    </message>
    <message>
        <source>&amp;Open the count</source>
        <translation>&amp;Open the count</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PendingModel</name>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Confirm reservation</source>
        <translation>Confirm reservation</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Cancel reservation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Nothing: it is sent when the server can be reached.</source>
        <translation>Nothing: it is sent when the server can be reached.</translation>
    </message>
    <message>
        <source>Count the product: the shelf does not match the books. Discard only if the goods did not leave.</source>
        <translation>Count the product: the shelf does not match the books. Discard only if the goods did not leave.</translation>
    </message>
    <message>
        <source>Count the product again and enter what you see; then discard this one.</source>
        <translation>Count the product again and enter what you see; then discard this one.</translation>
    </message>
    <message>
        <source>Nothing left to do: discard it.</source>
        <translation>Nothing left to do: discard it.</translation>
    </message>
    <message>
        <source>Ask a manager; sign in again if the session ended.</source>
        <translation>Ask a manager; sign in again if the session ended.</translation>
    </message>
    <message>
        <source>Retry; if it is refused again, ask a manager.</source>
        <translation>Retry; if it is refused again, ask a manager.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>The sale happened: a user of this store signs in on this till, then Retry. Do not discard it.</source>
        <translation>The sale happened: a user of this store signs in on this till, then Retry. Do not discard it.</translation>
    </message>
    <message>
        <source>The goods came back: a user of this store signs in on this till, then Retry. Do not discard it.</source>
        <translation>The goods came back: a user of this store signs in on this till, then Retry. Do not discard it.</translation>
    </message>
    <message>
        <source>The sale happened: ask a manager to create the missing product on the server, then Retry. Do not discard it.</source>
        <translation>The sale happened: ask a manager to create the missing product on the server, then Retry. Do not discard it.</translation>
    </message>
    <message>
        <source>The server has another ticket with this number: a manager compares it with the receipt, and discards this one only if it is the same sale.</source>
        <translation>The server has another ticket with this number: a manager compares it with the receipt, and discards this one only if it is the same sale.</translation>
    </message>
    <message>
        <source>The server does not have the ticket yet: Retry once its sale has been synced.</source>
        <translation>The server does not have the ticket yet: Retry once its sale has been synced.</translation>
    </message>
    <message>
        <source>Those units had already come back (perhaps at another till): if the goods are here, a manager receives them; then discard this one.</source>
        <translation>Those units had already come back (perhaps at another till): if the goods are here, a manager receives them; then discard this one.</translation>
    </message>
    <message>
        <source>The sale happened: Retry; if it is refused again, ask a manager. Do not discard it.</source>
        <translation>The sale happened: Retry; if it is refused again, ask a manager. Do not discard it.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1, %n item(s), %2</source>
        <translation><numerusform>Ticket %1, %n item, %2</numerusform><numerusform>Ticket %1, %n items, %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Return %1 of ticket %2, %n item(s)</source>
        <translation><numerusform>Return %1 of ticket %2, %n item</numerusform><numerusform>Return %1 of ticket %2, %n items</numerusform></translation>
    </message>
    <message>
        <source>The transfer changed meanwhile (received or closed): check it in the Transfers tab, then discard this.</source>
        <translation>The transfer changed meanwhile (received or closed): check it in the Transfers tab, then discard this.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt of transfer %1, %n item(s)</source>
        <translation><numerusform>Receipt of transfer %1, %n item</numerusform><numerusform>Receipt of transfer %1, %n items</numerusform></translation>
    </message>
    <message>
        <source>The count was applied or cancelled meanwhile: ask the manager whether to count again, then discard this.</source>
        <translation>The count was applied or cancelled meanwhile: ask the manager whether to count again, then discard this.</translation>
    </message>
    <message>
        <source>Count %1: entry</source>
        <translation>Count %1: entry</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PendingPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%n)</source>
        <translation><numerusform>Waiting to sync (%n)</numerusform><numerusform>Waiting to sync (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention (%n)</source>
        <translation><numerusform>Needs attention (%n)</numerusform><numerusform>Needs attention (%n)</numerusform></translation>
    </message>
    <message>
        <source>The sync queue cannot be changed: %1</source>
        <translation>The sync queue cannot be changed: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PosDialogs</name>
    <message>
        <source>Count not recorded</source>
        <translation>Count not recorded</translation>
    </message>
    <message>
        <source>Someone changed this stock while you were counting.
The server now has %1 units (version %2). Count again and enter what you see.</source>
        <translation>Someone changed this stock while you were counting.
The server now has %1 units (version %2). Count again and enter what you see.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PosStatusBar</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Reconnecting…</translation>
    </message>
    <message>
        <source>● Catching up…</source>
        <translation>● Catching up…</translation>
    </message>
    <message>
        <source>Cache unreadable</source>
        <translation>Cache unreadable</translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation><numerusform>%n to sync</numerusform><numerusform>%n to sync</numerusform></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ProductSearchModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>inventory::ui::RankedProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReceiptDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Receipt saved to %1</translation>
    </message>
    <message>
        <source>Could not print the receipt: %1</source>
        <translation>Could not print the receipt: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReceiptPrinter</name>
    <message>
        <source>the printer %1 cannot print now</source>
        <translation>the printer %1 cannot print now</translation>
    </message>
    <message>
        <source>Receipt sent to %1</source>
        <translation>Receipt sent to %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Receipt saved to %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReplenishmentDialog</name>
    <message>
        <source>&amp;Request transfers</source>
        <translation>&amp;Request transfers</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Low stock and replenishment — %1</source>
        <translation>Low stock and replenishment — %1</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Products below their minimum</translation>
    </message>
    <message>
        <source>Ask each store in "Take from" for the units in "Ask for" of the checked lines</source>
        <translation>Ask each store in "Take from" for the units in "Ask for" of the checked lines</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>No product of this store is below its minimum.</source>
        <translation>No product of this store is below its minimum.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below their minimum.</source>
        <translation><numerusform>%n product below their minimum.</numerusform><numerusform>%n products below their minimum.</numerusform></translation>
    </message>
    <message>
        <source>Could not read the low products: %1</source>
        <translation>Could not read the low products: %1</translation>
    </message>
    <message>
        <source>The server could not be asked (%1): these are the low products this till knows of, without stores to take them from.</source>
        <translation>The server could not be asked (%1): these are the low products this till knows of, without stores to take them from.</translation>
    </message>
    <message>
        <source>Could not request the transfers: %1</source>
        <translation>Could not request the transfers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) requested: %1</source>
        <translation><numerusform>%n transfer requested: %1</numerusform><numerusform>%n transfers requested: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReplenishmentModel</name>
    <message>
        <source>Units on their way already bring it to its target</source>
        <translation>Units on their way already bring it to its target</translation>
    </message>
    <message>
        <source>%1 shipped to this store, %2 requested and not shipped yet</source>
        <translation>%1 shipped to this store, %2 requested and not shipped yet</translation>
    </message>
    <message>
        <source>No store has units to spare</source>
        <translation>No store has units to spare</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>Take from</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Ask for</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReservationModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Reservation %1</source>
        <translation>Reservation %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Reservation %1: an offline sale took the units it held. Count the product, or ask a manager to resolve the stock discrepancy before the customer comes.</source>
        <translation>Reservation %1: an offline sale took the units it held. Count the product, or ask a manager to resolve the stock discrepancy before the customer comes.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReservationsPanel</name>
    <message>
        <source>Reservations</source>
        <translation>Reservations</translation>
    </message>
    <message>
        <source>Confirm sale (Ctrl+Enter)</source>
        <translation>Confirm sale (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel reservation (Ctrl+Del)</source>
        <translation>Cancel reservation (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Show reservations</source>
        <translation>Show reservations</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>The reservation of %1 × %2 for %3 has expired</source>
        <translation>The reservation of %1 × %2 for %3 has expired</translation>
    </message>
    <message>
        <source>%1 × %2 for %3</source>
        <translation>%1 × %2 for %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Reservation sold: %1</source>
        <translation>Reservation sold: %1</translation>
    </message>
    <message>
        <source>Reservation cancelled: %1</source>
        <translation>Reservation cancelled: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReturnDialog</name>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>scan the receipt or type the ticket number</source>
        <translation>scan the receipt or type the ticket number</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>No ticket %1.</source>
        <translation>No ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 of %2, sold by %3. Enter the units coming back.</source>
        <translation>Ticket %1 of %2, sold by %3. Enter the units coming back.</translation>
    </message>
    <message>
        <source>Enter how many units come back on at least one line.</source>
        <translation>Enter how many units come back on at least one line.</translation>
    </message>
    <message>
        <source>Return %1 of ticket %2 recorded</source>
        <translation>Return %1 of ticket %2 recorded</translation>
    </message>
    <message>
        <source>Ticket %1 as this till sold it (the server cannot be reached or does not have it yet): the return will be queued and synced. Enter the units coming back.</source>
        <translation>Ticket %1 as this till sold it (the server cannot be reached or does not have it yet): the return will be queued and synced. Enter the units coming back.</translation>
    </message>
    <message>
        <source>Return %1 of ticket %2 taken offline: it is queued and will sync</source>
        <translation>Return %1 of ticket %2 taken offline: it is queued and will sync</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReturnModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Returned before</translation>
    </message>
    <message>
        <source>Returning now</source>
        <translation>Returning now</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
</context>
<context>
    <name>inventory::ui::SalesByDayModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>inventory::ui::SearchPanel</name>
    <message>
        <source>Search by name, SKU or barcode (F2 or /)</source>
        <translation>Search by name, SKU or barcode (F2 or /)</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Product search</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Products found</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
    <message>
        <source>This till's cache cannot be read: %1</source>
        <translation>This till's cache cannot be read: %1</translation>
    </message>
    <message>
        <source>No product with barcode %1.</source>
        <translation>No product with barcode %1.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server(s), comma separated:</source>
        <translation>Server(s), comma separated:</translation>
    </message>
    <message>
        <source>Language (at next start):</source>
        <translation>Language (at next start):</translation>
    </message>
    <message>
        <source>Font size (tablets: 14 or more):</source>
        <translation>Font size (tablets: 14 or more):</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Ask each time</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>Receipt printer:</translation>
    </message>
    <message>
        <source>Save receipts as PDF in (no printer, or an archive):</source>
        <translation>Save receipts as PDF in (no printer, or an archive):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lock an enrolled till after idle:</source>
        <translation>Lock an enrolled till after idle:</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ShrinkDialog</name>
    <message>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Shrink: units lost by reason</source>
        <translation>Shrink: units lost by reason</translation>
    </message>
    <message>
        <source>Units that left each store other than by a sale or a transfer, by month and reason.</source>
        <translation>Units that left each store other than by a sale or a transfer, by month and reason.</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;From month:</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>&amp;To month:</translation>
    </message>
    <message>
        <source>Units lost by store, month and reason</source>
        <translation>Units lost by store, month and reason</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Reading the report…</translation>
    </message>
    <message>
        <source>No units left other than by a sale or a transfer in these months.</source>
        <translation>No units left other than by a sale or a transfer in these months.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) lost</source>
        <translation><numerusform>%n unit lost</numerusform><numerusform>%n units lost</numerusform></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <source>Export shrink report</source>
        <translation>Export shrink report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ShrinkModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total units</source>
        <translation>Total units</translation>
    </message>
</context>
<context>
    <name>inventory::ui::StockMatrixModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 available, %n more on the way by transfer</source>
        <translation><numerusform>%1 available, %n more on the way by transfer</numerusform><numerusform>%1 available, %n more on the way by transfer</numerusform></translation>
    </message>
    <message>
        <source>Reorder below %1, up to %2</source>
        <translation>Reorder below %1, up to %2</translation>
    </message>
</context>
<context>
    <name>inventory::ui::StockOverTimeModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>inventory::ui::StoreNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>inventory::ui::StoreValueModel</name>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TicketListDialog</name>
    <message>
        <source>Today's tickets</source>
        <translation>Today's tickets</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Receipt…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) today</source>
        <translation><numerusform>%n ticket today</numerusform><numerusform>%n tickets today</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TicketModel</name>
    <message>
        <source>Only %1 available here</source>
        <translation>Only %1 available here</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Available here</source>
        <translation>Available here</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TicketPanel</name>
    <message>
        <source>Charge (F12)</source>
        <translation>Charge (F12)</translation>
    </message>
    <message>
        <source>Clear ticket</source>
        <translation>Clear ticket</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <source>Lines of the ticket</source>
        <translation>Lines of the ticket</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · %1</source>
        <translation><numerusform>%n item · %1</numerusform><numerusform>%n items · %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sold: %n line(s) lack stock (marked in red).</source>
        <translation><numerusform>Nothing was sold: %n line lack stock (marked in red).</numerusform><numerusform>Nothing was sold: %n lines lack stock (marked in red).</numerusform></translation>
    </message>
    <message>
        <source>Not charged: %1</source>
        <translation>Not charged: %1</translation>
    </message>
    <message>
        <source>Ticket %1 charged: %2</source>
        <translation>Ticket %1 charged: %2</translation>
    </message>
    <message>
        <source>Ticket %1 charged offline: %2. It is queued and will sync when the server can be reached.</source>
        <translation>Ticket %1 charged offline: %2. It is queued and will sync when the server can be reached.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TillLock</name>
    <message>
        <source>&amp;Lock the till</source>
        <translation>&amp;Lock the till</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TillsDialog</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Revoke till</source>
        <translation>Revoke till</translation>
    </message>
    <message>
        <source>Tills</source>
        <translation>Tills</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The tills could not be read: %1</source>
        <translation>The tills could not be read: %1</translation>
    </message>
    <message>
        <source>No till is enrolled yet.</source>
        <translation>No till is enrolled yet.</translation>
    </message>
    <message>
        <source>Revoke till %1 (%2)? Its sign-ins stop at once and what it still has queued is refused until it is enrolled again.</source>
        <translation>Revoke till %1 (%2)? Its sign-ins stop at once and what it still has queued is refused until it is enrolled again.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Not revoked: %1</translation>
    </message>
    <message>
        <source>Till %1 is revoked.</source>
        <translation>Till %1 is revoked.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TillsModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Enrolled by</source>
        <translation>Enrolled by</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferDialogs</name>
    <message numerus="yes">
        <source>Transfer %1 shipped to %2: %n unit(s) on their way</source>
        <translation><numerusform>Transfer %1 shipped to %2: %n unit on their way</numerusform><numerusform>Transfer %1 shipped to %2: %n units on their way</numerusform></translation>
    </message>
    <message>
        <source>Transfer %1 is on its way. Print the slip and put it in the box: the other store scans it to receive.</source>
        <translation>Transfer %1 is on its way. Print the slip and put it in the box: the other store scans it to receive.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferListModel</name>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Partly received</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <source>Partly received, %n to come</source>
        <translation><numerusform>Partly received, %n to come</numerusform><numerusform>Partly received, %n to come</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>← In</source>
        <translation>← In</translation>
    </message>
    <message>
        <source>Out →</source>
        <translation>Out →</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Other store</source>
        <translation>Other store</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferPickModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <source>Available here</source>
        <translation>Available here</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Picked</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferReceiveDialog</name>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Receive a transfer</source>
        <translation>Receive a transfer</translation>
    </message>
    <message>
        <source>scan the slip's QR code or type the transfer number</source>
        <translation>scan the slip's QR code or type the transfer number</translation>
    </message>
    <message>
        <source>Transfer number</source>
        <translation>Transfer number</translation>
    </message>
    <message>
        <source>scan each product as you unpack it</source>
        <translation>scan each product as you unpack it</translation>
    </message>
    <message>
        <source>Scan a product to count it received</source>
        <translation>Scan a product to count it received</translation>
    </message>
    <message>
        <source>&amp;Slip:</source>
        <translation>&amp;Slip:</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>S&amp;can:</translation>
    </message>
    <message>
        <source>Scan the transfer slip that came with the goods.</source>
        <translation>Scan the transfer slip that came with the goods.</translation>
    </message>
    <message>
        <source>Transfer %1 is not in this till's list and the server cannot be reached now: try again when the till is online.</source>
        <translation>Transfer %1 is not in this till's list and the server cannot be reached now: try again when the till is online.</translation>
    </message>
    <message>
        <source>Looking up transfer %1…</source>
        <translation>Looking up transfer %1…</translation>
    </message>
    <message>
        <source>There is no transfer %1.</source>
        <translation>There is no transfer %1.</translation>
    </message>
    <message>
        <source>Transfer %1 cannot be read: %2</source>
        <translation>Transfer %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Transfer %1 goes to %2, not to this store.</source>
        <translation>Transfer %1 goes to %2, not to this store.</translation>
    </message>
    <message>
        <source>Transfer %1 is %2: nothing is on its way.</source>
        <translation>Transfer %1 is %2: nothing is on its way.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfer %1&lt;/b&gt; from %2</source>
        <translation>&lt;b&gt;Transfer %1&lt;/b&gt; from %2</translation>
    </message>
    <message>
        <source>The server cannot be reached: the receipt will be queued and sent when it is back. </source>
        <translation>The server cannot be reached: the receipt will be queued and sent when it is back. </translation>
    </message>
    <message numerus="yes">
        <source>Scan each product as you unpack it, or type the units on its line. %n unit(s) on their way.</source>
        <translation><numerusform>Scan each product as you unpack it, or type the units on its line. %n unit on their way.</numerusform><numerusform>Scan each product as you unpack it, or type the units on its line. %n units on their way.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not counted stay on their way: a manager closes the transfer if they do not come.</source>
        <translation><numerusform>%n unit not counted stay on their way: a manager closes the transfer if they do not come.</numerusform><numerusform>%n units not counted stay on their way: a manager closes the transfer if they do not come.</numerusform></translation>
    </message>
    <message>
        <source>Everything on its way is counted.</source>
        <translation>Everything on its way is counted.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>No product has the code %1.</translation>
    </message>
    <message>
        <source>Scan the transfer slip first.</source>
        <translation>Scan the transfer slip first.</translation>
    </message>
    <message>
        <source>%1 is not in this transfer.</source>
        <translation>%1 is not in this transfer.</translation>
    </message>
    <message>
        <source>%1: every unit on its way is counted already.</source>
        <translation>%1: every unit on its way is counted already.</translation>
    </message>
    <message>
        <source>Count at least one unit received or damaged.</source>
        <translation>Count at least one unit received or damaged.</translation>
    </message>
    <message>
        <source>Not received: %1</source>
        <translation>Not received: %1</translation>
    </message>
    <message numerus="yes">
        <source>Receipt of transfer %1 queued, will sync: %n unit(s) received.</source>
        <translation><numerusform>Receipt of transfer %1 queued, will sync: %n unit received.</numerusform><numerusform>Receipt of transfer %1 queued, will sync: %n units received.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1: %n unit(s) received.</source>
        <translation><numerusform>Transfer %1: %n unit received.</numerusform><numerusform>Transfer %1: %n units received.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged.</source>
        <translation><numerusform>%n damaged.</numerusform><numerusform>%n damaged.</numerusform></translation>
    </message>
    <message>
        <source>The rest is still on its way.</source>
        <translation>The rest is still on its way.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferReceiveModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferRequestDialog</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Request a transfer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;from %2 to this store</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;from %2 to this store</translation>
    </message>
    <message>
        <source>Available there now: %1</source>
        <translation>Available there now: %1</translation>
    </message>
    <message>
        <source>Units to ask for</source>
        <translation>Units to ask for</translation>
    </message>
    <message>
        <source>optional, e.g. a customer is waiting</source>
        <translation>optional, e.g. a customer is waiting</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>A transfer request needs the server, which cannot be reached now. Try again when the till is online.</source>
        <translation>A transfer request needs the server, which cannot be reached now. Try again when the till is online.</translation>
    </message>
    <message>
        <source>The transfer was not requested: %1</source>
        <translation>The transfer was not requested: %1</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 requested: %n unit(s) of %2 from %3</source>
        <translation><numerusform>Transfer %1 requested: %n unit of %2 from %3</numerusform><numerusform>Transfer %1 requested: %n units of %2 from %3</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferRequester</name>
    <message>
        <source>Request &amp;transfer…</source>
        <translation>Request &amp;transfer…</translation>
    </message>
    <message>
        <source>Request transfer… (Ctrl+Shift+T)</source>
        <translation>Request transfer… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Ask the selected store to send units of this product here</source>
        <translation>Ask the selected store to send units of this product here</translation>
    </message>
    <message>
        <source>Select another store's row to ask it for units.</source>
        <translation>Select another store's row to ask it for units.</translation>
    </message>
    <message>
        <source>This is your store: select another one to ask it for units.</source>
        <translation>This is your store: select another one to ask it for units.</translation>
    </message>
    <message>
        <source>%1 has none available.</source>
        <translation>%1 has none available.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can send up to %n unit(s).</source>
        <translation><numerusform>%1 can send up to %n unit.</numerusform><numerusform>%1 can send up to %n units.</numerusform></translation>
    </message>
    <message>
        <source>Select another store's row in Availability first</source>
        <translation>Select another store's row in Availability first</translation>
    </message>
    <message>
        <source>%1 has no units of this product available</source>
        <translation>%1 has no units of this product available</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferShipDialog</name>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Ship</translation>
    </message>
    <message>
        <source>Ship transfer %1</source>
        <translation>Ship transfer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;To %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %1&lt;/b&gt; · “%2”</source>
        <translation>&lt;b&gt;To %1&lt;/b&gt; · “%2”</translation>
    </message>
    <message>
        <source>scan each product's barcode, or type its SKU</source>
        <translation>scan each product's barcode, or type its SKU</translation>
    </message>
    <message>
        <source>Scan a product to pick it</source>
        <translation>Scan a product to pick it</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>S&amp;can:</translation>
    </message>
    <message numerus="yes">
        <source>Scan each unit as you take it from the shelf (or type the units on its line). %n unit(s) asked for.</source>
        <translation><numerusform>Scan each unit as you take it from the shelf (or type the units on its line). %n unit asked for.</numerusform><numerusform>Scan each unit as you take it from the shelf (or type the units on its line). %n units asked for.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) picked: what is not picked is not sent.</source>
        <translation><numerusform>%1 of %n unit picked: what is not picked is not sent.</numerusform><numerusform>%1 of %n units picked: what is not picked is not sent.</numerusform></translation>
    </message>
    <message>
        <source>Everything asked for is picked: ship it.</source>
        <translation>Everything asked for is picked: ship it.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>No product has the code %1.</translation>
    </message>
    <message>
        <source>%1 is not in this transfer: leave it out.</source>
        <translation>%1 is not in this transfer: leave it out.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n unit(s) asked for are picked already.</source>
        <translation><numerusform>%1: all %n unit asked for are picked already.</numerusform><numerusform>%1: all %n units asked for are picked already.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked.</source>
        <translation>%1: %2 of %3 picked.</translation>
    </message>
    <message>
        <source>%1: %2 available here, %3 picked</source>
        <translation>%1: %2 available here, %3 picked</translation>
    </message>
    <message>
        <source>Pick at least one unit first.</source>
        <translation>Pick at least one unit first.</translation>
    </message>
    <message>
        <source>Shipping needs the server, which cannot be reached now. The goods stay on the shelf until the till is online.</source>
        <translation>Shipping needs the server, which cannot be reached now. The goods stay on the shelf until the till is online.</translation>
    </message>
    <message>
        <source>Shipping…</source>
        <translation>Shipping…</translation>
    </message>
    <message>
        <source>Not enough available here: %1. Nothing was shipped.</source>
        <translation>Not enough available here: %1. Nothing was shipped.</translation>
    </message>
    <message>
        <source>Not shipped: %1</source>
        <translation>Not shipped: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferSlip</name>
    <message>
        <source>TRANSFER SLIP</source>
        <translation>TRANSFER SLIP</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Shipped %1 by %2</source>
        <translation>Shipped %1 by %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in all</source>
        <translation><numerusform>%n unit in all</numerusform><numerusform>%n units in all</numerusform></translation>
    </message>
    <message>
        <source>Scan this code at %1 to receive the goods.</source>
        <translation>Scan this code at %1 to receive the goods.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Transfer slip %1</source>
        <translation>Transfer slip %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferSlipDialog</name>
    <message>
        <source>&amp;Print transfer slip</source>
        <translation>&amp;Print transfer slip</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Could not print the transfer slip: %1</source>
        <translation>Could not print the transfer slip: %1</translation>
    </message>
    <message>
        <source>Save the transfer slip</source>
        <translation>Save the transfer slip</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Transfer slip saved to %1</source>
        <translation>Transfer slip saved to %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferSlipPrinter</name>
    <message>
        <source>the printer %1 cannot print now</source>
        <translation>the printer %1 cannot print now</translation>
    </message>
    <message>
        <source>Transfer slip sent to %1</source>
        <translation>Transfer slip sent to %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Transfer slip saved to %1</source>
        <translation>Transfer slip saved to %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransfersPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Receive &amp;by slip…</source>
        <translation>Receive &amp;by slip…</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>&amp;Ship…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>Recei&amp;ve…</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>Cl&amp;ose…</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Cance&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>&amp;Print slip…</translation>
    </message>
    <message>
        <source>Close a transfer</source>
        <translation>Close a transfer</translation>
    </message>
    <message>
        <source>Cancel a transfer</source>
        <translation>Cancel a transfer</translation>
    </message>
    <message>
        <source>Transfers of this store, in and out</source>
        <translation>Transfers of this store, in and out</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Scan the slip that came with a box to receive its goods</source>
        <translation>Scan the slip that came with a box to receive its goods</translation>
    </message>
    <message>
        <source>Pick and send the units of a transfer this store was asked for</source>
        <translation>Pick and send the units of a transfer this store was asked for</translation>
    </message>
    <message>
        <source>Count what arrived of a transfer to this store</source>
        <translation>Count what arrived of a transfer to this store</translation>
    </message>
    <message>
        <source>Managers: end a transfer still on its way; the units that did not arrive are recorded as lost</source>
        <translation>Managers: end a transfer still on its way; the units that did not arrive are recorded as lost</translation>
    </message>
    <message>
        <source>Cancel a transfer not shipped yet</source>
        <translation>Cancel a transfer not shipped yet</translation>
    </message>
    <message>
        <source>Print the slip of a shipped transfer again</source>
        <translation>Print the slip of a shipped transfer again</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The transfers cannot be read: %1</source>
        <translation>The transfers cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 · from %2 to %3 · %4 · asked by %5</source>
        <translation>%1 · from %2 to %3 · %4 · asked by %5</translation>
    </message>
    <message>
        <source>No transfers to show.</source>
        <translation>No transfers to show.</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s).</source>
        <translation><numerusform>%n transfer.</numerusform><numerusform>%n transfers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Close transfer %1 from %2? The %n unit(s) still on their way will be recorded as lost.
Why did they not arrive?</source>
        <translation><numerusform>Close transfer %1 from %2? The %n unit still on their way will be recorded as lost.
Why did they not arrive?</numerusform><numerusform>Close transfer %1 from %2? The %n units still on their way will be recorded as lost.
Why did they not arrive?</numerusform></translation>
    </message>
    <message>
        <source>Not closed: say in the note why the units did not arrive.</source>
        <translation>Not closed: say in the note why the units did not arrive.</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 closed: %n unit(s) recorded as lost</source>
        <translation><numerusform>Transfer %1 closed: %n unit recorded as lost</numerusform><numerusform>Transfer %1 closed: %n units recorded as lost</numerusform></translation>
    </message>
    <message>
        <source>Cancel transfer %1 (%2 from %3 to %4)? Nothing has been shipped yet.</source>
        <translation>Cancel transfer %1 (%2 from %3 to %4)? Nothing has been shipped yet.</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled</source>
        <translation>Transfer %1 cancelled</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::WriteOffDialog</name>
    <message>
        <source>Write off units</source>
        <translation>Write off units</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n unit(s) on the shelf here</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n unit on the shelf here</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n units on the shelf here</numerusform></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>optional, e.g. box crushed in the store room</source>
        <translation>optional, e.g. box crushed in the store room</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Write off</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point-of-sale client of the inventory system.</source>
        <translation>Point-of-sale client of the inventory system.</translation>
    </message>
    <message>
        <source>Server URL(s), comma separated.</source>
        <translation>Server URL(s), comma separated.</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Sign in as this user.</translation>
    </message>
    <message>
        <source>Password for --user.</source>
        <translation>Password for --user.</translation>
    </message>
    <message>
        <source>Folder for the local cache and queue.</source>
        <translation>Folder for the local cache and queue.</translation>
    </message>
    <message>
        <source>Language: es or en.</source>
        <translation>Language: es or en.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Store for this terminal:</source>
        <translation>Store for this terminal:</translation>
    </message>
    <message>
        <source>Offline: using the saved session until %1</source>
        <translation>Offline: using the saved session until %1</translation>
    </message>
    <message>
        <source>Wrong user or password.</source>
        <translation>Wrong user or password.</translation>
    </message>
</context>
</TS>