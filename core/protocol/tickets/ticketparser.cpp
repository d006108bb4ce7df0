#include "core/protocol/tickets/ticketparser.h"

#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonfields.h"
#include "core/protocol/json/parsesteps.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace inventory {

using parsing::joined;
using parsing::validated;

Result<QList<TicketLine>> TicketParser::lines(const QJsonArray &array, LineKind kind,
                                              const QString &prefix)
{
    // Refused before a line is read: a huge array costs nothing more than its parse.
    if (array.isEmpty() || array.size() > Ticket::MaxLines)
        return Error::validation(joined(prefix, u"lines"_s), u"must hold 1..200 lines"_s);
    QList<TicketLine> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = joined(prefix, u"lines[%1]"_s.arg(i));
        if (!array.at(i).isObject())
            return Error::validation(at, u"must be an object"_s);
        const QStringList allowed = kind == LineKind::Sale
            ? QStringList { u"productId"_s, u"quantity"_s, u"unitPrice"_s }
            : QStringList { u"productId"_s, u"quantity"_s, u"disposition"_s };
        const JsonFields fields(JsonMembers(array.at(i).toObject()), allowed, at);
        if (auto unknown = fields.unknownField())
            return *unknown;
        TicketLine line;
        TAKE(productId, fields.string(u"productId"_s));
        TAKE(quantity, fields.requiredInteger(u"quantity"_s));
        line.productId = productId;
        line.quantity = quantity;
        if (kind == LineKind::Sale) {
            TAKE(price, fields.number(u"unitPrice"_s));
            if (price) {
                // Money is whole cents: a price with more than two decimals is a mistake, not
                // something to round silently.
                const double cents = *price * 100.0;
                if (*price < 0 || *price > 100'000'000
                    || std::fabs(cents - std::round(cents)) > 1e-6)
                    return Error::validation(at + u".unitPrice"_s,
                                             u"must be 0..100000000 with at most 2 decimals"_s);
                line.unitPriceCents = Product::centsFromPrice(*price);
            }
        } else {
            TAKE(disposition, fields.string(u"disposition"_s));
            line.disposition = disposition;
        }
        list.append(line);
    }
    return list;
}

Result<Command> TicketParser::sale(JsonMembers body, const QString &prefix)
{
    const JsonFields fields(
        std::move(body),
        { u"ticketId"_s, u"storeId"_s, u"lines"_s, u"payment"_s, u"offline"_s, u"soldAt"_s },
        prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(ticketId, fields.string(u"ticketId"_s));
    TAKE(storeId, fields.string(u"storeId"_s));
    TAKE(array, fields.array(u"lines"_s));
    TAKE(payment, fields.object(u"payment"_s));
    TAKE(offline, fields.boolean(u"offline"_s));
    TAKE(soldAtText, fields.string(u"soldAt"_s, false));
    std::optional<qint64> soldAt;
    if (!soldAtText.isEmpty()) {
        soldAt = timestamp::parse(soldAtText);
        if (!soldAt)
            return Error::validation(joined(prefix, u"soldAt"_s), u"must be an RFC 3339 time"_s);
    }
    QString method;
    if (payment) {
        const JsonFields paymentFields(JsonMembers(*payment), { u"method"_s },
                                       joined(prefix, u"payment"_s));
        if (auto unknown = paymentFields.unknownField())
            return *unknown;
        TAKE(given, paymentFields.string(u"method"_s));
        method = given;
    }
    TAKE(parsed, lines(array, LineKind::Sale, prefix));
    Command command = Command::sell(ticketId, storeId, parsed, method);
    command.stockCheck
        = offline.value_or(false) ? StockCheck::RecordDiscrepancy : StockCheck::Refuse;
    command.soldAtMs = soldAt;
    return validated(std::move(command));
}

Result<Command> TicketParser::resolution(const QString &discrepancyId, JsonMembers body)
{
    const JsonFields fields(std::move(body), { u"resolution"_s, u"note"_s });
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(resolution, fields.string(u"resolution"_s));
    TAKE(note, fields.string(u"note"_s, false));
    return validated(Command::resolveDiscrepancy(discrepancyId, resolution, note));
}

Result<Command> TicketParser::ticketReturn(const QString &ticketId, JsonMembers body,
                                           const QString &prefix)
{
    const JsonFields fields(std::move(body), { u"returnId"_s, u"storeId"_s, u"lines"_s, u"note"_s },
                            prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(returnId, fields.string(u"returnId"_s));
    TAKE(storeId, fields.string(u"storeId"_s));
    TAKE(array, fields.array(u"lines"_s));
    TAKE(note, fields.string(u"note"_s, false));
    TAKE(parsed, lines(array, LineKind::Return, prefix));
    return validated(Command::returnTicket(ticketId, returnId, storeId, parsed, note));
}

} // namespace inventory
