#pragma once

#include "core/domain/timestamp.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace inventory {

// One change of a product's stock at one store, as GET /products/{id}/history lists it
// (API.md "Movement history"): what happened, why, by whom, and the row it left. Not named
// Movement: the engine has its own (core/engine/history), and the test programs link both.
struct StockMovement
{
    qint64 seq = 0;
    qint64 atMs = 0; // the server's time of the change
    QString type; // an event type: stock.adjusted, ticket.sold, transfer.received…
    QString storeId;
    qint64 delta = 0; // the change of quantity
    qint64 quantityAfter = 0;
    qint64 reservedAfter = 0;
    qint64 incomingAfter = 0;
    QString reason; // a reason code: sale, received, damage…
    QString note;
    QString actor;
    QString device;
    QString ticketId;
    QString transferId;
    std::optional<qint64> clientTimeMs; // the till's clock, for a change made offline

    // nullopt for an entry without a sequence number, a type or a readable time: a page that
    // holds one is not a page of history, and is never shown as one.
    static std::optional<StockMovement> fromJson(const QJsonObject &o)
    {
        using namespace Qt::StringLiterals;
        StockMovement m;
        m.seq = o.value(u"seq"_s).toInteger(-1);
        m.type = o.value(u"type"_s).toString();
        const auto at = timestamp::parse(o.value(u"at"_s).toString());
        if (m.seq < 0 || m.type.isEmpty() || !at)
            return std::nullopt;
        m.atMs = *at;
        m.storeId = o.value(u"storeId"_s).toString();
        m.delta = o.value(u"delta"_s).toInteger();
        m.quantityAfter = o.value(u"quantityAfter"_s).toInteger();
        m.reservedAfter = o.value(u"reservedAfter"_s).toInteger();
        m.incomingAfter = o.value(u"incomingAfter"_s).toInteger();
        m.reason = o.value(u"reason"_s).toString();
        m.note = o.value(u"note"_s).toString();
        m.actor = o.value(u"actor"_s).toString();
        m.device = o.value(u"device"_s).toString();
        m.ticketId = o.value(u"ticketId"_s).toString();
        m.transferId = o.value(u"transferId"_s).toString();
        // Optional and sent empty when the change was made online.
        if (const QString client = o.value(u"clientTime"_s).toString(); !client.isEmpty())
            m.clientTimeMs = timestamp::parse(client);
        return m;
    }
};

} // namespace inventory
