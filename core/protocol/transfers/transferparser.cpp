#include "core/protocol/transfers/transferparser.h"

#include "core/protocol/json/jsonfields.h"
#include "core/protocol/json/parsesteps.h"

using namespace Qt::StringLiterals;

namespace inventory {

using parsing::joined;
using parsing::validated;

namespace {
// Lines of {"productId","quantity"} (and "damaged" on a receipt); quantity lands in the
// TransferLine member the verb means.
Result<QList<TransferLine>> linesOf(const QJsonArray &array, CommandKind kind,
                                    const QString &prefix)
{
    if (array.size() > Transfer::MaxLines)
        return Error::validation(joined(prefix, u"lines"_s), u"must hold 1..200 lines"_s);
    QList<TransferLine> lines;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = joined(prefix, u"lines[%1]"_s.arg(i));
        if (!array.at(i).isObject())
            return Error::validation(at, u"must be an object"_s);
        const QStringList allowed = kind == CommandKind::ReceiveTransfer
            ? QStringList { u"productId"_s, u"quantity"_s, u"damaged"_s }
            : QStringList { u"productId"_s, u"quantity"_s };
        const JsonFields fields(JsonMembers(array.at(i).toObject()), allowed, at);
        if (auto unknown = fields.unknownField())
            return *unknown;
        TAKE(productId, fields.string(u"productId"_s));
        TAKE(quantity, fields.requiredInteger(u"quantity"_s));
        TAKE(damaged, fields.integer(u"damaged"_s));
        TransferLine line;
        line.productId = productId;
        if (kind == CommandKind::RequestTransfer)
            line.requested = quantity;
        else if (kind == CommandKind::ShipTransfer)
            line.shipped = quantity;
        else
            line.received = quantity;
        line.damaged = damaged.value_or(0);
        if (quantity < 0 || line.damaged < 0)
            return Error::validation(at + u".quantity"_s, u"must not be negative"_s);
        lines.append(line);
    }
    return lines;
}
} // namespace

Result<Command> TransferParser::request(JsonMembers body)
{
    const JsonFields fields(
        std::move(body),
        { u"transferId"_s, u"fromStoreId"_s, u"toStoreId"_s, u"lines"_s, u"note"_s });
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(transferId, fields.string(u"transferId"_s, false));
    TAKE(from, fields.string(u"fromStoreId"_s));
    TAKE(to, fields.string(u"toStoreId"_s));
    TAKE(array, fields.array(u"lines"_s));
    TAKE(note, fields.string(u"note"_s, false));
    TAKE(lines, linesOf(array, CommandKind::RequestTransfer, {}));
    return validated(Command::requestTransfer(transferId, from, to, lines, note));
}

Result<Command> TransferParser::step(CommandKind kind, const QString &transferId, JsonMembers body,
                                     const QString &prefix)
{
    const bool takesLines
        = kind == CommandKind::ShipTransfer || kind == CommandKind::ReceiveTransfer;
    const JsonFields fields(
        std::move(body),
        takesLines ? QStringList { u"lines"_s, u"note"_s } : QStringList { u"note"_s }, prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(note, fields.string(u"note"_s, false));
    QList<TransferLine> lines;
    if (takesLines) {
        if (kind == CommandKind::ShipTransfer && !fields.has(u"lines"_s))
            return validated(Command::transferStep(kind, transferId, {}, note));
        TAKE(array, fields.array(u"lines"_s));
        TAKE(parsed, linesOf(array, kind, prefix));
        lines = parsed;
    }
    return validated(Command::transferStep(kind, transferId, lines, note));
}

} // namespace inventory
