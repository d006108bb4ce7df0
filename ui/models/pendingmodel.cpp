#include "ui/models/pendingmodel.h"

#include "core/client/text/errortext.h"
#include "core/client/text/localetext.h"
#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::ui {

PendingModel::PendingModel(const ProductNames &names, QObject *parent)
    : KeyedRowsModel<PendingOperation>([](const PendingOperation &op) { return op.key; }, parent)
    , m_names(names)
{
}

int PendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingModel::ticketNextStep(const PendingOperation &operation, const QString &code)
{
    const bool sale = operation.kind == u"ticket"_s;
    if (code == u"FORBIDDEN"_s || code == u"UNAUTHENTICATED"_s)
        return sale ? tr("The sale happened: a user of this store signs in on this till, then "
                         "Retry. Do not discard it.")
                    : tr("The goods came back: a user of this store signs in on this till, then "
                         "Retry. Do not discard it.");
    if (sale && code == u"NOT_FOUND"_s)
        return tr("The sale happened: ask a manager to create the missing product on the server, "
                  "then Retry. Do not discard it.");
    if (sale && code == u"IDEMPOTENCY_KEY_REUSED"_s)
        return tr("The server has another ticket with this number: a manager compares it with the "
                  "receipt, and discards this one only if it is the same sale.");
    if (!sale && code == u"NOT_FOUND"_s)
        return tr("The server does not have the ticket yet: Retry once its sale has been synced.");
    if (!sale && code == u"RETURN_EXCEEDS_SALE"_s)
        return tr("Those units had already come back (perhaps at another till): if the goods are "
                  "here, a manager receives them; then discard this one.");
    return sale ? tr("The sale happened: Retry; if it is refused again, ask a manager. Do not "
                     "discard it.")
                : tr("Retry; if it is refused again, ask a manager.");
}

QString PendingModel::nextStep(const PendingOperation &operation)
{
    if (operation.state != PendingOperation::State::Rejected)
        return tr("Nothing: it is sent when the server can be reached.");
    const QString code = operation.result.value(u"error"_s).toObject().value(u"code"_s).toString();
    if (operation.kind == u"ticket"_s || operation.kind == u"return"_s)
        return ticketNextStep(operation, code);
    if (operation.kind == u"countEntry"_s && code == u"INVALID_STATE"_s)
        return tr("The count was applied or cancelled meanwhile: ask the manager whether to "
                  "count again, then discard this.");
    if (operation.kind == u"transferReceive"_s && code == u"INVALID_STATE"_s)
        return tr("The transfer changed meanwhile (received or closed): check it in the Transfers "
                  "tab, then discard this.");
    const QString kind = operation.body.value(u"operation"_s).toString();
    if (code == u"INSUFFICIENT_STOCK"_s && kind == u"subtract"_s)
        return tr("Count the product: the shelf does not match the books. Discard only if the "
                  "goods did not leave.");
    if (code == u"VERSION_CONFLICT"_s)
        return tr("Count the product again and enter what you see; then discard this one.");
    if (code == u"INVALID_STATE"_s)
        return tr("Nothing left to do: discard it.");
    if (code == u"FORBIDDEN"_s || code == u"UNAUTHENTICATED"_s)
        return tr("Ask a manager; sign in again if the session ended.");
    return tr("Retry; if it is refused again, ask a manager.");
}

qint64 PendingModel::items(const PendingOperation &operation)
{
    qint64 units = 0;
    for (const QJsonValue &line : operation.body.value(u"lines"_s).toArray())
        units += line[u"quantity"_s].toInteger();
    return units;
}

qint64 PendingModel::totalCents(const PendingOperation &operation)
{
    qint64 cents = 0;
    for (const QJsonValue &line : operation.body.value(u"lines"_s).toArray())
        cents += line[u"quantity"_s].toInteger() * qRound64(line[u"unitPrice"_s].toDouble() * 100);
    return cents;
}

QString PendingModel::productsOf(const PendingOperation &operation) const
{
    QStringList names;
    for (const QJsonValue &line : operation.body.value(u"lines"_s).toArray())
        names << m_names.of(line[u"productId"_s].toString());
    return QLocale().createSeparatedList(names);
}

QVariant PendingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PendingOperation &op = rowAt(index.row());
    const bool rejected = op.state == PendingOperation::State::Rejected;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return LocaleText::time(op.createdAtMs);
        case What: {
            if (op.kind == u"ticket"_s)
                return tr("Ticket %1, %n item(s), %2", nullptr, int(items(op)))
                    .arg(op.key, LocaleText::money(totalCents(op)));
            if (op.kind == u"return"_s)
                return tr("Return %1 of ticket %2, %n item(s)", nullptr, int(items(op)))
                    .arg(op.key, op.body.value(u"ticketId"_s).toString());
            if (op.kind == u"transferReceive"_s)
                return tr("Receipt of transfer %1, %n item(s)", nullptr, int(items(op)))
                    .arg(op.body.value(u"transferId"_s).toString());
            if (op.kind == u"countEntry"_s)
                return tr("Count %1: entry").arg(op.body.value(u"countId"_s).toString());
            const QString operation = op.body.value(u"operation"_s).toString();
            if (operation == u"subtract"_s)
                return tr("Sale");
            if (operation == u"add"_s)
                return tr("Receipt");
            if (operation == u"set"_s)
                return tr("Count");
            if (op.kind == u"reserve"_s)
                return tr("Reservation");
            return op.kind == u"confirm"_s ? tr("Confirm reservation") : tr("Cancel reservation");
        }
        case Product:
            return op.body.contains(u"lines"_s)
                ? productsOf(op)
                : m_names.of(op.body.value(u"productId"_s).toString());
        case Quantity:
            if (op.kind == u"countEntry"_s)
                return op.body.value(u"counted"_s).toInteger();
            return op.body.contains(u"lines"_s) ? items(op)
                                                : op.body.value(u"quantity"_s).toInteger();
        case Reason:
            return rejected ? ErrorText::describe(op.result.value(u"error"_s).toObject())
                            : tr("Waiting to be sent");
        case NextStep:
            return nextStep(op);
        }
    }
    if (role == Qt::ToolTipRole)
        return op.reason().isEmpty() ? op.key : op.reason();
    if (role == Qt::BackgroundRole && rejected)
        return QBrush(QColor(0xf8, 0xd7, 0xda));
    return {};
}

QVariant PendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case What:
        return tr("Operation");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case Reason:
        return tr("Why");
    case NextStep:
        return tr("What to do");
    }
    return {};
}

} // namespace inventory::ui
