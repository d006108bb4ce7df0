#pragma once

#include <QJsonObject>
#include <QString>

namespace inventory {

// One clerk action waiting in a terminal's queue (or rejected by the server and kept
// visible with the server's reason until the clerk dismisses or retries it).
struct PendingOperation
{
    enum class State { Queued, Rejected };

    qint64 seq = 0;
    QString key; // the idempotency key the server sees
    QString kind; // stock | reserve | confirm | cancel (API.md batch push kinds)
    QJsonObject body;
    QString productId;
    QString storeId;
    qint64 delta = 0; // its optimistic effect on the shown quantity while queued
    State state = State::Queued;
    int status = 0;
    QJsonObject result;
    qint64 createdAtMs = 0;
    // Who made it, and at which enrolled till (empty elsewhere): an enrolled till pushes it on
    // its secret, as that person's (API.md "Terminals and staff").
    QString actor;
    QString deviceId;

    QString reason() const;
    // As sent in POST /sync/push.
    QJsonObject toPushJson() const;
    QJsonObject toJson() const;
    friend bool operator==(const PendingOperation &, const PendingOperation &) = default;
};

} // namespace inventory

Q_DECLARE_METATYPE(inventory::PendingOperation)
