<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
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
        <source>the server cannot be reached and there is no valid saved session</source>
        <translation>no se puede contactar con el servidor y no hay una sesión guardada válida</translation>
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
  watch                          mostrar los cambios en directo
Código de salida: 0 hecho, 1 rechazado, 2 uso incorrecto, 3 sin autenticación, 10 en cola sin conexión.</translation>
    </message>
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
        <source>unknown product '%1'</source>
        <translation>producto desconocido «%1»</translation>
    </message>
    <message>
        <source>QTY must be a whole number of units</source>
        <translation>CANT debe ser un número entero de unidades</translation>
    </message>
    <message>
        <source>no store: give --store</source>
        <translation>sin tienda: indique --store</translation>
    </message>
    <message>
        <source>cannot queue the operation: %1</source>
        <translation>no se puede poner la operación en cola: %1</translation>
    </message>
    <message numerus="yes">
        <source>offline — queued, will sync later (%n pending)</source>
        <translation><numerusform>sin conexión — en cola, se sincronizará después (%n pendiente)</numerusform><numerusform>sin conexión — en cola, se sincronizará después (%n pendientes)</numerusform></translation>
    </message>
    <message>
        <source>rejected by the server: %1</source>
        <translation>rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>done: %1 at %2 — quantity %3, available %4 (version %5)</source>
        <translation>hecho: %1 en %2 — cantidad %3, disponible %4 (versión %5)</translation>
    </message>
    <message>
        <source>done: reservation %1 is %2</source>
        <translation>hecho: la reserva %1 está %2</translation>
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
        <source>synced: up to event %1, %2 queued, %3 rejected</source>
        <translation>sincronizado: hasta el evento %1, %2 en cola, %3 rechazadas</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>no se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>queued, but the profile cannot be read: %1</source>
        <translation>en cola, pero no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>sent, but the profile cannot be read: %1</source>
        <translation>enviado, pero no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>done, but the profile cannot be read: %1</source>
        <translation>hecho, pero no se puede leer el perfil: %1</translation>
    </message>
    <message>
        <source>synced, but the profile cannot be read</source>
        <translation>sincronizado, pero no se puede leer el perfil</translation>
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
        <source>unknown product '%1'</source>
        <translation>producto desconocido «%1»</translation>
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
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>%1  #%2 %3 %4 %5 → quantity %6, available %7</source>
        <translation>%1  #%2 %3 %4 %5 → cantidad %6, disponible %7</translation>
    </message>
</context>
<context>
    <name>inventory::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Secuencia</translation>
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
</context>
<context>
    <name>inventory::ui::CounterPanel</name>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Customer (for reservations)</source>
        <translation>Cliente (para reservas)</translation>
    </message>
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
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>&amp;Reservar durante:</translation>
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
        <source>At %1: %2 in stock, %3 reserved, %4 available (version %5)</source>
        <translation>En %1: %2 en stock, %3 reservadas, %4 disponibles (versión %5)</translation>
    </message>
    <message>
        <source>Reservations need the server; this terminal is offline.</source>
        <translation>Las reservas necesitan el servidor; este terminal está sin conexión.</translation>
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
        <source>Counted %1: %2 (at version %3)</source>
        <translation>Contado %1: %2 (en la versión %3)</translation>
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
    <name>inventory::ui::MainWindow</name>
    <message>
        <source>Inventory POS — %1 at %2</source>
        <translation>TPV de inventario — %1 en %2</translation>
    </message>
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
        <source>Availability in every store</source>
        <translation>Disponibilidad en cada tienda</translation>
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
        <source>&amp;Pending</source>
        <translation>&amp;Pendientes</translation>
    </message>
    <message>
        <source>Live activity</source>
        <translation>Actividad en directo</translation>
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
        <source>Count not recorded</source>
        <translation>Recuento no registrado</translation>
    </message>
    <message>
        <source>Someone changed this stock while you were counting.
The server now has %1 units (version %2). Count again and enter what you see.</source>
        <translation>Alguien cambió este stock mientras contaba.
El servidor tiene ahora %1 unidades (versión %2). Vuelva a contar e introduzca lo que ve.</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
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
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n pendiente</numerusform><numerusform>%n pendientes</numerusform></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Seq %1</source>
        <translation>Secuencia %1</translation>
    </message>
    <message>
        <source>Only this store (%1)</source>
        <translation>Solo esta tienda (%1)</translation>
    </message>
    <message>
        <source>This till's cache cannot be read: %1</source>
        <translation>No se puede leer la caché de esta caja: %1</translation>
    </message>
    <message>
        <source>Cache unreadable</source>
        <translation>Caché ilegible</translation>
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
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
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
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Server's reason</source>
        <translation>Motivo del servidor</translation>
    </message>
</context>
<context>
    <name>inventory::ui::PendingPanel</name>
    <message>
        <source>Pending operations</source>
        <translation>Operaciones pendientes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
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
        <source>Reservation of %1 confirmed</source>
        <translation>Reserva de %1 confirmada</translation>
    </message>
    <message>
        <source>Reservation of %1 cancelled</source>
        <translation>Reserva de %1 cancelada</translation>
    </message>
    <message>
        <source>Show reservations</source>
        <translation>Mostrar reservas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
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
</context>
<context>
    <name>inventory::ui::StockMatrixModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
</context>
</TS>