#include "core/engine/reasons/reasonbook.h"

#include "core/engine/tables/eventlog.h"
#include "core/protocol/reasonjson.h"
#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

ReasonBook::ReasonBook(DbConnection &connection, EventLog &events)
    : m_connection(connection)
    , m_events(events)
{
}

Result<Command> ReasonBook::checked(const Command &command)
{
    Command result = command;
    if (result.reason.isEmpty())
        result.reason = ReasonCode::defaultFor(command.kind, command.quantity);
    // Built-in codes, the ones nearly every write carries, are known without a query.
    if (ReasonCode::isBuiltIn(result.reason))
        return result;
    auto known = custom(result.reason);
    if (!known)
        return known.error();
    if (!known.value())
        return Error::validation(u"reason"_s,
                                 u"'%1' is not a reason code (GET /api/v1/reasons lists them;"
                                 " free text goes in note)"_s.arg(result.reason));
    return result;
}

Result<std::optional<ReasonCode>> ReasonBook::custom(const QString &code)
{
    std::optional<ReasonCode> found;
    if (Status s = m_connection.forEachRow(
            u"SELECT code, label, direction FROM reasons WHERE code = ?"_s, { code },
            [&](const QSqlQuery &q) {
                found = ReasonCode { q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), false };
            });
        !s)
        return s.error();
    return found;
}

Result<Applied> ReasonBook::define(const Command &command, qint64 nowMs)
{
    const ReasonCode reason { command.reason, command.label, command.direction, false };
    if (ReasonCode::isBuiltIn(reason.code))
        return Error(ErrorCode::IdempotencyKeyReused,
                     u"'%1' is a built-in reason code"_s.arg(reason.code),
                     { { u"field"_s, u"code"_s } });
    auto existing = custom(reason.code);
    if (!existing)
        return existing.error();
    JsonWriter body(160);
    writeJson(body, reason);
    if (existing.value()) {
        if (existing.value()->label == reason.label
            && existing.value()->direction == reason.direction)
            return Applied { 200, JsonBody::fromText(body.bytes()), {} };
        return Error(ErrorCode::IdempotencyKeyReused,
                     u"reason code '%1' already exists with other values"_s.arg(reason.code),
                     { { u"field"_s, u"code"_s } });
    }
    if (Status s = m_connection.write(
            u"INSERT INTO reasons (code, label, direction, created_by,"
            " created_at_ms) VALUES (?, ?, ?, ?, ?)"_s,
            { reason.code, reason.label, reason.direction, text(command.actor), nowMs });
        !s)
        return s.error();
    JsonWriter data(192);
    data.beginObject();
    data.key("code"_L1).value(reason.code);
    data.key("label"_L1).value(reason.label);
    data.key("direction"_L1).value(reason.direction);
    data.key("actor"_L1).value(command.actor);
    data.endObject();
    Event defined { 0, QString::fromLatin1(eventtype::ReasonDefined), nowMs, {}, {} };
    defined.data = JsonBody::fromText(data.bytes());
    auto event = m_events.append(defined);
    if (!event)
        return event.error();
    return Applied { 201, JsonBody::fromText(body.bytes()), { event.value() } };
}

Result<QList<ReasonCode>> ReasonBook::list()
{
    QList<ReasonCode> reasons = ReasonCode::builtInCodes();
    if (Status s
        = m_connection.forEachRow(u"SELECT code, label, direction FROM reasons ORDER BY code"_s, {},
                                  [&](const QSqlQuery &q) {
                                      reasons.append({ q.value(0).toString(), q.value(1).toString(),
                                                       q.value(2).toString(), false });
                                  });
        !s)
        return s.error();
    return reasons;
}

} // namespace inventory
