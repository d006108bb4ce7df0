<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ErrorText</name>
    <message>
        <source>The server refused the operation (%1).</source>
        <translation>El servidor rechazó la operación (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Cannot count %n unit(s): %1 are reserved.</source>
        <translation><numerusform>No se puede contar %n unidad: hay %1 reservadas.</numerusform><numerusform>No se pueden contar %n unidades: hay %1 reservadas.</numerusform></translation>
    </message>
    <message>
        <source>There are no units available.</source>
        <translation>No quedan unidades disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n unit(s) available.</source>
        <translation><numerusform>Solo queda %n unidad disponible.</numerusform><numerusform>Solo quedan %n unidades disponibles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Someone changed this stock meanwhile: it is now %n unit(s). Count again.</source>
        <translation><numerusform>Alguien cambió este stock mientras tanto: ahora hay %n unidad. Cuente de nuevo.</numerusform><numerusform>Alguien cambió este stock mientras tanto: ahora hay %n unidades. Cuente de nuevo.</numerusform></translation>
    </message>
    <message>
        <source>This reservation has already expired.</source>
        <translation>Esta reserva ya ha caducado.</translation>
    </message>
    <message>
        <source>This reservation has already been sold.</source>
        <translation>Esta reserva ya se ha vendido.</translation>
    </message>
    <message>
        <source>This reservation has already been cancelled.</source>
        <translation>Esta reserva ya se ha cancelado.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state.</source>
        <translation>No se puede hacer en el estado actual.</translation>
    </message>
    <message>
        <source>The server did not accept the data: %1</source>
        <translation>El servidor no aceptó los datos: %1</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2</source>
        <translation>El servidor no aceptó «%1»: %2</translation>
    </message>
    <message>
        <source>The session is not valid any more: sign in again.</source>
        <translation>La sesión ya no es válida: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your user may not do this at this store.</source>
        <translation>Su usuario no puede hacer esto en esta tienda.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>No existe en el servidor: %1</translation>
    </message>
    <message>
        <source>Too much data in one request.</source>
        <translation>Demasiados datos en una sola petición.</translation>
    </message>
    <message>
        <source>This operation was already sent with other values.</source>
        <translation>Esta operación ya se envió con otros valores.</translation>
    </message>
    <message>
        <source>The server is busy; this will be tried again shortly.</source>
        <translation>El servidor está ocupado; se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>More units than were sold on that ticket (less what has come back already).</source>
        <translation>Más unidades de las que se vendieron en ese ticket (descontando lo ya devuelto).</translation>
    </message>
    <message>
        <source>This till's copy is older than the server's history: it is read again.</source>
        <translation>La copia de esta caja es anterior a la historia del servidor: se vuelve a leer.</translation>
    </message>
</context>
<context>
    <name>EventLabel</name>
    <message>
        <source>Stock changed</source>
        <translation>Cambio de stock</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Reservation sold</source>
        <translation>Reserva vendida</translation>
    </message>
    <message>
        <source>Reservation cancelled</source>
        <translation>Reserva cancelada</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>Reserva caducada</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Producto nuevo</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mercancía recibida</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Robo</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Uso interno</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Traspaso recibido</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Traspaso enviado</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Ticket sold</source>
        <translation>Ticket vendido</translation>
    </message>
    <message>
        <source>Stock discrepancy</source>
        <translation>Descuadre de stock</translation>
    </message>
    <message>
        <source>Discrepancy resolved</source>
        <translation>Descuadre resuelto</translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation>Traspaso pedido</translation>
    </message>
    <message>
        <source>Transfer shipped</source>
        <translation>Traspaso enviado</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Traspaso recibido</translation>
    </message>
    <message>
        <source>Transfer closed</source>
        <translation>Traspaso cerrado</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Traspaso cancelado</translation>
    </message>
    <message>
        <source>Reason code added</source>
        <translation>Motivo añadido</translation>
    </message>
    <message>
        <source>Reorder levels set</source>
        <translation>Niveles de reposición fijados</translation>
    </message>
    <message>
        <source>Fell below minimum</source>
        <translation>Bajó del mínimo</translation>
    </message>
    <message>
        <source>Count opened</source>
        <translation>Recuento abierto</translation>
    </message>
    <message>
        <source>Count applied</source>
        <translation>Recuento aplicado</translation>
    </message>
    <message>
        <source>Count cancelled</source>
        <translation>Recuento cancelado</translation>
    </message>
</context>
<context>
    <name>LevelDesk</name>
    <message>
        <source>No line has a store to take units from.</source>
        <translation>Ninguna línea tiene una tienda de la que tomar unidades.</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>Reposición</translation>
    </message>
</context>
<context>
    <name>OfflineTickets</name>
    <message>
        <source>ticket %1 was not sold at this till, so only the server can take it back; try again when it can be reached</source>
        <translation>el ticket %1 no se vendió en esta caja, así que solo el servidor puede aceptar su devolución; inténtelo de nuevo cuando se pueda conectar</translation>
    </message>
    <message>
        <source>%1 unit(s) of %2 can still come back on ticket %3</source>
        <translation>en el ticket %3 aún se pueden devolver %1 unidad(es) de %2</translation>
    </message>
</context>
<context>
    <name>ProductFinder</name>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>unknown product '%1'</source>
        <translation>producto desconocido «%1»</translation>
    </message>
    <message>
        <source>no product '%1'; did you mean:</source>
        <translation>no existe el producto «%1»; quizá quiso decir:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation><numerusform>hace %n segundo</numerusform><numerusform>hace %n segundos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>hace %n minuto</numerusform><numerusform>hace %n minutos</numerusform></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>no se puede contactar con el servidor (%1)</translation>
    </message>
    <message>
        <source>unexpected answer %1 from the server</source>
        <translation>respuesta inesperada %1 del servidor</translation>
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
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Atendido por %1</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTAL %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>Forma de pago: %1</translation>
    </message>
    <message>
        <source>offline — will sync</source>
        <translation>sin conexión — se sincronizará</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Gracias por su visita</translation>
    </message>
</context>
<context>
    <name>StaffRoster</name>
    <message>
        <source>this till is not enrolled</source>
        <translation>esta caja no está registrada</translation>
    </message>
    <message>
        <source>this till has no list of its staff yet: unlock it once while the server can be reached</source>
        <translation>esta caja aún no tiene la lista de su personal: desbloquéela una vez con el servidor a su alcance</translation>
    </message>
    <message>
        <source>wrong user or PIN</source>
        <translation>usuario o PIN incorrectos</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong PINs: try again in %n second(s)</source>
        <translation><numerusform>demasiados PIN erróneos: vuelva a intentarlo dentro de %n segundo</numerusform><numerusform>demasiados PIN erróneos: vuelva a intentarlo dentro de %n segundos</numerusform></translation>
    </message>
</context>
<context>
    <name>TermCommandLine</name>
    <message>
        <source>Server URL; repeat (or separate with commas) for fail-over.</source>
        <translation>URL del servidor; repítala (o separe con comas) para tener respaldo.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>Password.</source>
        <translation>Contraseña.</translation>
    </message>
    <message>
        <source>Use this token instead of signing in.</source>
        <translation>Usar este token en lugar de iniciar sesión.</translation>
    </message>
    <message>
        <source>Profile folder (cache and queue).</source>
        <translation>Carpeta del perfil (caché y cola).</translation>
    </message>
    <message>
        <source>Store (default: the user's first).</source>
        <translation>Tienda (por defecto: la primera del usuario).</translation>
    </message>
    <message>
        <source>Customer of a reservation.</source>
        <translation>Cliente de una reserva.</translation>
    </message>
    <message>
        <source>Seconds a reservation holds (default 600).</source>
        <translation>Segundos que dura una reserva (por defecto 600).</translation>
    </message>
    <message>
        <source>Count only if the row is at this version.</source>
        <translation>Contar solo si la fila está en esta versión.</translation>
    </message>
    <message>
        <source>One JSON document per command.</source>
        <translation>Un documento JSON por orden.</translation>
    </message>
    <message>
        <source>Command and its arguments; none starts the prompt.</source>
        <translation>Orden y sus argumentos; sin orden se abre el intérprete.</translation>
    </message>
    <message>
        <source>--profile cannot change at the prompt: start inventory-term with it</source>
        <translation>--profile no puede cambiar en el intérprete: inicie inventory-term con esa opción</translation>
    </message>
    <message>
        <source>'%1' is not an http(s) URL</source>
        <translation>«%1» no es una URL http(s)</translation>
    </message>
    <message>
        <source>--ttl and --expect-version take whole numbers (ttl 1..86400)</source>
        <translation>--ttl y --expect-version llevan números enteros (ttl 1..86400)</translation>
    </message>
    <message>
        <source>a quote (%1) is not closed</source>
        <translation>falta cerrar unas comillas (%1)</translation>
    </message>
    <message>
        <source>How a ticket is paid: cash, card or other.</source>
        <translation>Cómo se paga un ticket: cash (efectivo), card (tarjeta) u other (otro).</translation>
    </message>
    <message>
        <source>Only today's tickets.</source>
        <translation>Solo los tickets de hoy.</translation>
    </message>
    <message>
        <source>Returned units are damaged, not sellable.</source>
        <translation>Las unidades devueltas están dañadas, no se pueden vender.</translation>
    </message>
    <message>
        <source>Store a transfer is requested from.</source>
        <translation>Tienda a la que se pide un traspaso.</translation>
    </message>
    <message>
        <source>A note (free text).</source>
        <translation>Una nota (texto libre).</translation>
    </message>
    <message>
        <source>Only transfers in this status (e.g. IN_TRANSIT).</source>
        <translation>Solo los traspasos en este estado (p. ej. IN_TRANSIT).</translation>
    </message>
    <message>
        <source>History from this date (YYYY-MM-DD) on.</source>
        <translation>Historial desde esta fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Only movements with this reason code.</source>
        <translation>Solo los movimientos con este motivo.</translation>
    </message>
    <message>
        <source>--since takes a date: YYYY-MM-DD</source>
        <translation>--since lleva una fecha: AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>TermOutput</name>
    <message>
        <source>the profile cannot be read or written: %1</source>
        <translation>no se puede leer o escribir el perfil: %1</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>the list of tickets needs the server, which cannot be reached now</source>
        <translation>la lista de tickets necesita el servidor, que ahora no está accesible</translation>
    </message>
    <message>
        <source>ticket %1 was not sold at this till, and the server, which knows every other ticket, cannot be reached now</source>
        <translation>el ticket %1 no se vendió en esta caja, y el servidor, que conoce todos los demás, ahora no está accesible</translation>
    </message>
</context>
<context>
    <name>TillDesk</name>
    <message>
        <source>the server did not answer the till's secret</source>
        <translation>el servidor no respondió el secreto de la caja</translation>
    </message>
    <message>
        <source>this till is not enrolled: a manager enrols it first</source>
        <translation>esta caja no está registrada: primero la registra un encargado</translation>
    </message>
</context>
<context>
    <name>inventory::ApiClient</name>
    <message>
        <source>no server configured</source>
        <translation>no hay ningún servidor configurado</translation>
    </message>
</context>
<context>
    <name>inventory::ClientSession</name>
    <message>
        <source>sign-in refused</source>
        <translation>inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>reservations need the server, which cannot be reached now</source>
        <translation>las reservas necesitan el servidor, que ahora no está accesible</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>no se ha iniciado sesión</translation>
    </message>
    <message>
        <source>the saved session has expired: sign in again</source>
        <translation>la sesión guardada ha caducado: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>cannot reach the server at %1, and there is no valid saved session for %2 on this till</source>
        <translation>no se puede contactar con el servidor en %1 y no hay una sesión guardada válida de %2 en esta caja</translation>
    </message>
    <message>
        <source>this till is not enrolled</source>
        <translation>esta caja no está registrada</translation>
    </message>
</context>
<context>
    <name>inventory::DiscrepancyDesk</name>
    <message>
        <source>discrepancies need the server, which cannot be reached now</source>
        <translation>los descuadres necesitan el servidor, que ahora no responde</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n unit(s)</source>
        <translation><numerusform>Contada %n unidad</numerusform><numerusform>Contadas %n unidades</numerusform></translation>
    </message>
    <message>
        <source>This discrepancy has already been resolved.</source>
        <translation>Este descuadre ya se resolvió.</translation>
    </message>
    <message>
        <source>Only a manager of the store resolves a discrepancy.</source>
        <translation>Solo un encargado de la tienda resuelve un descuadre.</translation>
    </message>
    <message>
        <source>The count was recorded, but the discrepancy is still open: %1</source>
        <translation>El recuento quedó registrado, pero el descuadre sigue abierto: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ProductHistory</name>
    <message>
        <source>the movement history needs the server, which cannot be reached now</source>
        <translation>el historial de movimientos necesita el servidor, que ahora no responde</translation>
    </message>
    <message>
        <source>the server's answer holds no list of movements</source>
        <translation>la respuesta del servidor no trae una lista de movimientos</translation>
    </message>
    <message>
        <source>the server's answer holds a movement that cannot be read</source>
        <translation>la respuesta del servidor trae un movimiento que no se puede leer</translation>
    </message>
</context>
<context>
    <name>inventory::ReasonCatalog</name>
    <message>
        <source>the reason codes could not be read: the server cannot be reached now</source>
        <translation>no se pudieron leer los motivos: ahora no se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>the server's answer holds no list of reason codes</source>
        <translation>la respuesta del servidor no trae una lista de motivos</translation>
    </message>
    <message>
        <source>the server's answer holds a reason code that cannot be read</source>
        <translation>la respuesta del servidor trae un motivo que no se puede leer</translation>
    </message>
</context>
<context>
    <name>inventory::ShrinkQuery</name>
    <message>
        <source>the shrink report needs the server, which cannot be reached now</source>
        <translation>el informe de mermas necesita el servidor, y ahora no se puede contactar con él</translation>
    </message>
    <message>
        <source>the server's answer holds no shrink report</source>
        <translation>la respuesta del servidor no trae el informe de mermas</translation>
    </message>
    <message>
        <source>the server's answer holds a line of the shrink report that cannot be read</source>
        <translation>la respuesta del servidor trae una línea del informe de mermas que no se puede leer</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermActions</name>
    <message>
        <source>QTY must be a whole number of units</source>
        <translation>CANT debe ser un número entero de unidades</translation>
    </message>
    <message>
        <source>no store: give --store</source>
        <translation>sin tienda: indique --store</translation>
    </message>
    <message>
        <source>usage: reserve PRODUCT QTY --customer C [--ttl S]</source>
        <translation>uso: reserve PRODUCTO CANT --customer C [--ttl S]</translation>
    </message>
    <message>
        <source>reservations need the server, which cannot be reached now</source>
        <translation>las reservas necesitan el servidor, que ahora no está accesible</translation>
    </message>
    <message>
        <source>cannot queue the operation: %1</source>
        <translation>no se puede poner la operación en cola: %1</translation>
    </message>
    <message>
        <source>queued, but the profile cannot be read: %1</source>
        <translation>en cola, pero no se puede leer el perfil: %1</translation>
    </message>
    <message numerus="yes">
        <source>offline — queued, will sync later (%n pending)</source>
        <translation><numerusform>sin conexión — en cola, se sincronizará después (%n pendiente)</numerusform><numerusform>sin conexión — en cola, se sincronizará después (%n pendientes)</numerusform></translation>
    </message>
    <message>
        <source>sent, but the profile cannot be read: %1</source>
        <translation>enviado, pero no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>rejected by the server: %1</source>
        <translation>rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>done, but the profile cannot be read: %1</source>
        <translation>hecho, pero no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>done: %1 at %2 — quantity %3, available %4 (version %5)</source>
        <translation>hecho: %1 en %2 — cantidad %3, disponible %4 (versión %5)</translation>
    </message>
    <message>
        <source>done: reservation %1 is %2</source>
        <translation>hecho: la reserva %1 está %2</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermApp</name>
    <message>
        <source>cannot open the profile %1: %2</source>
        <translation>no se puede abrir el perfil %1: %2</translation>
    </message>
    <message>
        <source>  %1: %2 / %3</source>
        <translation>  %1: %2 / %3</translation>
    </message>
    <message>
        <source>cannot sign in: %1</source>
        <translation>no se puede iniciar sesión: %1</translation>
    </message>
    <message>
        <source>unknown command '%1'
%2</source>
        <translation>orden desconocida «%1»
%2</translation>
    </message>
    <message numerus="yes">
        <source>'%1' takes %n argument(s)</source>
        <translation><numerusform>«%1» lleva %n argumento</numerusform><numerusform>«%1» lleva %n argumentos</numerusform></translation>
    </message>
    <message>
        <source>not signed in: use --user and --password (or login)</source>
        <translation>no hay sesión: use --user y --password (o login)</translation>
    </message>
    <message>
        <source>signed in as %1 (stores: %2)</source>
        <translation>sesión iniciada como %1 (tiendas: %2)</translation>
    </message>
    <message>
        <source>synced: up to event %1, %2 queued, %3 rejected</source>
        <translation>sincronizado: hasta el evento %1, %2 en cola, %3 rechazadas</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>no se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>synced, but the profile cannot be read</source>
        <translation>sincronizado, pero no se puede leer el perfil</translation>
    </message>
    <message>
        <source>cannot sign in: wrong user or password</source>
        <translation>no se puede iniciar sesión: usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>usage: ticket (a new ticket) | ticket [show] ID</source>
        <translation>uso: ticket (un ticket nuevo) | ticket [show] ID</translation>
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
        <translation>Órdenes:
  login                          iniciar sesión y recordarla en el perfil
  stores                         listar las tiendas
  products [TEXTO]               buscar en el catálogo (SKU, código de barras, nombre)
  stock PRODUCTO [--store T]     stock de un producto en cada tienda
  sell|receive PRODUCTO CANT     vender o recibir unidades en --store (funciona sin conexión)
  count PRODUCTO CANT [--expect-version V]   registrar un recuento físico
  reserve PRODUCTO CANT --customer C [--ttl S]   reservar unidades (necesita el servidor)
  confirm ID | cancel ID         vender o liberar una reserva
  reservations                   reservas de --store
  pending                        operaciones en cola y rechazadas
  sync                           enviar la cola y traer los cambios
  watch                          mostrar los cambios en directo hasta que se detenga
  sell-ticket PRODUCTO:CANT… [--payment M]   vender varias líneas a la vez: todas o ninguna
  tickets [--today] | ticket [show] ID   los tickets de la tienda, o uno
  ticket                         hacer un ticket: add, qty, remove, show, charge
  return TICKET PRODUCTO:CANT… [--damaged]   devolver unidades de un ticket en --store
  transfer request PRODUCTO:CANT… --from T [--note N]   pedir unidades a otra tienda
  transfer ship|receive ID [PRODUCTO:CANT[:DAÑADAS]…]   enviar, o recibir (funciona sin conexión)
  transfer close|cancel|show ID | transfer list [--status E]   los traspasos de la tienda
  history PRODUCTO [--since FECHA] [--reason CÓDIGO]   los movimientos de un producto en --store
  levels PRODUCTO MÍN OBJETIVO   niveles de reposición en --store (encargados; 0 0 los quita)
  replenishment                  productos de --store por debajo de su mínimo, y de dónde tomar unidades
  counts open full|shelf|category NOMBRE|random N|PRODUCTO… [blind]   abrir un recuento en --store (encargados)
  counts enter ID PRODUCTO CANT  lo que esta caja contó de un producto (funciona sin conexión)
  counts review|apply|cancel|show ID | counts list   revisar, aplicar [zero-uncounted]
  report day [AAAA-MM-DD]        el informe del día de --store (encargados)
  till enrol ID NOMBRE | till staff | till show   registrar este perfil como caja de --store (encargados), traer su personal para desbloquear con PIN, mostrarla
PRODUCTO es un id, SKU, código de barras o el nombre completo; parte de un nombre lista las coincidencias.
Código de salida: 0 hecho, 1 rechazado, 2 uso incorrecto, 3 sin autenticación, 10 en cola sin conexión.</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermCounts</name>
    <message>
        <source>usage: counts open|enter|review|apply|cancel|list|show …</source>
        <translation>uso: counts open|enter|review|apply|cancel|list|show …</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>recuento %1</translation>
    </message>
    <message>
        <source>usage: counts apply ID [zero-uncounted]</source>
        <translation>uso: counts apply ID [zero-uncounted]</translation>
    </message>
    <message numerus="yes">
        <source>count %1 applied: %n product(s) corrected</source>
        <translation><numerusform>recuento %1 aplicado: %n producto corregido</numerusform><numerusform>recuento %1 aplicado: %n productos corregidos</numerusform></translation>
    </message>
    <message>
        <source>cancelled: count %1</source>
        <translation>cancelado: recuento %1</translation>
    </message>
    <message>
        <source>usage: counts open full|shelf|category NAME|random N|PRODUCT… [blind]</source>
        <translation>uso: counts open full|shelf|category NOMBRE|random N|PRODUCTO… [blind]</translation>
    </message>
    <message>
        <source>opened: count %1</source>
        <translation>abierto: recuento %1</translation>
    </message>
    <message>
        <source>usage: counts enter ID PRODUCT QTY</source>
        <translation>uso: counts enter ID PRODUCTO CANT</translation>
    </message>
    <message>
        <source>%1: %2 counted — queued, will sync</source>
        <translation>%1: %2 contadas — en cola, se sincronizará</translation>
    </message>
    <message>
        <source>%1: %2 counted here, %3 by every till</source>
        <translation>%1: %2 contadas aquí, %3 entre todas las cajas</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>a ciegas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>RECUENTO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ALCANCE</translation>
    </message>
    <message>
        <source>BLIND</source>
        <translation>A CIEGAS</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>CONTADO</translation>
    </message>
    <message>
        <source>OPENED BY</source>
        <translation>ABIERTO POR</translation>
    </message>
    <message>
        <source>  %1  %2, %3 of %4 products counted</source>
        <translation>  %1  %2, %3 de %4 productos contados</translation>
    </message>
    <message>
        <source>  %1  counted %2 (books at the start: %3)</source>
        <translation>  %1  contado %2 (libros al empezar: %3)</translation>
    </message>
    <message>
        <source>  %1  counted %2</source>
        <translation>  %1  contado %2</translation>
    </message>
    <message>
        <source>recount</source>
        <translation>recontar</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCTO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ESPERADO</translation>
    </message>
    <message>
        <source>VARIANCE</source>
        <translation>DIFERENCIA</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermDayReport</name>
    <message>
        <source>usage: report day [YYYY-MM-DD]</source>
        <translation>uso: report day [AAAA-MM-DD]</translation>
    </message>
    <message>
        <source>Day report of %1, %2</source>
        <translation>Informe del día de %1, %2</translation>
    </message>
    <message>
        <source>  sold: %1 ticket(s), %2 unit(s), %3</source>
        <translation>  vendido: %1 ticket(s), %2 unidad(es), %3</translation>
    </message>
    <message>
        <source>  returned: %1 return(s), %2 unit(s), %3</source>
        <translation>  devuelto: %1 devolución(es), %2 unidad(es), %3</translation>
    </message>
    <message>
        <source>    %1: %2 unit(s), %3</source>
        <translation>    %1: %2 unidad(es), %3</translation>
    </message>
    <message>
        <source>  sales by category</source>
        <translation>  ventas por categoría</translation>
    </message>
    <message>
        <source>  sales by seller</source>
        <translation>  ventas por vendedor</translation>
    </message>
    <message>
        <source>  returns by category</source>
        <translation>  devoluciones por categoría</translation>
    </message>
    <message>
        <source>  returns by seller</source>
        <translation>  devoluciones por vendedor</translation>
    </message>
    <message>
        <source>  adjustments by reason</source>
        <translation>  ajustes por motivo</translation>
    </message>
    <message>
        <source>    %1: +%2 / -%3</source>
        <translation>    %1: +%2 / -%3</translation>
    </message>
    <message>
        <source>  transfers: %1 shipped (%2 unit(s)), %3 unit(s) received</source>
        <translation>  traspasos: %1 enviados (%2 unidad(es)), %3 unidad(es) recibidas</translation>
    </message>
    <message>
        <source>  open discrepancies: %1 (%2 unit(s) short)</source>
        <translation>  discrepancias abiertas: %1 (faltan %2 unidad(es))</translation>
    </message>
    <message>
        <source>  offline tickets: %1, %2</source>
        <translation>  tickets sin conexión: %1, %2</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermLevels</name>
    <message>
        <source>usage: levels PRODUCT MIN TARGET (whole numbers; 0 0 removes them)</source>
        <translation>uso: levels PRODUCTO MÍN OBJETIVO (números enteros; 0 0 los quita)</translation>
    </message>
    <message>
        <source>levels of %1 at %2: minimum %3, target %4</source>
        <translation>niveles de %1 en %2: mínimo %3, objetivo %4</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCTO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>AVAILABLE</source>
        <translation>DISPONIBLE</translation>
    </message>
    <message>
        <source>ON THE WAY</source>
        <translation>EN CAMINO</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MÍN.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>OBJETIVO</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>TAKE FROM</source>
        <translation>TOMAR DE</translation>
    </message>
    <message>
        <source>ASK FOR</source>
        <translation>PEDIR</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermPrompt</name>
    <message>
        <source>inventory-term — type 'help' for the commands, 'quit' to leave.</source>
        <translation>inventory-term — escriba «help» para ver las órdenes y «quit» para salir.</translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(código de salida %1)</translation>
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
        <translation>En el intérprete:
  history                        las órdenes escritas hasta ahora, numeradas
  !N                             volver a ejecutar la orden N del historial
  quit | exit                    salir (también con Ctrl+D)
  q + Intro, o Ctrl+C            detener un watch y volver aquí
Las opciones van tras la orden y valen solo para ella, p. ej.
  stock PROD-002 --store BCN-001
  reserve PROD-002 1 --customer "Ana García" --ttl 60</translation>
    </message>
    <message>
        <source>watching: type q and Enter, or press Ctrl+C, to stop</source>
        <translation>mostrando cambios: escriba q e Intro, o pulse Ctrl+C, para detenerlos</translation>
    </message>
    <message>
        <source>no command %1 in the history (see 'history')</source>
        <translation>no hay ninguna orden %1 en el historial (vea «history»)</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermReports</name>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>la sincronización falló: %1</translation>
    </message>
    <message>
        <source>offline — showing data from the last sync (%1)</source>
        <translation>sin conexión — datos de la última sincronización (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>showing data from the last sync (%1)</source>
        <translation>se muestran los datos de la última sincronización (%1)</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTicketLines</name>
    <message>
        <source>a line has at most %1 units</source>
        <translation>una línea tiene como mucho %1 unidades</translation>
    </message>
    <message>
        <source>a ticket has at most %1 lines</source>
        <translation>un ticket tiene como mucho %1 líneas</translation>
    </message>
    <message>
        <source>there is no line %1 (the ticket has %2)</source>
        <translation>no hay línea %1 (el ticket tiene %2)</translation>
    </message>
    <message>
        <source>'%1' is not on the ticket ('show' lists its lines)</source>
        <translation>«%1» no está en el ticket («show» lista sus líneas)</translation>
    </message>
    <message>
        <source>'%1' is not a number of units (1 to %2)</source>
        <translation>«%1» no es un número de unidades (de 1 a %2)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artículos</translation>
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
        <translation>En el ticket:
  add SKU|CÓDIGO [CANT]          añadir unidades (el mismo producto otra vez suma a su línea)
  remove SKU|CÓDIGO|N.º LÍNEA    quitar una línea
  qty SKU|CÓDIGO|N.º LÍNEA N     fijar las unidades de una línea
  show                           las líneas, con las unidades disponibles en esta tienda
  charge [--payment cash|card|other]   vender todas las líneas o ninguna
  clear                          vaciar el ticket
  done | quit | cancel           salir; un ticket sin cobrar se descarta
--json tras show o charge (o cualquier línea) escribe JSON.</translation>
    </message>
    <message>
        <source>no store: give --store</source>
        <translation>sin tienda: indique --store</translation>
    </message>
    <message>
        <source>new ticket at %1: add products, then charge ('help' lists the commands)</source>
        <translation>ticket nuevo en %1: añada productos y cobre con charge («help» lista las órdenes)</translation>
    </message>
    <message>
        <source>ticket (%1, %2)&gt; </source>
        <translation>ticket (%1, %2)&gt; </translation>
    </message>
    <message>
        <source>the ticket is empty</source>
        <translation>el ticket está vacío</translation>
    </message>
    <message>
        <source>wrong arguments for '%1'
%2</source>
        <translation>argumentos incorrectos para «%1»
%2</translation>
    </message>
    <message>
        <source>'%1' is not a ticket command ('help' lists them)</source>
        <translation>«%1» no es una orden del ticket («help» las lista)</translation>
    </message>
    <message>
        <source>ticket discarded (%1): nothing was sold</source>
        <translation>ticket descartado (%1): no se vendió nada</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed line %1: %2</source>
        <translation>quitada la línea %1: %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>%1 line %2: %3 × %4, %5</source>
        <translation>%1 la línea %2: %3 × %4, %5</translation>
    </message>
    <message>
        <source> — only %1 available at %2</source>
        <translation> — solo %1 disponibles en %2</translation>
    </message>
    <message>
        <source>%1 (short)</source>
        <translation>%1 (falta)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unidad</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total línea</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>total %1 (%2)</source>
        <translation>total %1 (%2)</translation>
    </message>
    <message>
        <source>the ticket is empty: add products first</source>
        <translation>el ticket está vacío: añada productos primero</translation>
    </message>
    <message>
        <source>--payment is cash, card or other</source>
        <translation>--payment es cash, card u other</translation>
    </message>
    <message>
        <source>charged: ticket %1, total %2</source>
        <translation>cobrado: ticket %1, total %2</translation>
    </message>
    <message>
        <source>nothing was sold: these lines lack stock</source>
        <translation>no se vendió nada: a estas líneas les falta stock</translation>
    </message>
    <message>
        <source>  line %1, %2 %3: %4 requested, %5 available</source>
        <translation>  línea %1, %2 %3: %4 pedidas, %5 disponibles</translation>
    </message>
    <message>
        <source>the ticket stays open: fix it with qty or remove, then charge again</source>
        <translation>el ticket sigue abierto: corríjalo con qty o remove y vuelva a cobrar con charge</translation>
    </message>
    <message>
        <source>not charged: %1</source>
        <translation>no se cobró: %1</translation>
    </message>
    <message>
        <source>unknown product '%1'</source>
        <translation>producto desconocido «%1»</translation>
    </message>
    <message>
        <source>no product '%1'; did you mean:</source>
        <translation>no existe el producto «%1»; quizá quiso decir:</translation>
    </message>
    <message>
        <source>charged offline: ticket %1, total %2 — queued, will sync</source>
        <translation>cobrado sin conexión: ticket %1, total %2 — en cola, se sincronizará</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTickets</name>
    <message>
        <source>'%1' is not PRODUCT:QUANTITY</source>
        <translation>«%1» no es PRODUCTO:CANTIDAD</translation>
    </message>
    <message>
        <source>  %1 × %2  %3  %4</source>
        <translation>  %1 × %2  %3  %4</translation>
    </message>
    <message>
        <source>  (%1 returned)</source>
        <translation>  (%1 devueltas)</translation>
    </message>
    <message>
        <source>  total %1</source>
        <translation>  total %1</translation>
    </message>
    <message>
        <source>nothing was sold: these lines lack stock</source>
        <translation>no se vendió nada: a estas líneas les falta stock</translation>
    </message>
    <message>
        <source>  %1: %2 requested, %3 available</source>
        <translation>  %1: %2 pedidas, %3 disponibles</translation>
    </message>
    <message>
        <source>nothing was taken back: these lines exceed what the ticket sold</source>
        <translation>no se devolvió nada: estas líneas superan lo vendido en el ticket</translation>
    </message>
    <message>
        <source>  %1: sold %2, returned already %3, now %4</source>
        <translation>  %1: vendidas %2, ya devueltas %3, ahora %4</translation>
    </message>
    <message>
        <source>usage: sell-ticket PRODUCT:QTY… [--payment cash|card|other]</source>
        <translation>uso: sell-ticket PRODUCTO:CANT… [--payment cash|card|other]</translation>
    </message>
    <message>
        <source>sold: ticket %1</source>
        <translation>vendido: ticket %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ticket %1, %2, sold by %3 at %4</source>
        <translation>ticket %1, %2, vendido por %3 en %4</translation>
    </message>
    <message>
        <source>usage: return TICKET PRODUCT:QTY… [--damaged]</source>
        <translation>uso: return TICKET PRODUCTO:CANT… [--damaged]</translation>
    </message>
    <message>
        <source>returned: %1 to %2</source>
        <translation>devuelto: %1 en %2</translation>
    </message>
    <message>
        <source>sold offline: ticket %1 — queued, will sync</source>
        <translation>vendido sin conexión: tique %1 — en cola, se sincronizará</translation>
    </message>
    <message>
        <source>returned offline: %1 — queued, will sync</source>
        <translation>devuelto sin conexión: %1 — en cola, se sincronizará</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTill</name>
    <message>
        <source>usage: till enrol ID NAME | till staff | till show</source>
        <translation>uso: till enrol ID NOMBRE | till staff | till show</translation>
    </message>
    <message>
        <source>till %1 (%2) enrolled for %3; its secret is kept in the profile; %4</source>
        <translation>caja %1 (%2) registrada para %3; su secreto se guarda en el perfil; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may unlock it with a PIN</source>
        <translation><numerusform>%n persona puede desbloquearla con un PIN</numerusform><numerusform>%n personas pueden desbloquearla con un PIN</numerusform></translation>
    </message>
    <message>
        <source>its staff could not be fetched: %1 (try: till staff)</source>
        <translation>no se pudo traer su personal: %1 (pruebe: till staff)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may unlock this till with a PIN, also offline</source>
        <translation><numerusform>%n persona puede desbloquear esta caja con un PIN, también sin conexión</numerusform><numerusform>%n personas pueden desbloquear esta caja con un PIN, también sin conexión</numerusform></translation>
    </message>
    <message>
        <source>this profile is not an enrolled till</source>
        <translation>este perfil no es una caja registrada</translation>
    </message>
    <message>
        <source>till %1 of %2; staff list: %3</source>
        <translation>caja %1 de %2; lista del personal: %3</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nunca traída</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermTransfers</name>
    <message>
        <source>'%1' is not PRODUCT:QUANTITY[:DAMAGED]</source>
        <translation>'%1' no es PRODUCTO:CANTIDAD[:DAÑADAS]</translation>
    </message>
    <message>
        <source>'%1' is not PRODUCT:QUANTITY</source>
        <translation>«%1» no es PRODUCTO:CANTIDAD</translation>
    </message>
    <message>
        <source>receipt of transfer %1 queued offline: it is sent when the server is back</source>
        <translation>recepción del traspaso %1 en cola sin conexión: se envía cuando vuelva el servidor</translation>
    </message>
    <message>
        <source>  %1 → %2  %3</source>
        <translation>  %1 → %2  %3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  nota: %1</translation>
    </message>
    <message>
        <source>  %1  requested %2, shipped %3, received %4, damaged %5, lost %6</source>
        <translation>  %1  pedidas %2, enviadas %3, recibidas %4, dañadas %5, perdidas %6</translation>
    </message>
    <message>
        <source>usage: transfer request|ship|receive|close|cancel|list|show …</source>
        <translation>uso: transfer request|ship|receive|close|cancel|list|show …</translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation>traspaso %1</translation>
    </message>
    <message>
        <source>shipped: transfer %1</source>
        <translation>enviado: traspaso %1</translation>
    </message>
    <message>
        <source>closed: transfer %1</source>
        <translation>cerrado: traspaso %1</translation>
    </message>
    <message>
        <source>cancelled: transfer %1</source>
        <translation>cancelado: traspaso %1</translation>
    </message>
    <message>
        <source>unknown transfer step '%1'</source>
        <translation>paso de traspaso desconocido '%1'</translation>
    </message>
    <message>
        <source>usage: transfer request PRODUCT:QTY… --from STORE [--note TEXT]</source>
        <translation>uso: transfer request PRODUCTO:CANT… --from TIENDA [--note TEXTO]</translation>
    </message>
    <message>
        <source>requested: transfer %1</source>
        <translation>pedido: traspaso %1</translation>
    </message>
    <message>
        <source>received: transfer %1</source>
        <translation>recibido: traspaso %1</translation>
    </message>
    <message>
        <source>TRANSFER</source>
        <translation>TRASPASO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>A</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>UNIDADES</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>MOVEMENT</source>
        <translation>MOVIMIENTO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>CANT</translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation>RESERVADAS</translation>
    </message>
    <message>
        <source>INCOMING</source>
        <translation>EN CAMINO</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUIÉN</translation>
    </message>
    <message>
        <source>TICKET/TRANSFER</source>
        <translation>TICKET/TRASPASO</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
</context>
<context>
    <name>inventory::term::TermWatch</name>
    <message>
        <source>watching the changes; Ctrl+C stops</source>
        <translation>mostrando los cambios; Ctrl+C los detiene</translation>
    </message>
    <message>
        <source>watching the changes; type q and Enter, or press Ctrl+C, to stop</source>
        <translation>mostrando los cambios; escriba q e Intro, o pulse Ctrl+C, para detenerlos</translation>
    </message>
    <message>
        <source>stopped watching</source>
        <translation>se dejaron de mostrar los cambios</translation>
    </message>
    <message>
        <source>offline: trying to reconnect…</source>
        <translation>sin conexión: intentando reconectar…</translation>
    </message>
    <message>
        <source>connecting to the server…</source>
        <translation>conectando con el servidor…</translation>
    </message>
    <message>
        <source>catching up with the changes…</source>
        <translation>poniéndose al día con los cambios…</translation>
    </message>
    <message>
        <source>live: changes appear as they happen</source>
        <translation>en directo: los cambios aparecen según ocurren</translation>
    </message>
    <message>
        <source>%1  #%2  %3: %4</source>
        <translation>%1  #%2  %3: %4</translation>
    </message>
    <message>
        <source>%1  #%2  %3: %4 at %5 → quantity %6, available %7</source>
        <translation>%1  #%2  %3: %4 en %5 → cantidad %6, disponible %7</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Change %1 (%2)</source>
        <translation>Cambio %1 (%2)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ActivityPanel</name>
    <message>
        <source>Only this store (%1)</source>
        <translation>Solo esta tienda (%1)</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
</context>
<context>
    <name>inventory::ui::AvailabilityModel</name>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shipped to this store by a transfer, not received yet</source>
        <translation><numerusform>%n unidad enviada a esta tienda por un traspaso, aún sin recibir</numerusform><numerusform>%n unidades enviadas a esta tienda por un traspaso, aún sin recibir</numerusform></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>En camino</translation>
    </message>
</context>
<context>
    <name>inventory::ui::AvailabilityPanel</name>
    <message>
        <source>Availability in every store</source>
        <translation>Disponibilidad en cada tienda</translation>
    </message>
    <message>
        <source>Other stores: %1 available in %2 of them, as of %3 (%4).</source>
        <translation>Otras tiendas: %1 disponibles en %2 de ellas (datos de %3, %4).</translation>
    </message>
    <message>
        <source>Other stores: not known here until this till reaches the server.</source>
        <translation>Otras tiendas: no se conocen aquí hasta que esta caja conecte con el servidor.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>hace menos de un minuto</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Todas las cajas</translation>
    </message>
    <message>
        <source>Books at start</source>
        <translation>Libros al empezar</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountListModel</name>
    <message>
        <source>Counting</source>
        <translation>Contando</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <source>A shelf</source>
        <translation>Una estantería</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>Todos los productos</translation>
    </message>
    <message numerus="yes">
        <source>%n random product(s)</source>
        <translation><numerusform>%n producto al azar</numerusform><numerusform>%n productos al azar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n producto</numerusform><numerusform>%n productos</numerusform></translation>
    </message>
    <message>
        <source>%1, blind</source>
        <translation>%1, a ciegas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Abierto por</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountReviewDialog</name>
    <message>
        <source>Products nobody counted were &amp;not found: set them to 0</source>
        <translation>Los productos que nadie contó &amp;no están: ponerlos a 0</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Apply corrections</source>
        <translation>&amp;Aplicar correcciones</translation>
    </message>
    <message>
        <source>Review of count %1</source>
        <translation>Revisión del recuento %1</translation>
    </message>
    <message>
        <source>Only for a full count of the scope: what nobody counted is gone</source>
        <translation>Solo para un recuento completo del alcance: lo que nadie contó no está</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in the count</source>
        <translation><numerusform>%n producto en el recuento</numerusform><numerusform>%n productos en el recuento</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation><numerusform>%n contado</numerusform><numerusform>%n contados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to count again (marked)</source>
        <translation><numerusform>%n por recontar (marcado)</numerusform><numerusform>%n por recontar (marcados)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Apply the count? %n product(s) will be corrected with reason "count".</source>
        <translation><numerusform>¿Aplicar el recuento? Se corregirá %n producto con el motivo «recuento».</numerusform><numerusform>¿Aplicar el recuento? Se corregirán %n productos con el motivo «recuento».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) are marked to count again.</source>
        <translation><numerusform>%n producto está marcado para recontar.</numerusform><numerusform>%n productos están marcados para recontar.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) nobody counted will be set to 0.</source>
        <translation><numerusform>%n producto que nadie contó quedará a 0.</numerusform><numerusform>%n productos que nadie contó quedarán a 0.</numerusform></translation>
    </message>
    <message>
        <source>Count not applied: %1</source>
        <translation>Recuento no aplicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 applied: %n product(s) corrected</source>
        <translation><numerusform>Recuento %1 aplicado: %n producto corregido</numerusform><numerusform>Recuento %1 aplicado: %n productos corregidos</numerusform></translation>
    </message>
    <message>
        <source>Export count review</source>
        <translation>Exportar la revisión del recuento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountReviewModel</name>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Recontar</translation>
    </message>
    <message>
        <source>The variance is large: count this product again before applying.</source>
        <translation>La diferencia es grande: vuelva a contar este producto antes de aplicar.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recontar</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CounterPanel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Reservar durante</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Sell (F5)</source>
        <translation>Vender (F5)</translation>
    </message>
    <message>
        <source>Receive (F6)</source>
        <translation>Recibir (F6)</translation>
    </message>
    <message>
        <source>Count (F7)</source>
        <translation>Contar (F7)</translation>
    </message>
    <message>
        <source>Reserve (F8)</source>
        <translation>Reservar (F8)</translation>
    </message>
    <message>
        <source>Scan or search a product (F2)</source>
        <translation>Escanee o busque un producto (F2)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Sold %1 × %2</source>
        <translation>Vendido %1 × %2</translation>
    </message>
    <message>
        <source>Received %1 × %2</source>
        <translation>Recibido %1 × %2</translation>
    </message>
    <message>
        <source>Enter the customer for the reservation</source>
        <translation>Indique el cliente de la reserva</translation>
    </message>
    <message>
        <source>Reserved %1 × %2 for %3</source>
        <translation>Reservado %1 × %2 para %3</translation>
    </message>
    <message>
        <source>The stock of this product cannot be read from this till's cache.</source>
        <translation>No se puede leer el stock de este producto en la caché de esta caja.</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Recuento de %1</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>Confirmar recuento</translation>
    </message>
    <message>
        <source>Units to sell, receive or reserve</source>
        <translation>Unidades a vender, recibir o reservar</translation>
    </message>
    <message>
        <source>units on the shelf</source>
        <translation>en el estante</translation>
    </message>
    <message>
        <source>Units counted</source>
        <translation>Unidades contadas</translation>
    </message>
    <message>
        <source>for reservations</source>
        <translation>para reservar</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>Cou&amp;nted:</source>
        <translation>Co&amp;ntadas:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no barcode</source>
        <translation>sin código de barras</translation>
    </message>
    <message>
        <source>Here: %1 in stock, %2 reserved, %3 available</source>
        <translation>Aquí: %1 en stock, %2 reservadas, %3 disponibles</translation>
    </message>
    <message>
        <source>Reservations need the server; this till is offline.</source>
        <translation>Las reservas necesitan el servidor; esta caja está sin conexión.</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>sistema: %1</translation>
    </message>
    <message>
        <source>system: %1, difference: %2</source>
        <translation>sistema: %1, diferencia: %2</translation>
    </message>
    <message>
        <source>%1 — queued, will sync</source>
        <translation>%1 — en cola, se sincronizará</translation>
    </message>
    <message>
        <source>Enter the units you counted on the shelf</source>
        <translation>Introduzca las unidades contadas en el estante</translation>
    </message>
    <message>
        <source>The system has %1 of %2 and you counted %3 (%4). Record the count?</source>
        <translation>El sistema tiene %1 de %2 y usted ha contado %3 (%4). ¿Registrar el recuento?</translation>
    </message>
    <message>
        <source>Count not recorded</source>
        <translation>Recuento no registrado</translation>
    </message>
    <message>
        <source>Counted %1: %2 (was %3)</source>
        <translation>Recuento de %1: %2 (antes %3)</translation>
    </message>
    <message>
        <source>Write-off of %1</source>
        <translation>Baja de %1</translation>
    </message>
    <message>
        <source>Wrote off %1 × %2 (%3)</source>
        <translation>Dadas de baja %1 × %2 (%3)</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountingDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Count %1 — %2</source>
        <translation>Recuento %1 — %2</translation>
    </message>
    <message>
        <source>Scan a product, or type its SKU, barcode or name</source>
        <translation>Escanee un producto, o escriba su SKU, código de barras o nombre</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Record what this till counted of the product (Enter)</source>
        <translation>Registrar lo que esta caja contó del producto (Intro)</translation>
    </message>
    <message>
        <source>%v of %m products counted</source>
        <translation>%v de %m productos contados</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Cou&amp;nted:</source>
        <translation>Co&amp;ntadas:</translation>
    </message>
    <message>
        <source>No product with barcode %1.</source>
        <translation>No hay ningún producto con el código de barras %1.</translation>
    </message>
    <message>
        <source>Scan the first product.</source>
        <translation>Escanee el primer producto.</translation>
    </message>
    <message>
        <source>%1 not recorded: %2</source>
        <translation>%1 no registrado: %2</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 no registrado</translation>
    </message>
    <message>
        <source>%1: %2 counted — queued, will sync</source>
        <translation>%1: %2 contadas — en cola, se sincronizará</translation>
    </message>
    <message>
        <source>%1: %2 counted here, %3 by every till</source>
        <translation>%1: %2 contadas aquí, %3 entre todas las cajas</translation>
    </message>
    <message>
        <source>A manager applied this count: nothing more can be recorded.</source>
        <translation>Un encargado aplicó este recuento: ya no se puede registrar nada más.</translation>
    </message>
    <message>
        <source>A manager cancelled this count.</source>
        <translation>Un encargado canceló este recuento.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::CountsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New count…</source>
        <translation>Nuevo recuento…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Contar…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Cancelar recuento</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Counting now</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>All counts</source>
        <translation>Todos los recuentos</translation>
    </message>
    <message>
        <source>Managers: open a count of a shelf, a category or the store</source>
        <translation>Encargados: abrir un recuento de una estantería, una categoría o la tienda</translation>
    </message>
    <message>
        <source>Scan and count the products of the count selected</source>
        <translation>Escanear y contar los productos del recuento seleccionado</translation>
    </message>
    <message>
        <source>Managers: counted against expected, then apply the corrections</source>
        <translation>Encargados: contado frente a esperado, y aplicar las correcciones</translation>
    </message>
    <message>
        <source>Managers: drop the count without changing any stock</source>
        <translation>Encargados: descartar el recuento sin cambiar ningún stock</translation>
    </message>
    <message>
        <source>Cannot read the counts: %1</source>
        <translation>No se pueden leer los recuentos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s)</source>
        <translation><numerusform>%n recuento</numerusform><numerusform>%n recuentos</numerusform></translation>
    </message>
    <message>
        <source>Count not opened: %1</source>
        <translation>Recuento no abierto: %1</translation>
    </message>
    <message>
        <source>Count %1 opened</source>
        <translation>Recuento %1 abierto</translation>
    </message>
    <message>
        <source>Cancel count %1? Nothing it counted changes the stock.</source>
        <translation>¿Cancelar el recuento %1? Nada de lo contado cambiará el stock.</translation>
    </message>
    <message>
        <source>Count %1 not cancelled: %2</source>
        <translation>Recuento %1 no cancelado: %2</translation>
    </message>
    <message>
        <source>Count %1 cancelled</source>
        <translation>Recuento %1 cancelado</translation>
    </message>
</context>
<context>
    <name>inventory::ui::DashboardPanel</name>
    <message numerus="yes">
        <source>Sales per store, last %n day(s)</source>
        <translation><numerusform>Ventas por tienda, último día</numerusform><numerusform>Ventas por tienda, últimos %n días</numerusform></translation>
    </message>
    <message>
        <source>Stock value per store</source>
        <translation>Valor del stock por tienda</translation>
    </message>
    <message>
        <source>Stock over time</source>
        <translation>Stock a lo largo del tiempo</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the data of “%1” as CSV</source>
        <translation>Exportar los datos de «%1» como CSV</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Sales per store</source>
        <translation>Ventas por tienda</translation>
    </message>
    <message>
        <source>Top sellers, 30 days</source>
        <translation>Más vendidos, 30 días</translation>
    </message>
    <message>
        <source>Top sellers</source>
        <translation>Más vendidos</translation>
    </message>
    <message>
        <source>In stock, no sale in 30 days</source>
        <translation>En stock, sin ventas en 30 días</translation>
    </message>
    <message>
        <source>Products without sales</source>
        <translation>Productos sin ventas</translation>
    </message>
    <message>
        <source>Stock over time: %1</source>
        <translation>Stock a lo largo del tiempo: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Some of the dashboard cannot be read: %1</source>
        <translation>Parte del panel no se puede leer: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::DayReportDialog</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Day report — %1</source>
        <translation>Informe del día — %1</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The day report cannot be read: %1</source>
        <translation>No se puede leer el informe del día: %1</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Informe del día</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>no se pudo escribir el PDF en %1</translation>
    </message>
    <message>
        <source>Export day report</source>
        <translation>Exportar el informe del día</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save day report as PDF</source>
        <translation>Guardar el informe del día como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
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
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventas por categoría</translation>
    </message>
    <message>
        <source>Sales by seller</source>
        <translation>Ventas por vendedor</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Returns by category</source>
        <translation>Devoluciones por categoría</translation>
    </message>
    <message>
        <source>Returns by seller</source>
        <translation>Devoluciones por vendedor</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Shipped to other stores</source>
        <translation>Enviado a otras tiendas</translation>
    </message>
    <message>
        <source>Received from other stores</source>
        <translation>Recibido de otras tiendas</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Open now (units short)</source>
        <translation>Abiertas ahora (unidades que faltan)</translation>
    </message>
    <message>
        <source>Offline tickets</source>
        <translation>Tickets sin conexión</translation>
    </message>
    <message>
        <source>Rung up while offline</source>
        <translation>Cobrados sin conexión</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Units in</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Units out</source>
        <translation>Salidas</translation>
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
        <translation>— (venta suelta)</translation>
    </message>
    <message numerus="yes">
        <source>Discrepancy %1: an offline sale took %n unit(s) more than the books had available at %2.</source>
        <translation><numerusform>Descuadre %1: una venta sin conexión se llevó %n unidad más de las que constaban disponibles en %2.</numerusform><numerusform>Descuadre %1: una venta sin conexión se llevó %n unidades más de las que constaban disponibles en %2.</numerusform></translation>
    </message>
    <message>
        <source>Units sold beyond what was available (reserved units included)</source>
        <translation>Unidades vendidas por encima de las disponibles (contando las reservadas)</translation>
    </message>
    <message>
        <source>Units sold beyond what the books had at all: the stock stopped at 0</source>
        <translation>Unidades vendidas por encima de todo lo que constaba: el stock se quedó en 0</translation>
    </message>
    <message>
        <source>Held reservations the remaining stock no longer covers</source>
        <translation>Reservas activas que el stock restante ya no cubre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Not on the books</source>
        <translation>Sin constar</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reservations at risk</source>
        <translation>Reservas en riesgo</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Vendido por</translation>
    </message>
</context>
<context>
    <name>inventory::ui::EnrolTillDialog</name>
    <message>
        <source>Enrol this till</source>
        <translation>Registrar esta caja</translation>
    </message>
    <message>
        <source>e.g. Counter by the door</source>
        <translation>p. ej. Caja de la entrada</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Staff will unlock this till with their PIN, also while the server cannot be reached. Only its store's staff can.</source>
        <translation>El personal desbloqueará esta caja con su PIN, también cuando no se pueda contactar con el servidor. Solo el personal de su tienda puede.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Tienda:</translation>
    </message>
    <message>
        <source>Till &amp;id:</source>
        <translation>&amp;Identificador de la caja:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Give the till an id and a name.</source>
        <translation>Dé a la caja un identificador y un nombre.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>No se ha registrado: %1</translation>
    </message>
    <message>
        <source>Enrolled. Fetching its staff…</source>
        <translation>Registrada. Obteniendo su personal…</translation>
    </message>
    <message>
        <source>Enrolled; its staff could not be fetched yet: %1</source>
        <translation>Registrada; aún no se pudo obtener su personal: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ExceptionsPanel</name>
    <message>
        <source>Re&amp;lease reservations…</source>
        <translation>Li&amp;berar reservas…</translation>
    </message>
    <message>
        <source>Acce&amp;pt…</source>
        <translation>A&amp;ceptar…</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Iniciar un recuento</translation>
    </message>
    <message>
        <source>Accept the difference</source>
        <translation>Aceptar la diferencia</translation>
    </message>
    <message>
        <source>Release reservations</source>
        <translation>Liberar reservas</translation>
    </message>
    <message>
        <source>Open stock discrepancies</source>
        <translation>Descuadres de stock abiertos</translation>
    </message>
    <message>
        <source>Count the product on the shelf, record the count and resolve</source>
        <translation>Contar el producto en la estantería, registrar el recuento y resolver</translation>
    </message>
    <message>
        <source>Cancel the held reservations the stock no longer covers</source>
        <translation>Cancelar las reservas activas que el stock ya no cubre</translation>
    </message>
    <message>
        <source>Accept the difference as it is, with an optional note</source>
        <translation>Aceptar la diferencia tal cual, con una nota opcional</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The open discrepancies cannot be read: %1</source>
        <translation>No se pueden leer los descuadres abiertos: %1</translation>
    </message>
    <message>
        <source>No open discrepancies: every offline sale is covered by the books.</source>
        <translation>No hay descuadres abiertos: todas las ventas sin conexión están cubiertas por el stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n offline sale(s) took more than the books had. Count the product, release the reservations at risk, or accept the difference.</source>
        <translation><numerusform>%n venta sin conexión se llevó más de lo que constaba. Cuente el producto, libere las reservas en riesgo o acepte la diferencia.</numerusform><numerusform>%n ventas sin conexión se llevaron más de lo que constaba. Cuente el producto, libere las reservas en riesgo o acepte la diferencia.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Count %1 on the shelf at %2.
The till shows %n unit(s). Units counted:</source>
        <translation><numerusform>Cuente %1 en la estantería de %2.
La caja muestra %n unidad. Unidades contadas:</numerusform><numerusform>Cuente %1 en la estantería de %2.
La caja muestra %n unidades. Unidades contadas:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Counted %1 at %2: %n unit(s). Discrepancy %3 resolved.</source>
        <translation><numerusform>Contado %1 en %2: %n unidad. Descuadre %3 resuelto.</numerusform><numerusform>Contado %1 en %2: %n unidades. Descuadre %3 resuelto.</numerusform></translation>
    </message>
    <message>
        <source>Cancel the reservations still held among %1 (%2 at %3)? Tell the customers their units are gone.</source>
        <translation>¿Cancelar las reservas aún activas entre %1 (%2 en %3)? Avise a los clientes de que sus unidades ya no están.</translation>
    </message>
    <message>
        <source>Discrepancy %1 resolved: the reservations at risk were released.</source>
        <translation>Descuadre %1 resuelto: se liberaron las reservas en riesgo.</translation>
    </message>
    <message numerus="yes">
        <source>Accept discrepancy %1 as it is: %2 short by %n unit(s) at %3.
Note (optional):</source>
        <translation><numerusform>Aceptar el descuadre %1 tal cual: falta %n unidad de %2 en %3.
Nota (opcional):</numerusform><numerusform>Aceptar el descuadre %1 tal cual: faltan %n unidades de %2 en %3.
Nota (opcional):</numerusform></translation>
    </message>
    <message>
        <source>Discrepancy %1 accepted as it is.</source>
        <translation>Descuadre %1 aceptado tal cual.</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>No se resolvió: %1</translation>
    </message>
    <message>
        <source>Start a c&amp;ount…</source>
        <translation>Iniciar un r&amp;ecuento…</translation>
    </message>
    <message>
        <source>Count every affected product</source>
        <translation>Contar todos los productos afectados</translation>
    </message>
    <message>
        <source>Open a count session of every product of this store with an open discrepancy, for several tills to count at once</source>
        <translation>Abrir un recuento de todos los productos de esta tienda con una discrepancia abierta, para que varias cajas cuenten a la vez</translation>
    </message>
    <message>
        <source>No open discrepancy at this store</source>
        <translation>No hay discrepancias abiertas en esta tienda</translation>
    </message>
    <message>
        <source>Count not opened: %1</source>
        <translation>Recuento no abierto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 opened: %n product(s)</source>
        <translation><numerusform>Recuento %1 abierto: %n producto</numerusform><numerusform>Recuento %1 abierto: %n productos</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::HistoryDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Movements, newest first</source>
        <translation>Movimientos, los más recientes primero</translation>
    </message>
    <message>
        <source>Saves the movements shown, with the filters applied</source>
        <translation>Guarda los movimientos mostrados, con los filtros aplicados</translation>
    </message>
    <message>
        <source>Loading older movements…</source>
        <translation>Cargando movimientos anteriores…</translation>
    </message>
    <message>
        <source>Movement history — %1 at %2</source>
        <translation>Historial de movimientos — %1 en %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Only movements on or after this day</source>
        <translation>Solo los movimientos de este día en adelante</translation>
    </message>
    <message>
        <source>Only movements on or before this day</source>
        <translation>Solo los movimientos hasta este día</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Quantity over time</source>
        <translation>Cantidad en el tiempo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No movements match these filters.</source>
        <translation>Ningún movimiento cumple estos filtros.</translation>
    </message>
    <message>
        <source>No movements recorded for this product here.</source>
        <translation>No hay movimientos de este producto aquí.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n movement(s); older ones with “Load more”.</source>
        <translation><numerusform>El movimiento más reciente; los anteriores con «Cargar más».</numerusform><numerusform>Los %n movimientos más recientes; los anteriores con «Cargar más».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s).</source>
        <translation><numerusform>%n movimiento.</numerusform><numerusform>%n movimientos.</numerusform></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Export movement history</source>
        <translation>Exportar el historial de movimientos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) exported to %1</source>
        <translation><numerusform>%n movimiento exportado a %1</numerusform><numerusform>%n movimientos exportados a %1</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::HistoryModel</name>
    <message>
        <source>Recorded by the server at %1; the till's clock said %2 (made offline)</source>
        <translation>Registrado por el servidor a las %1; el reloj de la caja marcaba %2 (hecho sin conexión)</translation>
    </message>
    <message>
        <source>Change %1 (%2, reason %3)</source>
        <translation>Cambio %1 (%2, motivo %3)</translation>
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
        <translation>Traspaso %1</translation>
    </message>
    <message>
        <source>Units after this movement</source>
        <translation>Unidades tras este movimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ticket / transfer</source>
        <translation>Ticket / traspaso</translation>
    </message>
</context>
<context>
    <name>inventory::ui::HistoryOpener</name>
    <message>
        <source>Scan or search a product first (F2)</source>
        <translation>Primero escanee o busque un producto (F2)</translation>
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
        <translation>Niveles de reposición</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>y %n más</numerusform><numerusform>y %n más</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n products: %1</source>
        <translation><numerusform>%n producto: %1</numerusform><numerusform>%n productos: %1</numerusform></translation>
    </message>
    <message>
        <source>Below this many available units the product is low, and the store is told once</source>
        <translation>Por debajo de estas unidades disponibles el producto está bajo mínimos, y se avisa a la tienda una vez</translation>
    </message>
    <message>
        <source>Replenishment suggests enough units to get back to this</source>
        <translation>La reposición sugiere las unidades necesarias para volver a esta cantidad</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Productos:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Tienda:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;ínimo:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>0 and 0 remove the levels.</source>
        <translation>0 y 0 quitan los niveles.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LevelsEditor</name>
    <message>
        <source>Choose a product first (F2), or select rows in the stock matrix</source>
        <translation>Elija antes un producto (F2), o seleccione filas en la matriz de stock</translation>
    </message>
    <message>
        <source>You manage no store whose levels you could set</source>
        <translation>No gestiona ninguna tienda cuyos niveles pueda fijar</translation>
    </message>
    <message>
        <source>Levels not set: %1</source>
        <translation>Niveles no fijados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Levels removed for %n product(s) at %1</source>
        <translation><numerusform>Niveles quitados a %n producto en %1</numerusform><numerusform>Niveles quitados a %n productos en %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Levels set for %n product(s) at %1: minimum %2, target %3</source>
        <translation><numerusform>Niveles fijados para %n producto en %1: mínimo %2, objetivo %3</numerusform><numerusform>Niveles fijados para %n productos en %1: mínimo %2, objetivo %3</numerusform></translation>
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
        <translation>Borrar el último dígito (Retroceso)</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>Desbloquear (Intro)</translation>
    </message>
    <message>
        <source>Till %1 is locked</source>
        <translation>La caja %1 está bloqueada</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN</source>
        <translation>Elija su nombre y teclee su PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in — Inventory</source>
        <translation>Iniciar sesión — Inventario</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>Direcciones del servidor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Se&amp;rver(s):</source>
        <translation>Se&amp;rvidor(es):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>inventory::ui::LowStockBadge</name>
    <message>
        <source>Products of this store below their minimum (Ctrl+Shift+R)</source>
        <translation>Productos de esta tienda por debajo de su mínimo (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Low stock: ?</source>
        <translation>Bajo mínimos: ?</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Bajo mínimos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below their minimum</source>
        <translation><numerusform>%n producto por debajo de su mínimo</numerusform><numerusform>%n productos por debajo de su mínimo</numerusform></translation>
    </message>
    <message>
        <source>Low stock: %1 — %2 left, minimum %3</source>
        <translation>Bajo mínimos: %1 — quedan %2, mínimo %3</translation>
    </message>
</context>
<context>
    <name>inventory::ui::MainWindow</name>
    <message>
        <source>Inventory POS — %1 at %2</source>
        <translation>TPV de inventario — %1 en %2</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilidad</translation>
    </message>
    <message>
        <source>&amp;Reservations</source>
        <translation>&amp;Reservas</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ac&amp;tividad</translation>
    </message>
    <message>
        <source>Stock &amp;matrix</source>
        <translation>&amp;Matriz de stock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Mostrador</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Vender</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Contar</translation>
    </message>
    <message>
        <source>Re&amp;serve</source>
        <translation>Re&amp;servar</translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation>&amp;Buscar producto</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>This till's cache cannot be read: %1</source>
        <translation>No se puede leer la caché de esta caja: %1</translation>
    </message>
    <message>
        <source>Sync &amp;queue</source>
        <translation>Cola de en&amp;vío</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>All queued operations sent: %n accepted by the server</source>
        <translation><numerusform>Enviadas todas las operaciones en cola: %n aceptada por el servidor</numerusform><numerusform>Enviadas todas las operaciones en cola: %n aceptadas por el servidor</numerusform></translation>
    </message>
    <message>
        <source>Sync &amp;queue (%1 ⚠)</source>
        <translation>Cola de en&amp;vío (%1 ⚠)</translation>
    </message>
    <message>
        <source>Sync &amp;queue (%1)</source>
        <translation>Cola de en&amp;vío (%1)</translation>
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
        <translation>Primero escanee o busque un producto (F2)</translation>
    </message>
    <message>
        <source>&amp;Add to ticket</source>
        <translation>&amp;Añadir al ticket</translation>
    </message>
    <message>
        <source>C&amp;harge ticket</source>
        <translation>Co&amp;brar ticket</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>De&amp;volución…</translation>
    </message>
    <message>
        <source>Today's tic&amp;kets…</source>
        <translation>Tic&amp;kets de hoy…</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1)</source>
        <translation>E&amp;xcepciones (%1)</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>E&amp;xcepciones</translation>
    </message>
    <message>
        <source>Transf&amp;ers</source>
        <translation>Tras&amp;pasos</translation>
    </message>
    <message>
        <source>&amp;Movement history…</source>
        <translation>&amp;Historial de movimientos…</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>Dar de &amp;baja…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Shrink by reason…</source>
        <translation>&amp;Mermas por motivo…</translation>
    </message>
    <message>
        <source>&amp;Low stock and replenishment…</source>
        <translation>&amp;Bajo mínimos y reposición…</translation>
    </message>
    <message>
        <source>Reorder le&amp;vels…</source>
        <translation>Ni&amp;veles de reposición…</translation>
    </message>
    <message>
        <source>Stoc&amp;k counts</source>
        <translation>Recuent&amp;os</translation>
    </message>
    <message>
        <source>&amp;Day report…</source>
        <translation>Informe del &amp;día…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation>Desbloqueada: %1</translation>
    </message>
    <message>
        <source>This till is not enrolled: a manager enrols it (File → Enrol this till…) before it can be locked and unlocked with PINs</source>
        <translation>Esta caja no está registrada: un encargado la registra (Archivo → Registrar esta caja…) antes de poder bloquearla y desbloquearla con PIN</translation>
    </message>
    <message>
        <source>&amp;Enrol this till…</source>
        <translation>&amp;Registrar esta caja…</translation>
    </message>
    <message>
        <source>This till is enrolled as %1: staff unlock it with their PIN (Ctrl+L locks it)</source>
        <translation>Esta caja está registrada como %1: el personal la desbloquea con su PIN (Ctrl+L la bloquea)</translation>
    </message>
    <message>
        <source>The server refused this till's queue: %1 Nothing queued is lost; it waits here.</source>
        <translation>El servidor ha rechazado la cola de esta caja: %1 No se pierde nada de lo que hay en cola; espera aquí.</translation>
    </message>
    <message>
        <source>&amp;Tills…</source>
        <translation>&amp;Cajas…</translation>
    </message>
</context>
<context>
    <name>inventory::ui::MatrixPanel</name>
    <message>
        <source>Stock of every product in every store</source>
        <translation>Stock de cada producto en cada tienda</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Solo stock &amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation>Exportar stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>stock.csv</source>
        <translation>stock.csv</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1</source>
        <translation><numerusform>Exportado %n producto a %1</numerusform><numerusform>Exportados %n productos a %1</numerusform></translation>
    </message>
    <message>
        <source>Set reorder le&amp;vels…</source>
        <translation>Fijar ni&amp;veles de reposición…</translation>
    </message>
    <message>
        <source>Minimum and target for the selected products at a store</source>
        <translation>Mínimo y objetivo de los productos seleccionados en una tienda</translation>
    </message>
</context>
<context>
    <name>inventory::ui::NewCountDialog</name>
    <message>
        <source>&amp;Blind: the tills do not see what the books say</source>
        <translation>&amp;A ciegas: las cajas no ven lo que dicen los libros</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Nuevo recuento</translation>
    </message>
    <message>
        <source>A shelf: the products scanned</source>
        <translation>Una estantería: los productos escaneados</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Una categoría</translation>
    </message>
    <message>
        <source>Products drawn at random</source>
        <translation>Productos al azar</translation>
    </message>
    <message>
        <source>Every product of the store</source>
        <translation>Todos los productos de la tienda</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Recuento:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Cuántos:</translation>
    </message>
    <message>
        <source>&amp;Open the count</source>
        <translation>&amp;Abrir el recuento</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PendingModel</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Confirm reservation</source>
        <translation>Confirmar reserva</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Nothing: it is sent when the server can be reached.</source>
        <translation>Nada: se envía cuando el servidor esté accesible.</translation>
    </message>
    <message>
        <source>Count the product: the shelf does not match the books. Discard only if the goods did not leave.</source>
        <translation>Cuente el producto: el estante no cuadra con el sistema. Descarte solo si la mercancía no salió.</translation>
    </message>
    <message>
        <source>Count the product again and enter what you see; then discard this one.</source>
        <translation>Vuelva a contar el producto e introduzca lo que ve; después descarte esta.</translation>
    </message>
    <message>
        <source>Nothing left to do: discard it.</source>
        <translation>No queda nada por hacer: descártela.</translation>
    </message>
    <message>
        <source>Ask a manager; sign in again if the session ended.</source>
        <translation>Consulte a un encargado; inicie sesión de nuevo si la sesión terminó.</translation>
    </message>
    <message>
        <source>Retry; if it is refused again, ask a manager.</source>
        <translation>Reintente; si se rechaza otra vez, consulte a un encargado.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando envío</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>The sale happened: a user of this store signs in on this till, then Retry. Do not discard it.</source>
        <translation>La venta ocurrió: que un usuario de esta tienda inicie sesión en esta caja y pulse Reintentar. No la descarte.</translation>
    </message>
    <message>
        <source>The goods came back: a user of this store signs in on this till, then Retry. Do not discard it.</source>
        <translation>La mercancía volvió: que un usuario de esta tienda inicie sesión en esta caja y pulse Reintentar. No la descarte.</translation>
    </message>
    <message>
        <source>The sale happened: ask a manager to create the missing product on the server, then Retry. Do not discard it.</source>
        <translation>La venta ocurrió: pida a un encargado que cree el producto que falta en el servidor y pulse Reintentar. No la descarte.</translation>
    </message>
    <message>
        <source>The server has another ticket with this number: a manager compares it with the receipt, and discards this one only if it is the same sale.</source>
        <translation>El servidor tiene otro ticket con este número: un encargado lo compara con el recibo y descarta este solo si es la misma venta.</translation>
    </message>
    <message>
        <source>The server does not have the ticket yet: Retry once its sale has been synced.</source>
        <translation>El servidor aún no tiene el ticket: pulse Reintentar cuando su venta se haya sincronizado.</translation>
    </message>
    <message>
        <source>Those units had already come back (perhaps at another till): if the goods are here, a manager receives them; then discard this one.</source>
        <translation>Esas unidades ya se habían devuelto (quizá en otra caja): si la mercancía está aquí, un encargado la recibe; después descarte esta.</translation>
    </message>
    <message>
        <source>The sale happened: Retry; if it is refused again, ask a manager. Do not discard it.</source>
        <translation>La venta ocurrió: pulse Reintentar; si se vuelve a rechazar, avise a un encargado. No la descarte.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1, %n item(s), %2</source>
        <translation><numerusform>Ticket %1, %n artículo, %2</numerusform><numerusform>Ticket %1, %n artículos, %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Return %1 of ticket %2, %n item(s)</source>
        <translation><numerusform>Devolución %1 del ticket %2, %n artículo</numerusform><numerusform>Devolución %1 del ticket %2, %n artículos</numerusform></translation>
    </message>
    <message>
        <source>The transfer changed meanwhile (received or closed): check it in the Transfers tab, then discard this.</source>
        <translation>El traspaso cambió entretanto (recibido o cerrado): revíselo en la pestaña Traspasos y luego descarte esto.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt of transfer %1, %n item(s)</source>
        <translation><numerusform>Recepción del traspaso %1, %n artículo</numerusform><numerusform>Recepción del traspaso %1, %n artículos</numerusform></translation>
    </message>
    <message>
        <source>The count was applied or cancelled meanwhile: ask the manager whether to count again, then discard this.</source>
        <translation>El recuento se aplicó o canceló mientras tanto: pregunte al encargado si hay que volver a contar y descarte esto.</translation>
    </message>
    <message>
        <source>Count %1: entry</source>
        <translation>Recuento %1: entrada</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PendingPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Esperando sincronización</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%n)</source>
        <translation><numerusform>Esperando sincronización (%n)</numerusform><numerusform>Esperando sincronización (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention (%n)</source>
        <translation><numerusform>Requiere atención (%n)</numerusform><numerusform>Requieren atención (%n)</numerusform></translation>
    </message>
    <message>
        <source>The sync queue cannot be changed: %1</source>
        <translation>No se puede cambiar la cola de envío: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PosDialogs</name>
    <message>
        <source>Count not recorded</source>
        <translation>Recuento no registrado</translation>
    </message>
    <message>
        <source>Someone changed this stock while you were counting.
The server now has %1 units (version %2). Count again and enter what you see.</source>
        <translation>Alguien cambió este stock mientras contaba.
El servidor tiene ahora %1 unidades (versión %2). Vuelva a contar e introduzca lo que ve.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PosStatusBar</name>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>dependiente</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Reconectando…</translation>
    </message>
    <message>
        <source>● Catching up…</source>
        <translation>● Poniéndose al día…</translation>
    </message>
    <message>
        <source>Cache unreadable</source>
        <translation>Caché ilegible</translation>
    </message>
    <message numerus="yes">
        <source>%n to sync</source>
        <translation><numerusform>%n por sincronizar</numerusform><numerusform>%n por sincronizar</numerusform></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ProductSearchModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReceiptDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
    <message>
        <source>Could not print the receipt: %1</source>
        <translation>No se pudo imprimir el tique: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReceiptPrinter</name>
    <message>
        <source>the printer %1 cannot print now</source>
        <translation>la impresora %1 no puede imprimir ahora</translation>
    </message>
    <message>
        <source>Receipt sent to %1</source>
        <translation>Recibo enviado a %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReplenishmentDialog</name>
    <message>
        <source>&amp;Request transfers</source>
        <translation>&amp;Pedir traspasos</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Low stock and replenishment — %1</source>
        <translation>Bajo mínimos y reposición — %1</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Productos por debajo de su mínimo</translation>
    </message>
    <message>
        <source>Ask each store in "Take from" for the units in "Ask for" of the checked lines</source>
        <translation>Pide a cada tienda de «Tomar de» las unidades de «Pedir» de las líneas marcadas</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>No product of this store is below its minimum.</source>
        <translation>Ningún producto de esta tienda está por debajo de su mínimo.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below their minimum.</source>
        <translation><numerusform>%n producto por debajo de su mínimo.</numerusform><numerusform>%n productos por debajo de su mínimo.</numerusform></translation>
    </message>
    <message>
        <source>Could not read the low products: %1</source>
        <translation>No se pudieron leer los productos bajo mínimos: %1</translation>
    </message>
    <message>
        <source>The server could not be asked (%1): these are the low products this till knows of, without stores to take them from.</source>
        <translation>No se pudo consultar al servidor (%1): estos son los productos bajo mínimos que conoce esta caja, sin tiendas de las que tomarlos.</translation>
    </message>
    <message>
        <source>Could not request the transfers: %1</source>
        <translation>No se pudieron pedir los traspasos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) requested: %1</source>
        <translation><numerusform>%n traspaso pedido: %1</numerusform><numerusform>%n traspasos pedidos: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReplenishmentModel</name>
    <message>
        <source>Units on their way already bring it to its target</source>
        <translation>Las unidades en camino ya lo llevan a su objetivo</translation>
    </message>
    <message>
        <source>%1 shipped to this store, %2 requested and not shipped yet</source>
        <translation>%1 enviadas a esta tienda, %2 pedidas y aún sin enviar</translation>
    </message>
    <message>
        <source>No store has units to spare</source>
        <translation>Ninguna tienda tiene unidades de sobra</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>Tomar de</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Pedir</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReservationModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Reservation %1</source>
        <translation>Reserva %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Reservation %1: an offline sale took the units it held. Count the product, or ask a manager to resolve the stock discrepancy before the customer comes.</source>
        <translation>Reserva %1: una venta sin conexión se llevó las unidades que guardaba. Cuente el producto o pida a un encargado que resuelva el descuadre de stock antes de que llegue el cliente.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReservationsPanel</name>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Confirm sale (Ctrl+Enter)</source>
        <translation>Confirmar venta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel reservation (Ctrl+Del)</source>
        <translation>Cancelar reserva (Ctrl+Supr)</translation>
    </message>
    <message>
        <source>Show reservations</source>
        <translation>Mostrar reservas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>The reservation of %1 × %2 for %3 has expired</source>
        <translation>Ha caducado la reserva de %1 × %2 para %3</translation>
    </message>
    <message>
        <source>%1 × %2 for %3</source>
        <translation>%1 × %2 para %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Reservation sold: %1</source>
        <translation>Reserva vendida: %1</translation>
    </message>
    <message>
        <source>Reservation cancelled: %1</source>
        <translation>Reserva cancelada: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReturnDialog</name>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>scan the receipt or type the ticket number</source>
        <translation>escanee el recibo o escriba el número de ticket</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>No ticket %1.</source>
        <translation>No existe el ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 of %2, sold by %3. Enter the units coming back.</source>
        <translation>Ticket %1 de %2, vendido por %3. Introduzca las unidades que se devuelven.</translation>
    </message>
    <message>
        <source>Enter how many units come back on at least one line.</source>
        <translation>Indique cuántas unidades se devuelven en al menos una línea.</translation>
    </message>
    <message>
        <source>Return %1 of ticket %2 recorded</source>
        <translation>Devolución %1 del ticket %2 registrada</translation>
    </message>
    <message>
        <source>Ticket %1 as this till sold it (the server cannot be reached or does not have it yet): the return will be queued and synced. Enter the units coming back.</source>
        <translation>Ticket %1 tal como lo vendió esta caja (el servidor no está accesible o aún no lo tiene): la devolución quedará en cola y se sincronizará. Indique las unidades que se devuelven.</translation>
    </message>
    <message>
        <source>Return %1 of ticket %2 taken offline: it is queued and will sync</source>
        <translation>Devolución %1 del ticket %2 hecha sin conexión: está en cola y se sincronizará</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ReturnModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Devueltas antes</translation>
    </message>
    <message>
        <source>Returning now</source>
        <translation>Se devuelven ahora</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañadas</translation>
    </message>
</context>
<context>
    <name>inventory::ui::SalesByDayModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>inventory::ui::SearchPanel</name>
    <message>
        <source>Search by name, SKU or barcode (F2 or /)</source>
        <translation>Buscar por nombre, SKU o código de barras (F2 o /)</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Búsqueda de productos</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Ningún producto coincide con «%1».</translation>
    </message>
    <message>
        <source>This till's cache cannot be read: %1</source>
        <translation>No se puede leer la caché de esta caja: %1</translation>
    </message>
    <message>
        <source>No product with barcode %1.</source>
        <translation>No hay ningún producto con el código de barras %1.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Server(s), comma separated:</source>
        <translation>Servidor(es), separados por comas:</translation>
    </message>
    <message>
        <source>Language (at next start):</source>
        <translation>Idioma (al volver a abrir):</translation>
    </message>
    <message>
        <source>Font size (tablets: 14 or more):</source>
        <translation>Tamaño de letra (tabletas: 14 o más):</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>Impresora de tiques:</translation>
    </message>
    <message>
        <source>Save receipts as PDF in (no printer, or an archive):</source>
        <translation>Guardar los tiques en PDF en (sin impresora, o como archivo):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Lock an enrolled till after idle:</source>
        <translation>Bloquear una caja registrada tras inactividad de:</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ShrinkDialog</name>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Shrink: units lost by reason</source>
        <translation>Mermas: unidades perdidas por motivo</translation>
    </message>
    <message>
        <source>Units that left each store other than by a sale or a transfer, by month and reason.</source>
        <translation>Unidades que salieron de cada tienda sin ser una venta ni un traspaso, por mes y motivo.</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Tienda:</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;Desde el mes:</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>&amp;Hasta el mes:</translation>
    </message>
    <message>
        <source>Units lost by store, month and reason</source>
        <translation>Unidades perdidas por tienda, mes y motivo</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>No units left other than by a sale or a transfer in these months.</source>
        <translation>En estos meses no salió ninguna unidad salvo por ventas o traspasos.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) lost</source>
        <translation><numerusform>%n unidad perdida</numerusform><numerusform>%n unidades perdidas</numerusform></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>No se pudo leer el informe: %1</translation>
    </message>
    <message>
        <source>Export shrink report</source>
        <translation>Exportar informe de mermas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
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
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Total units</source>
        <translation>Total de unidades</translation>
    </message>
</context>
<context>
    <name>inventory::ui::StockMatrixModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID de producto</translation>
    </message>
    <message numerus="yes">
        <source>%1 available, %n more on the way by transfer</source>
        <translation><numerusform>%1 disponibles, %n más en camino por traspaso</numerusform><numerusform>%1 disponibles, %n más en camino por traspaso</numerusform></translation>
    </message>
    <message>
        <source>Reorder below %1, up to %2</source>
        <translation>Reponer por debajo de %1, hasta %2</translation>
    </message>
</context>
<context>
    <name>inventory::ui::StockOverTimeModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TicketListDialog</name>
    <message>
        <source>Today's tickets</source>
        <translation>Tickets de hoy</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Recibo…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) today</source>
        <translation><numerusform>%n ticket hoy</numerusform><numerusform>%n tickets hoy</numerusform></translation>
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
        <translation>Vendida</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
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
        <translation>Solo hay %1 disponibles aquí</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Available here</source>
        <translation>Disponibles aquí</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TicketPanel</name>
    <message>
        <source>Charge (F12)</source>
        <translation>Cobrar (F12)</translation>
    </message>
    <message>
        <source>Clear ticket</source>
        <translation>Vaciar ticket</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>Quitar línea (Supr)</translation>
    </message>
    <message>
        <source>Lines of the ticket</source>
        <translation>Líneas del ticket</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · %1</source>
        <translation><numerusform>%n artículo · %1</numerusform><numerusform>%n artículos · %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sold: %n line(s) lack stock (marked in red).</source>
        <translation><numerusform>No se vendió nada: a %n línea le falta stock (marcada en rojo).</numerusform><numerusform>No se vendió nada: a %n líneas les falta stock (marcadas en rojo).</numerusform></translation>
    </message>
    <message>
        <source>Not charged: %1</source>
        <translation>No cobrado: %1</translation>
    </message>
    <message>
        <source>Ticket %1 charged: %2</source>
        <translation>Ticket %1 cobrado: %2</translation>
    </message>
    <message>
        <source>Ticket %1 charged offline: %2. It is queued and will sync when the server can be reached.</source>
        <translation>Ticket %1 cobrado sin conexión: %2. Está en cola y se sincronizará cuando se pueda conectar con el servidor.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TillLock</name>
    <message>
        <source>&amp;Lock the till</source>
        <translation>&amp;Bloquear la caja</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TillsDialog</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke till</source>
        <translation>Revocar caja</translation>
    </message>
    <message>
        <source>Tills</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The tills could not be read: %1</source>
        <translation>No se pudieron leer las cajas: %1</translation>
    </message>
    <message>
        <source>No till is enrolled yet.</source>
        <translation>Aún no hay ninguna caja registrada.</translation>
    </message>
    <message>
        <source>Revoke till %1 (%2)? Its sign-ins stop at once and what it still has queued is refused until it is enrolled again.</source>
        <translation>¿Revocar la caja %1 (%2)? Sus inicios de sesión se detienen al momento y lo que aún tenga en cola se rechaza hasta que se registre de nuevo.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>No se ha revocado: %1</translation>
    </message>
    <message>
        <source>Till %1 is revoked.</source>
        <translation>La caja %1 está revocada.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TillsModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Enrolled by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferDialogs</name>
    <message numerus="yes">
        <source>Transfer %1 shipped to %2: %n unit(s) on their way</source>
        <translation><numerusform>Traspaso %1 enviado a %2: %n unidad en camino</numerusform><numerusform>Traspaso %1 enviado a %2: %n unidades en camino</numerusform></translation>
    </message>
    <message>
        <source>Transfer %1 is on its way. Print the slip and put it in the box: the other store scans it to receive.</source>
        <translation>El traspaso %1 está en camino. Imprima el albarán y métalo en la caja: la otra tienda lo escanea para recibir.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferListModel</name>
    <message>
        <source>Requested</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Recibido en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message numerus="yes">
        <source>Partly received, %n to come</source>
        <translation><numerusform>Recibido en parte, falta %n</numerusform><numerusform>Recibido en parte, faltan %n</numerusform></translation>
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
        <translation>← Entra</translation>
    </message>
    <message>
        <source>Out →</source>
        <translation>Sale →</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Traspaso %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Other store</source>
        <translation>Otra tienda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferPickModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Pedidas</translation>
    </message>
    <message>
        <source>Available here</source>
        <translation>Disponibles aquí</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Preparadas</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferReceiveDialog</name>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>Receive a transfer</source>
        <translation>Recibir un traspaso</translation>
    </message>
    <message>
        <source>scan the slip's QR code or type the transfer number</source>
        <translation>escanee el QR del albarán o escriba el número de traspaso</translation>
    </message>
    <message>
        <source>Transfer number</source>
        <translation>Número de traspaso</translation>
    </message>
    <message>
        <source>scan each product as you unpack it</source>
        <translation>escanee cada producto al desembalarlo</translation>
    </message>
    <message>
        <source>Scan a product to count it received</source>
        <translation>Escanee un producto para contarlo como recibido</translation>
    </message>
    <message>
        <source>&amp;Slip:</source>
        <translation>&amp;Albarán:</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>Es&amp;canear:</translation>
    </message>
    <message>
        <source>Scan the transfer slip that came with the goods.</source>
        <translation>Escanee el albarán del traspaso que vino con la mercancía.</translation>
    </message>
    <message>
        <source>Transfer %1 is not in this till's list and the server cannot be reached now: try again when the till is online.</source>
        <translation>El traspaso %1 no está en la lista de esta caja y el servidor no responde ahora: inténtelo cuando la caja tenga conexión.</translation>
    </message>
    <message>
        <source>Looking up transfer %1…</source>
        <translation>Buscando el traspaso %1…</translation>
    </message>
    <message>
        <source>There is no transfer %1.</source>
        <translation>No existe el traspaso %1.</translation>
    </message>
    <message>
        <source>Transfer %1 cannot be read: %2</source>
        <translation>No se puede leer el traspaso %1: %2</translation>
    </message>
    <message>
        <source>Transfer %1 goes to %2, not to this store.</source>
        <translation>El traspaso %1 va a %2, no a esta tienda.</translation>
    </message>
    <message>
        <source>Transfer %1 is %2: nothing is on its way.</source>
        <translation>El traspaso %1 está %2: no hay nada en camino.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfer %1&lt;/b&gt; from %2</source>
        <translation>&lt;b&gt;Traspaso %1&lt;/b&gt; de %2</translation>
    </message>
    <message>
        <source>The server cannot be reached: the receipt will be queued and sent when it is back. </source>
        <translation>El servidor no responde: la recepción quedará en cola y se enviará cuando vuelva. </translation>
    </message>
    <message numerus="yes">
        <source>Scan each product as you unpack it, or type the units on its line. %n unit(s) on their way.</source>
        <translation><numerusform>Escanee cada producto al desembalarlo, o escriba las unidades en su línea. %n unidad en camino.</numerusform><numerusform>Escanee cada producto al desembalarlo, o escriba las unidades en su línea. %n unidades en camino.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not counted stay on their way: a manager closes the transfer if they do not come.</source>
        <translation><numerusform>%n unidad sin contar sigue en camino: un encargado cierra el traspaso si no llega.</numerusform><numerusform>%n unidades sin contar siguen en camino: un encargado cierra el traspaso si no llegan.</numerusform></translation>
    </message>
    <message>
        <source>Everything on its way is counted.</source>
        <translation>Todo lo que venía está contado.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>Ningún producto tiene el código %1.</translation>
    </message>
    <message>
        <source>Scan the transfer slip first.</source>
        <translation>Escanee primero el albarán del traspaso.</translation>
    </message>
    <message>
        <source>%1 is not in this transfer.</source>
        <translation>%1 no está en este traspaso.</translation>
    </message>
    <message>
        <source>%1: every unit on its way is counted already.</source>
        <translation>%1: ya están contadas todas las unidades en camino.</translation>
    </message>
    <message>
        <source>Count at least one unit received or damaged.</source>
        <translation>Cuente al menos una unidad recibida o dañada.</translation>
    </message>
    <message>
        <source>Not received: %1</source>
        <translation>No recibido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Receipt of transfer %1 queued, will sync: %n unit(s) received.</source>
        <translation><numerusform>Recepción del traspaso %1 en cola, se sincronizará: %n unidad recibida.</numerusform><numerusform>Recepción del traspaso %1 en cola, se sincronizará: %n unidades recibidas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1: %n unit(s) received.</source>
        <translation><numerusform>Traspaso %1: %n unidad recibida.</numerusform><numerusform>Traspaso %1: %n unidades recibidas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged.</source>
        <translation><numerusform>%n dañada.</numerusform><numerusform>%n dañadas.</numerusform></translation>
    </message>
    <message>
        <source>The rest is still on its way.</source>
        <translation>El resto sigue en camino.</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferReceiveModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañadas</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferRequestDialog</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Pedir</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Pedir un traspaso</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;from %2 to this store</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;de %2 a esta tienda</translation>
    </message>
    <message>
        <source>Available there now: %1</source>
        <translation>Disponibles allí ahora: %1</translation>
    </message>
    <message>
        <source>Units to ask for</source>
        <translation>Unidades a pedir</translation>
    </message>
    <message>
        <source>optional, e.g. a customer is waiting</source>
        <translation>opcional, p. ej. un cliente espera</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A transfer request needs the server, which cannot be reached now. Try again when the till is online.</source>
        <translation>Pedir un traspaso necesita el servidor, que ahora no responde. Inténtelo cuando la caja tenga conexión.</translation>
    </message>
    <message>
        <source>The transfer was not requested: %1</source>
        <translation>No se pidió el traspaso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 requested: %n unit(s) of %2 from %3</source>
        <translation><numerusform>Traspaso %1 pedido: %n unidad de %2 a %3</numerusform><numerusform>Traspaso %1 pedido: %n unidades de %2 a %3</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferRequester</name>
    <message>
        <source>Request &amp;transfer…</source>
        <translation>Pedir &amp;traspaso…</translation>
    </message>
    <message>
        <source>Request transfer… (Ctrl+Shift+T)</source>
        <translation>Pedir traspaso… (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <source>Ask the selected store to send units of this product here</source>
        <translation>Pedir a la tienda seleccionada que envíe unidades de este producto aquí</translation>
    </message>
    <message>
        <source>Select another store's row to ask it for units.</source>
        <translation>Seleccione la fila de otra tienda para pedirle unidades.</translation>
    </message>
    <message>
        <source>This is your store: select another one to ask it for units.</source>
        <translation>Esta es su tienda: seleccione otra para pedirle unidades.</translation>
    </message>
    <message>
        <source>%1 has none available.</source>
        <translation>%1 no tiene disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can send up to %n unit(s).</source>
        <translation><numerusform>%1 puede enviar hasta %n unidad.</numerusform><numerusform>%1 puede enviar hasta %n unidades.</numerusform></translation>
    </message>
    <message>
        <source>Select another store's row in Availability first</source>
        <translation>Seleccione antes la fila de otra tienda en Disponibilidad</translation>
    </message>
    <message>
        <source>%1 has no units of this product available</source>
        <translation>%1 no tiene unidades disponibles de este producto</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferShipDialog</name>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Ship transfer %1</source>
        <translation>Enviar el traspaso %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;A %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %1&lt;/b&gt; · “%2”</source>
        <translation>&lt;b&gt;A %1&lt;/b&gt; · «%2»</translation>
    </message>
    <message>
        <source>scan each product's barcode, or type its SKU</source>
        <translation>escanee el código de barras de cada producto, o escriba su SKU</translation>
    </message>
    <message>
        <source>Scan a product to pick it</source>
        <translation>Escanee un producto para prepararlo</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>Es&amp;canear:</translation>
    </message>
    <message numerus="yes">
        <source>Scan each unit as you take it from the shelf (or type the units on its line). %n unit(s) asked for.</source>
        <translation><numerusform>Escanee cada unidad al sacarla de la estantería (o escriba las unidades en su línea). %n unidad pedida.</numerusform><numerusform>Escanee cada unidad al sacarla de la estantería (o escriba las unidades en su línea). %n unidades pedidas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) picked: what is not picked is not sent.</source>
        <translation><numerusform>%1 de %n unidad preparadas: lo que no se prepara no se envía.</numerusform><numerusform>%1 de %n unidades preparadas: lo que no se prepara no se envía.</numerusform></translation>
    </message>
    <message>
        <source>Everything asked for is picked: ship it.</source>
        <translation>Todo lo pedido está preparado: envíelo.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>Ningún producto tiene el código %1.</translation>
    </message>
    <message>
        <source>%1 is not in this transfer: leave it out.</source>
        <translation>%1 no está en este traspaso: déjelo fuera.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n unit(s) asked for are picked already.</source>
        <translation><numerusform>%1: la unidad pedida ya está preparada.</numerusform><numerusform>%1: las %n unidades pedidas ya están preparadas.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked.</source>
        <translation>%1: %2 de %3 preparadas.</translation>
    </message>
    <message>
        <source>%1: %2 available here, %3 picked</source>
        <translation>%1: %2 disponibles aquí, %3 preparadas</translation>
    </message>
    <message>
        <source>Pick at least one unit first.</source>
        <translation>Prepare antes al menos una unidad.</translation>
    </message>
    <message>
        <source>Shipping needs the server, which cannot be reached now. The goods stay on the shelf until the till is online.</source>
        <translation>Enviar necesita el servidor, que ahora no responde. La mercancía se queda en la estantería hasta que la caja tenga conexión.</translation>
    </message>
    <message>
        <source>Shipping…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not enough available here: %1. Nothing was shipped.</source>
        <translation>No hay suficiente disponible aquí: %1. No se envió nada.</translation>
    </message>
    <message>
        <source>Not shipped: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferSlip</name>
    <message>
        <source>TRANSFER SLIP</source>
        <translation>ALBARÁN DE TRASPASO</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Shipped %1 by %2</source>
        <translation>Enviado el %1 por %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in all</source>
        <translation><numerusform>%n unidad en total</numerusform><numerusform>%n unidades en total</numerusform></translation>
    </message>
    <message>
        <source>Scan this code at %1 to receive the goods.</source>
        <translation>Escanee este código en %1 para recibir la mercancía.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Transfer slip %1</source>
        <translation>Albarán de traspaso %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferSlipDialog</name>
    <message>
        <source>&amp;Print transfer slip</source>
        <translation>&amp;Imprimir albarán</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Could not print the transfer slip: %1</source>
        <translation>No se pudo imprimir el albarán: %1</translation>
    </message>
    <message>
        <source>Save the transfer slip</source>
        <translation>Guardar el albarán</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Transfer slip saved to %1</source>
        <translation>Albarán guardado en %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransferSlipPrinter</name>
    <message>
        <source>the printer %1 cannot print now</source>
        <translation>la impresora %1 no puede imprimir ahora</translation>
    </message>
    <message>
        <source>Transfer slip sent to %1</source>
        <translation>Albarán enviado a %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Transfer slip saved to %1</source>
        <translation>Albarán guardado en %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::TransfersPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Receive &amp;by slip…</source>
        <translation>Recibir &amp;por albarán…</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>Reci&amp;bir…</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>Ce&amp;rrar…</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Cance&amp;lar…</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir albarán…</translation>
    </message>
    <message>
        <source>Close a transfer</source>
        <translation>Cerrar un traspaso</translation>
    </message>
    <message>
        <source>Cancel a transfer</source>
        <translation>Cancelar un traspaso</translation>
    </message>
    <message>
        <source>Transfers of this store, in and out</source>
        <translation>Traspasos de esta tienda, de entrada y de salida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <source>Scan the slip that came with a box to receive its goods</source>
        <translation>Escanee el albarán que vino con una caja para recibir su mercancía</translation>
    </message>
    <message>
        <source>Pick and send the units of a transfer this store was asked for</source>
        <translation>Preparar y enviar las unidades de un traspaso que pidieron a esta tienda</translation>
    </message>
    <message>
        <source>Count what arrived of a transfer to this store</source>
        <translation>Contar lo que llegó de un traspaso a esta tienda</translation>
    </message>
    <message>
        <source>Managers: end a transfer still on its way; the units that did not arrive are recorded as lost</source>
        <translation>Encargados: terminar un traspaso aún en camino; las unidades que no llegaron se registran como perdidas</translation>
    </message>
    <message>
        <source>Cancel a transfer not shipped yet</source>
        <translation>Cancelar un traspaso aún no enviado</translation>
    </message>
    <message>
        <source>Print the slip of a shipped transfer again</source>
        <translation>Volver a imprimir el albarán de un traspaso enviado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The transfers cannot be read: %1</source>
        <translation>No se pueden leer los traspasos: %1</translation>
    </message>
    <message>
        <source>%1 · from %2 to %3 · %4 · asked by %5</source>
        <translation>%1 · de %2 a %3 · %4 · pedido por %5</translation>
    </message>
    <message>
        <source>No transfers to show.</source>
        <translation>No hay traspasos que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s).</source>
        <translation><numerusform>%n traspaso.</numerusform><numerusform>%n traspasos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Close transfer %1 from %2? The %n unit(s) still on their way will be recorded as lost.
Why did they not arrive?</source>
        <translation><numerusform>¿Cerrar el traspaso %1 de %2? La unidad aún en camino se registrará como perdida.
¿Por qué no llegó?</numerusform><numerusform>¿Cerrar el traspaso %1 de %2? Las %n unidades aún en camino se registrarán como perdidas.
¿Por qué no llegaron?</numerusform></translation>
    </message>
    <message>
        <source>Not closed: say in the note why the units did not arrive.</source>
        <translation>No se cerró: indique en la nota por qué no llegaron las unidades.</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 closed: %n unit(s) recorded as lost</source>
        <translation><numerusform>Traspaso %1 cerrado: %n unidad registrada como perdida</numerusform><numerusform>Traspaso %1 cerrado: %n unidades registradas como perdidas</numerusform></translation>
    </message>
    <message>
        <source>Cancel transfer %1 (%2 from %3 to %4)? Nothing has been shipped yet.</source>
        <translation>¿Cancelar el traspaso %1 (%2 de %3 a %4)? Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled</source>
        <translation>Traspaso %1 cancelado</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
</context>
<context>
    <name>inventory::ui::WriteOffDialog</name>
    <message>
        <source>Write off units</source>
        <translation>Dar de baja unidades</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n unit(s) on the shelf here</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n unidad en la estantería aquí</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n unidades en la estantería aquí</numerusform></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>optional, e.g. box crushed in the store room</source>
        <translation>opcional, p. ej. caja aplastada en el almacén</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>Dar de &amp;baja</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point-of-sale client of the inventory system.</source>
        <translation>Cliente de punto de venta del sistema de inventario.</translation>
    </message>
    <message>
        <source>Server URL(s), comma separated.</source>
        <translation>URL del servidor (o varias, separadas por comas).</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Iniciar sesión con este usuario.</translation>
    </message>
    <message>
        <source>Password for --user.</source>
        <translation>Contraseña de --user.</translation>
    </message>
    <message>
        <source>Folder for the local cache and queue.</source>
        <translation>Carpeta de la caché local y de la cola.</translation>
    </message>
    <message>
        <source>Language: es or en.</source>
        <translation>Idioma: es o en.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Store for this terminal:</source>
        <translation>Tienda de este terminal:</translation>
    </message>
    <message>
        <source>Offline: using the saved session until %1</source>
        <translation>Sin conexión: se usa la sesión guardada hasta %1</translation>
    </message>
    <message>
        <source>Wrong user or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
</context>
</TS>