#include "ui/tills/tillstart.h"

#include "core/client/clientsession.h"
#include "ui/tills/enroltilldialog.h"
#include "ui/tills/tilllock.h"
#include "ui/window/mainwindow.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace inventory::ui {

std::unique_ptr<ClientSession> TillStart::resume(const QString &servers)
{
    const QString profile = EnrolTillDialog::tillProfile();
    if (profile.isEmpty() || !QFileInfo::exists(profile))
        return nullptr;
    auto session = std::make_unique<ClientSession>(profile);
    QList<QUrl> urls;
    const QString configured = servers.isEmpty() ? EnrolTillDialog::tillServers() : servers;
    for (const QString &s : configured.split(u',', Qt::SkipEmptyParts))
        urls << QUrl::fromUserInput(s.trimmed());
    if (!session->open() || !session->resumeTill(urls))
        return nullptr;
    return session;
}

std::unique_ptr<MainWindow> TillStart::openLocked(ClientSession &session)
{
    auto window = std::make_unique<MainWindow>(session);
    window->tillLock()->lock();
    return window;
}

} // namespace inventory::ui
