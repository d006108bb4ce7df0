#include "server-stub/write/commitfollower.h"

#include "core/engine/readmodel.h"
#include "core/engine/tables/eventlog.h"
#include "core/storage/dbconnection.h"
#include "server-stub/feed/feedhub.h"
#include "server-stub/metrics.h"
#include "server-stub/serverlog.h"
#include "server-stub/write/expiryscheduler.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory::server {

CommitFollower::CommitFollower(DbConnection &readDb, ReadModel &model, FeedHub &feed,
                               ExpiryScheduler &expiry, Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_readDb(readDb)
    , m_model(model)
    , m_feed(feed)
    , m_expiry(expiry)
    , m_metrics(metrics)
{
}

void CommitFollower::onCommitted(const QList<Event> &events)
{
    // Contiguous with what we have: apply as is. Otherwise another instance committed in
    // between (PostgreSQL): read the log so nothing is skipped and everything stays in order.
    if (events.first().seq == m_model.lastSeq() + 1)
        publish(events);
    else
        catchUp();
}

void CommitFollower::publish(const QList<Event> &events)
{
    const qint64 before = m_model.lastSeq();
    m_model.applyAll(events);
    if (m_model.lastSeq() == before)
        return;
    m_metrics.addEvents(events.size());
    m_feed.publish(events);
    m_expiry.rearm();
}

void CommitFollower::catchUp()
{
    for (int round = 0; round < 1000; ++round) {
        auto events = EventLog(m_readDb).since(m_model.lastSeq(), 1000);
        if (!events) {
            qCWarning(lcServer) << "cannot read the event log:" << events.error().message();
            return;
        }
        if (events->isEmpty())
            return;
        publish(events.value());
    }
}

bool CommitFollower::readConnectionHealthy()
{
    // The answer is read to its end. On PostgreSQL, QSqlQuery::finish() (Qt 6.4) leaves the
    // rest of a forward-only result on the connection, which keeps it busy: the other
    // instances' notifications then waited unread behind it, and this instance's feed missed
    // their events until its next query.
    auto ping = [this] {
        auto ran = m_readDb.run(u"SELECT 1"_s);
        if (!ran)
            return false;
        while (ran.value()->next()) { }
        return m_readDb.endOfRows(*ran.value()).ok();
    };
    if (ping())
        return true;
    if (!m_readDb.reconnect())
        return false;
    listenForOtherInstances();
    catchUp();
    return ping();
}

void CommitFollower::listenForOtherInstances()
{
    if (m_readDb.dialect().kind() != SqlDialect::Kind::Postgres)
        return;
    QSqlDriver *driver = m_readDb.database().driver();
    const QString channel = QLatin1StringView(SqlDialect::EventChannel);
    if (!driver->subscribedToNotifications().contains(channel)
        && !driver->subscribeToNotification(channel))
        qCWarning(lcServer) << "cannot LISTEN for other instances' events";
    connect(driver, &QSqlDriver::notification, this, &CommitFollower::catchUp,
            Qt::UniqueConnection);
}

} // namespace inventory::server
