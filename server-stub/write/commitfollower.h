#pragma once

#include "core/protocol/event.h"

#include <QObject>

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class ExpiryScheduler;
class FeedHub;
class Metrics;

// Keeps the read model and the feed in step with the event log: this instance's commits as
// the writer reports them, and (PostgreSQL) other instances' as their NOTIFY arrives, read
// from the log in seq order so nothing is skipped or applied twice.
class CommitFollower : public QObject
{
    Q_OBJECT

public:
    CommitFollower(DbConnection &readDb, ReadModel &model, FeedHub &feed, ExpiryScheduler &expiry,
                   Metrics &metrics, QObject *parent = nullptr);

    // The writer's committed batch.
    void onCommitted(const QList<Event> &events);
    // Reads the log past what the read model has (other instances' commits) and applies it.
    void catchUp();
    // LISTEN on the read connection for other instances' commits (PostgreSQL only).
    void listenForOtherInstances();
    // SELECT 1 on the read connection, reconnecting (and listening again) if it broke.
    bool readConnectionHealthy();

private:
    void publish(const QList<Event> &events);

    DbConnection &m_readDb;
    ReadModel &m_model;
    FeedHub &m_feed;
    ExpiryScheduler &m_expiry;
    Metrics &m_metrics;
};

} // namespace inventory::server
