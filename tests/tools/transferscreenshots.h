#pragma once

#include <QString>
#include <functional>

class QUrl;
class QWidget;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {
class MainWindow;
}

namespace inventory::tools {

// Signs session in to server as user (password "demo"), waiting up to 10 s.
bool signInForShots(ClientSession &session, const QUrl &server, const QString &user);

// Madrid (the manager's window) asks Barcelona for a product from its Availability row; a
// second till signed in at Barcelona ships it (a scan, the pick list, the slip); Madrid's
// Transfers tab and its receive dialog with a slip scanned.
void shootTransfers(ui::MainWindow &window, const QUrl &server,
                    const std::function<void(QWidget &, QString)> &save,
                    const std::function<void(const char *)> &fail);

} // namespace inventory::tools
