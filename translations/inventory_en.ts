<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation><numerusform>%n second(s) ago</numerusform><numerusform>%n second(s) ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute(s) ago</numerusform><numerusform>%n minute(s) ago</numerusform></translation>
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
        <source>the server cannot be reached and there is no valid saved session</source>
        <translation>the server cannot be reached and there is no valid saved session</translation>
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
</context>
<context>
    <name>inventory::term::TermApp</name>
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
  watch                          print changes live
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
  watch                          print changes live
Exit status: 0 done, 1 rejected, 2 usage, 3 cannot authenticate, 10 queued offline.</translation>
    </message>
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
        <translation><numerusform>'%1' takes %n argument(s)</numerusform><numerusform>'%1' takes %n argument(s)</numerusform></translation>
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
        <source>unknown product '%1'</source>
        <translation>unknown product '%1'</translation>
    </message>
    <message>
        <source>QTY must be a whole number of units</source>
        <translation>QTY must be a whole number of units</translation>
    </message>
    <message>
        <source>no store: give --store</source>
        <translation>no store: give --store</translation>
    </message>
    <message>
        <source>cannot queue the operation: %1</source>
        <translation>cannot queue the operation: %1</translation>
    </message>
    <message numerus="yes">
        <source>offline — queued, will sync later (%n pending)</source>
        <translation><numerusform>offline — queued, will sync later (%n pending)</numerusform><numerusform>offline — queued, will sync later (%n pending)</numerusform></translation>
    </message>
    <message>
        <source>rejected by the server: %1</source>
        <translation>rejected by the server: %1</translation>
    </message>
    <message>
        <source>done: %1 at %2 — quantity %3, available %4 (version %5)</source>
        <translation>done: %1 at %2 — quantity %3, available %4 (version %5)</translation>
    </message>
    <message>
        <source>done: reservation %1 is %2</source>
        <translation>done: reservation %1 is %2</translation>
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
        <source>synced: up to event %1, %2 queued, %3 rejected</source>
        <translation>synced: up to event %1, %2 queued, %3 rejected</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>cannot read the profile %1: %2</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>cannot read the profile: %1</translation>
    </message>
    <message>
        <source>queued, but the profile cannot be read: %1</source>
        <translation>queued, but the profile cannot be read: %1</translation>
    </message>
    <message>
        <source>sent, but the profile cannot be read: %1</source>
        <translation>sent, but the profile cannot be read: %1</translation>
    </message>
    <message>
        <source>done, but the profile cannot be read: %1</source>
        <translation>done, but the profile cannot be read: %1</translation>
    </message>
    <message>
        <source>synced, but the profile cannot be read</source>
        <translation>synced, but the profile cannot be read</translation>
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
        <source>unknown product '%1'</source>
        <translation>unknown product '%1'</translation>
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
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>%1  #%2 %3 %4 %5 → quantity %6, available %7</source>
        <translation>%1  #%2 %3 %4 %5 → quantity %6, available %7</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
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
</context>
<context>
    <name>inventory::ui::CounterPanel</name>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Customer (for reservations)</source>
        <translation>Customer (for reservations)</translation>
    </message>
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
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
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
        <source>At %1: %2 in stock, %3 reserved, %4 available (version %5)</source>
        <translation>At %1: %2 in stock, %3 reserved, %4 available (version %5)</translation>
    </message>
    <message>
        <source>Reservations need the server; this terminal is offline.</source>
        <translation>Reservations need the server; this terminal is offline.</translation>
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
        <source>Counted %1: %2 (at version %3)</source>
        <translation>Counted %1: %2 (at version %3)</translation>
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
    <name>inventory::ui::MainWindow</name>
    <message>
        <source>Inventory POS — %1 at %2</source>
        <translation>Inventory POS — %1 at %2</translation>
    </message>
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
        <source>Availability in every store</source>
        <translation>Availability in every store</translation>
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
        <source>&amp;Pending</source>
        <translation>&amp;Pending</translation>
    </message>
    <message>
        <source>Live activity</source>
        <translation>Live activity</translation>
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
        <source>Count not recorded</source>
        <translation>Count not recorded</translation>
    </message>
    <message>
        <source>Someone changed this stock while you were counting.
The server now has %1 units (version %2). Count again and enter what you see.</source>
        <translation>Someone changed this stock while you were counting.
The server now has %1 units (version %2). Count again and enter what you see.</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rejected by the server: %1</translation>
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
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Seq %1</source>
        <translation>Seq %1</translation>
    </message>
    <message>
        <source>Only this store (%1)</source>
        <translation>Only this store (%1)</translation>
    </message>
    <message>
        <source>This till's cache cannot be read: %1</source>
        <translation>This till's cache cannot be read: %1</translation>
    </message>
    <message>
        <source>Cache unreadable</source>
        <translation>Cache unreadable</translation>
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
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
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
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Server's reason</source>
        <translation>Server's reason</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PendingPanel</name>
    <message>
        <source>Pending operations</source>
        <translation>Pending operations</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
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
        <source>Reservation of %1 confirmed</source>
        <translation>Reservation of %1 confirmed</translation>
    </message>
    <message>
        <source>Reservation of %1 cancelled</source>
        <translation>Reservation of %1 cancelled</translation>
    </message>
    <message>
        <source>Show reservations</source>
        <translation>Show reservations</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
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
        <source>All</source>
        <translation>All</translation>
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
</context>
<context>
    <name>inventory::ui::StockMatrixModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
</context>
</TS>