#include "core/client/tills/staffroster.h"

#include "core/client/clientsession.h"
#include "core/client/tills/tilldesk.h"
#include "core/domain/timestamp.h"
#include "core/protocol/userjson.h"
#include "core/security/passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const QString kRoster = u"till.staff"_s;
}

StaffRoster::StaffRoster(ClientSession &session)
    : m_session(session)
{
}

void StaffRoster::refresh(std::function<void(Result<int>)> done)
{
    auto till = TillDesk(m_session).credentials();
    if (!till)
        return done(till.error());
    if (!till.value())
        return done(Error(ErrorCode::InvalidState, tr("this till is not enrolled")));
    m_session.api().send("POST", u"/api/v1/devices/%1/staff"_s.arg(till.value()->deviceId),
                         { { u"deviceSecret"_s, till.value()->secret } }, {},
                         [&session = m_session, done](const ApiReply &reply) {
                             if (!reply.ok())
                                 return done(reply.failure());
                             const QString kept = QString::fromUtf8(
                                 QJsonDocument(reply.body).toJson(QJsonDocument::Compact));
                             if (Status s = session.cache().setMeta(kRoster, kept); !s)
                                 return done(s.error());
                             done(int(reply.body.value(u"staff"_s).toArray().size()));
                         });
}

Result<User> StaffRoster::verify(const QString &username, const QString &pin)
{
    auto kept = m_session.cache().meta(kRoster);
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return Error(ErrorCode::InvalidState,
                     tr("this till has no list of its staff yet: unlock it once while the server "
                        "can be reached"));
    const QJsonObject roster = QJsonDocument::fromJson(kept->toUtf8()).object();
    const Error rejected(ErrorCode::Unauthenticated, tr("wrong user or PIN"));
    for (const QJsonValue &person : roster.value(u"staff"_s).toArray()) {
        if (person[u"id"_s].toString() != username)
            continue;
        if (!PasswordHasher::verify(pin, person[u"pinHash"_s].toString()))
            return rejected;
        User user = userFromJson(person.toObject());
        user.deviceId = roster.value(u"deviceId"_s).toString();
        return user;
    }
    return rejected;
}

Result<QList<User>> StaffRoster::people()
{
    auto kept = m_session.cache().meta(kRoster);
    if (!kept)
        return kept.error();
    QList<User> people;
    const QJsonObject roster = QJsonDocument::fromJson(kept->toUtf8()).object();
    for (const QJsonValue &person : roster.value(u"staff"_s).toArray())
        people.append(userFromJson(person.toObject()));
    return people;
}

Result<qint64> StaffRoster::fetchedAtMs()
{
    auto kept = m_session.cache().meta(kRoster);
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return qint64(0);
    const QJsonObject roster = QJsonDocument::fromJson(kept->toUtf8()).object();
    return timestamp::parse(roster.value(u"at"_s).toString()).value_or(0);
}

} // namespace inventory
