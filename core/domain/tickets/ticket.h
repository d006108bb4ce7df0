#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace inventory {

// One line of a sale ticket (or of a return of one): a product, its units and, on a ticket,
// the unit price in cents and how many units have come back since.
struct TicketLine
{
    QString productId;
    qint64 quantity = 0;
    // A request may leave it out (the product's price then); a stored line always has it.
    std::optional<qint64> unitPriceCents;
    // Returns only: "restock" (sellable again) or "damaged" (recorded, not sellable).
    QString disposition;
    qint64 returned = 0;
    friend bool operator==(const TicketLine &, const TicketLine &) = default;
};

// A sale of several lines as the server recorded it: immutable once written (a correction
// is a return that points to it). Each till's tickets form a chain: every ticket carries
// the hash of the one before it, so a changed or removed ticket shows (TicketChain).
struct Ticket
{
    QString id;
    QString storeId;
    QString tillKey; // whose chain: the store's till (one per store until tills enrol)
    QString seller;
    QString paymentMethod; // "", cash, card, other
    qint64 soldAtMs = 0;
    qint64 syncedAtMs = 0;
    bool offline = false;
    QList<TicketLine> lines;
    qint64 totalCents = 0;
    qint64 chainIndex = 0;
    QByteArray prevHash;
    QByteArray hash;
    qint64 eventSeq = 0;
    // The request's fingerprint: a resend of the same ticket is answered, another with the
    // same id refused.
    QByteArray fingerprint;

    static constexpr int MaxLines = 200;
};

// Units of a ticket coming back, at any store.
struct TicketReturn
{
    QString id;
    QString ticketId;
    QString storeId;
    QString actor;
    QString note;
    QList<TicketLine> lines;
    qint64 atMs = 0;
    qint64 eventSeq = 0;
    QByteArray fingerprint;

    static constexpr int MaxNoteLength = 500;
};

} // namespace inventory
