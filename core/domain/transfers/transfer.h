#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace inventory {

// One product of a transfer: what was asked for, sent, and what became of it at the
// destination. outstanding() units are on their way (the destination's `incoming`).
struct TransferLine
{
    QString productId;
    qint64 requested = 0;
    qint64 shipped = 0;
    qint64 received = 0;
    qint64 damaged = 0;
    qint64 lost = 0;

    qint64 outstanding() const { return shipped - received - damaged - lost; }
    friend bool operator==(const TransferLine &, const TransferLine &) = default;
};

enum class TransferStatus { Requested, InTransit, PartiallyReceived, Received, Closed, Cancelled };

// Stock moving from one store to another (API.md "Transfers between stores"): requested,
// shipped (the units leave the origin and are incoming at the destination), received in one
// or more parts, or closed with the rest recorded as lost; cancelled only before shipping.
struct Transfer
{
    QString id;
    QString fromStoreId;
    QString toStoreId;
    TransferStatus status = TransferStatus::Requested;
    QString note;
    QString requestedBy;
    QString shippedBy;
    qint64 requestedAtMs = 0;
    qint64 shippedAtMs = 0;
    qint64 updatedAtMs = 0;
    QList<TransferLine> lines;
    qint64 eventSeq = 0;

    static QString statusName(TransferStatus status);
    static std::optional<TransferStatus> statusFrom(const QString &name);
    // The lines still on their way: in transit or partly received.
    static bool isOnTheWay(TransferStatus status);

    static constexpr int MaxLines = 200;
    static constexpr int MaxNoteLength = 500;
};

} // namespace inventory
