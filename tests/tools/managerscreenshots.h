#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {
class MainWindow;
}

namespace inventory::tools {

// The manager's window opens a count of a category, counts it (scans and the pad), and shows
// the counting screen and the review; `save` names and writes a shot, `fail` ends the tool.
void shootCounts(ui::MainWindow &window, const std::function<void(QWidget &, QString)> &save,
                 const std::function<void(const char *)> &fail);
// The Dashboard, on its own at a size its charts can be read at.
void shootDashboard(ClientSession &session, const std::function<void(QWidget &, QString)> &save,
                    const std::function<void(const char *)> &fail);
// Reports → Day report of today.
void shootDayReport(ui::MainWindow &window, const std::function<void(QWidget &, QString)> &save,
                    const std::function<void(const char *)> &fail);

// The till enrolled, PINs set for the manager and Madrid's clerk, and the window locked.
void shootLock(ui::MainWindow &window, ClientSession &session,
               const std::function<void(QWidget &, QString)> &save,
               const std::function<void(const char *)> &fail);

} // namespace inventory::tools
