#pragma once

#include "core/domain/counts/countsession.h"
#include "core/domain/discrepancy.h"
#include "core/domain/error.h"
#include "core/domain/product.h"
#include "core/domain/tickets/ticket.h"
#include "core/domain/transfers/transfer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace inventory {

enum class CommandKind {
    Adjust,
    Count,
    Reserve,
    Confirm,
    Cancel,
    CreateProduct,
    Sell,
    ReturnTicket,
    ResolveDiscrepancy,
    RequestTransfer,
    ShipTransfer,
    ReceiveTransfer,
    CloseTransfer,
    CancelTransfer,
    DefineReason,
    SetLevels,
    OpenCount,
    EnterCount,
    ApplyCount,
    CancelCount
};

// What a sale does when the books lack the units. A sale made at the counter online is
// refused; one made offline already happened (DESIGN.md: offline sales are facts), so it is
// applied and what the books cannot cover becomes a stock discrepancy.
enum class StockCheck { Refuse, RecordDiscrepancy };

// One write the engine applies in a transaction. Built by the factories below or by
// CommandParser from a request body; validate() checks every limit of API.md (the rules are
// in CommandValidator).
struct Command
{
    CommandKind kind = CommandKind::Adjust;
    QString idempotencyKey;
    QString actor;
    QString productId;
    QString storeId;
    // Adjust: signed delta. Count: the new quantity. Reserve: units to hold.
    qint64 quantity = 0;
    QString reason;
    std::optional<qint64> expectedVersion;
    QString reservationId;
    QString customerId;
    qint64 ttlSeconds = 600;
    Product product;
    // Sell and ReturnTicket (API.md "Tickets"): the ids the till chose, the lines, how the
    // customer paid, and a return's note.
    QString ticketId;
    QString returnId;
    QList<TicketLine> lines;
    QString paymentMethod;
    QString note;
    // Sell and a negative Adjust: see StockCheck. A ticket from the queue carries the till's
    // time of sale.
    StockCheck stockCheck = StockCheck::Refuse;
    std::optional<qint64> soldAtMs;
    // ResolveDiscrepancy: which one and how (counted, transferred, released, accepted).
    QString discrepancyId;
    QString resolution;
    // Transfers (API.md "Transfers between stores"): storeId is the origin of a request.
    // A request's lines carry `requested`, a shipment's `shipped` (none: as requested), a
    // receipt's `received` and `damaged`.
    QString transferId;
    QString toStoreId;
    QList<TransferLine> transferLines;
    // DefineReason: the code is `reason`.
    QString label;
    QString direction;
    // SetLevels: the reorder levels of productId at storeId (0 and 0 clear them).
    qint64 minLevel = 0;
    qint64 targetLevel = 0;
    // Count sessions (API.md "Count sessions"): storeId is the count's store, productId and
    // quantity an entry's product and units counted, device the till that counted them.
    QString countId;
    CountScope countScope = CountScope::List;
    CountVisibility countVisibility = CountVisibility::Shown;
    QStringList productIds;
    QString category;
    qint64 randomCount = 0;
    QString device;
    UncountedProducts uncounted = UncountedProducts::LeftAlone;

    static Command adjust(const QString &productId, const QString &storeId, qint64 delta,
                          const QString &reason = {});
    static Command count(const QString &productId, const QString &storeId, qint64 quantity,
                         std::optional<qint64> expectedVersion = std::nullopt,
                         const QString &reason = {});
    static Command reserve(const QString &productId, const QString &storeId, qint64 quantity,
                           const QString &customerId, qint64 ttlSeconds = 600,
                           const QString &reservationId = {});
    static Command confirm(const QString &reservationId);
    static Command cancel(const QString &reservationId);
    static Command createProduct(const Product &product);
    static Command sell(const QString &ticketId, const QString &storeId,
                        const QList<TicketLine> &lines, const QString &paymentMethod = {});
    static Command resolveDiscrepancy(const QString &discrepancyId, const QString &resolution,
                                      const QString &note = {});
    static Command returnTicket(const QString &ticketId, const QString &returnId,
                                const QString &storeId, const QList<TicketLine> &lines,
                                const QString &note = {});

    static Command requestTransfer(const QString &transferId, const QString &fromStoreId,
                                   const QString &toStoreId, const QList<TransferLine> &lines,
                                   const QString &note = {});
    // kind is one of the transfer verbs after the request.
    static Command transferStep(CommandKind kind, const QString &transferId,
                                const QList<TransferLine> &lines = {}, const QString &note = {});
    static Command defineReason(const QString &code, const QString &label,
                                const QString &direction);
    static Command setLevels(const QString &productId, const QString &storeId, qint64 minLevel,
                             qint64 targetLevel);
    // A count of scope List names productIds, Category a category, Random randomCount products.
    static Command openCount(const QString &countId, const QString &storeId, CountScope scope,
                             CountVisibility visibility = CountVisibility::Shown);
    static Command countEntry(const QString &countId, const QString &productId, qint64 counted,
                              const QString &device = {});
    // kind is ApplyCount or CancelCount.
    static Command countStep(CommandKind kind, const QString &countId,
                             UncountedProducts uncounted = UncountedProducts::LeftAlone);

    Command &withKey(const QString &key);
    Command &by(const QString &actorName);

    std::optional<Error> validate() const;

    // The key under which the result is remembered: the explicit Idempotency-Key, or for a
    // reservation, ticket or return with a client-chosen id, that id (API.md: it "acts the
    // same way").
    QString effectiveIdempotencyKey() const;

    static bool isValidId(const QString &id);
    static QString kindName(CommandKind kind);

    static constexpr qint64 MaxDelta = 1'000'000;
    static constexpr qint64 MaxCount = 1'000'000'000;
    static constexpr qint64 MaxTtlSeconds = 86'400;
    static constexpr int MaxTextLength = 200;
    static constexpr int MaxKeyLength = 128;
};

} // namespace inventory
