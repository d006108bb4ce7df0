#include "ui/window/posstatusbar.h"

#include "core/client/clientsession.h"
#include "core/client/text/localetext.h"
#include "ui/uilog.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace inventory::ui {

PosStatusBar::PosStatusBar(ClientSession &session, QStatusBar *bar, QWidget *lowStock)
    : QObject(bar)
    , m_session(session)
    , m_signedIn(new QLabel(bar))
    , m_connection(new QLabel(bar))
    , m_pendingCount(new QLabel(bar))
    , m_lastSync(new QLabel(bar))
{
    m_signedIn->setObjectName(u"signedIn"_s);
    m_connection->setObjectName(u"connectionStatus"_s);
    m_pendingCount->setObjectName(u"pendingStatus"_s);
    bar->addWidget(m_signedIn);
    bar->addPermanentWidget(lowStock);
    for (QLabel *l : { m_connection, m_pendingCount, m_lastSync })
        bar->addPermanentWidget(l);
}

void PosStatusBar::showIdentity(const QString &storeShort, const QString &storeName)
{
    const QString role = m_session.user().role == Role::Admin ? tr("administrator")
        : m_session.user().role == Role::Manager              ? tr("manager")
                                                              : tr("clerk");
    m_signedIn->setText(tr("%1 (%2) · %3").arg(m_session.user().id, role, storeShort));
    m_signedIn->setToolTip(storeName);
}

void PosStatusBar::refresh()
{
    const SyncEngine::State state = m_session.sync().state();
    const QString text = state == SyncEngine::State::Live ? tr("● Online")
        : state == SyncEngine::State::Offline             ? tr("● Offline")
        : state == SyncEngine::State::Connecting          ? tr("● Reconnecting…")
                                                          : tr("● Catching up…");
    m_connection->setText(text);
    m_connection->setStyleSheet(state == SyncEngine::State::Live          ? u"color:#0f5132"_s
                                    : state == SyncEngine::State::Offline ? u"color:#842029"_s
                                                                          : u"color:#664d03"_s);
    LocalCache &cache = m_session.cache();
    const auto pending = cache.queuedCount();
    const auto lastSync = cache.meta(u"lastSyncMs"_s);
    if (!pending || !lastSync) {
        m_pendingCount->setText(tr("Cache unreadable"));
        qCWarning(lcUi) << "cannot read the till's cache for the status bar";
        return;
    }
    m_pendingCount->setText(tr("%n to sync", nullptr, pending.value()));
    const qint64 last = lastSync->toLongLong();
    m_lastSync->setText(last ? tr("Last sync %1").arg(LocaleText::time(last)) : tr("Never synced"));
}

} // namespace inventory::ui
