#include "core/protocol/commandfingerprint.h"

#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/productjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory {

QByteArray commandFingerprint(const Command &command)
{
    // The text is QJsonDocument's compact form of the command as an object (keys in Qt's
    // sorted order, strings escaped as Qt does), so that fingerprints stored before stay
    // valid. It is written directly rather than built as a QJsonObject, a tree the writer
    // paid for on every keyed operation (docs/PERFORMANCE.md). A new product carries a
    // nested object with a price: rare, so it keeps Qt's writer.
    QByteArray text;
    if (command.kind == CommandKind::Sell || command.kind == CommandKind::ReturnTicket) {
        // What the ticket or return is, not who sent it nor when: a resend of the same
        // ticket is recognised as such by its id.
        JsonWriter out(128 + 64 * command.lines.size());
        out.beginObject();
        out.key("kind"_L1).value(Command::kindName(command.kind));
        out.key("ticketId"_L1).value(command.ticketId);
        out.key("returnId"_L1).value(command.returnId);
        out.key("storeId"_L1).value(command.storeId);
        out.key("payment"_L1).value(command.paymentMethod);
        out.key("note"_L1).value(command.note);
        out.key("lines"_L1).beginArray();
        for (const TicketLine &line : command.lines) {
            out.beginArray();
            out.value(line.productId);
            out.value(line.quantity);
            out.value(line.unitPriceCents.value_or(-1));
            out.value(line.disposition);
            out.endArray();
        }
        out.endArray();
        out.endObject();
        text = out.bytes();
    } else if (!command.transferId.isEmpty() || command.kind == CommandKind::RequestTransfer
               || command.kind == CommandKind::DefineReason) {
        // Transfers and reason codes came after the fingerprints stored before: their own form.
        JsonWriter out(128 + 64 * command.transferLines.size());
        out.beginObject();
        out.key("kind"_L1).value(Command::kindName(command.kind));
        out.key("transferId"_L1).value(command.transferId);
        out.key("from"_L1).value(command.storeId);
        out.key("to"_L1).value(command.toStoreId);
        out.key("note"_L1).value(command.note);
        out.key("code"_L1).value(command.reason);
        out.key("label"_L1).value(command.label);
        out.key("direction"_L1).value(command.direction);
        out.key("lines"_L1).beginArray();
        for (const TransferLine &line : command.transferLines) {
            out.beginArray();
            out.value(line.productId);
            out.value(line.requested);
            out.value(line.shipped);
            out.value(line.received);
            out.value(line.damaged);
            out.endArray();
        }
        out.endArray();
        out.endObject();
        text = out.bytes();
    } else if (!command.countId.isEmpty()) {
        JsonWriter out(128 + 32 * command.productIds.size());
        out.beginObject();
        out.key("kind"_L1).value(Command::kindName(command.kind));
        out.key("countId"_L1).value(command.countId);
        out.key("storeId"_L1).value(command.storeId);
        out.key("scope"_L1).value(CountSession::scopeName(command.countScope));
        out.key("blind"_L1)
            .raw(command.countVisibility == CountVisibility::Blind ? "true" : "false");
        out.key("category"_L1).value(command.category);
        out.key("random"_L1).value(command.randomCount);
        out.key("productId"_L1).value(command.productId);
        out.key("counted"_L1).value(command.quantity);
        out.key("device"_L1).value(command.device);
        out.key("zeroUncounted"_L1)
            .raw(command.uncounted == UncountedProducts::Zeroed ? "true" : "false");
        out.key("productIds"_L1).beginArray();
        for (const QString &id : command.productIds)
            out.value(id);
        out.endArray();
        out.endObject();
        text = out.bytes();
    } else if (command.kind == CommandKind::SetLevels) {
        JsonWriter out(128);
        out.beginObject();
        out.key("kind"_L1).value(Command::kindName(command.kind));
        out.key("productId"_L1).value(command.productId);
        out.key("storeId"_L1).value(command.storeId);
        out.key("min"_L1).value(command.minLevel);
        out.key("target"_L1).value(command.targetLevel);
        out.endObject();
        text = out.bytes();
    } else if (command.kind == CommandKind::CreateProduct) {
        QJsonObject json { { u"kind"_s, Command::kindName(command.kind) },
                           { u"productId"_s, command.productId },
                           { u"storeId"_s, command.storeId },
                           { u"quantity"_s, command.quantity },
                           { u"reason"_s, command.reason },
                           { u"reservationId"_s, command.reservationId },
                           { u"customerId"_s, command.customerId },
                           { u"ttl"_s, command.ttlSeconds },
                           { u"product"_s, toJson(command.product) } };
        if (command.expectedVersion)
            json.insert(u"expectedVersion"_s, *command.expectedVersion);
        text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    } else {
        JsonWriter out(256);
        out.beginObject();
        out.key("customerId"_L1).value(command.customerId);
        if (command.expectedVersion)
            out.key("expectedVersion"_L1).value(*command.expectedVersion);
        out.key("kind"_L1).value(Command::kindName(command.kind));
        // Only when there is one, so that fingerprints stored before notes existed stay valid.
        if (!command.note.isEmpty())
            out.key("note"_L1).value(command.note);
        out.key("productId"_L1).value(command.productId);
        out.key("quantity"_L1).value(command.quantity);
        out.key("reason"_L1).value(command.reason);
        out.key("reservationId"_L1).value(command.reservationId);
        out.key("storeId"_L1).value(command.storeId);
        out.key("ttl"_L1).value(command.ttlSeconds);
        out.endObject();
        text = out.bytes();
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

} // namespace inventory
