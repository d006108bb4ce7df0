#include "core/client/tills/staffroster.h"

#include "core/client/clientsession.h"
#include "core/client/tills/tilldesk.h"
#include "core/domain/timestamp.h"
#include "core/protocol/userjson.h"
#include "core/security/loginthrottle.h"
#include "core/security/passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const QString kRoster = u"till.staff"_s;
// Wrong PINs tried at this till while it checks them itself, kept in the profile so that a
// restart does not clear them: the same rule as the server's, per person and for the till.
const QString kThrottle = u"till.pinThrottle"_s;
const QString kThisTill = u"this-till"_s;
} // namespace

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
    auto throttleText = m_session.cache().meta(kThrottle);
    if (!throttleText)
        return throttleText.error();
    LoginThrottle throttle
        = LoginThrottle::fromJson(QJsonDocument::fromJson(throttleText->toUtf8()).object());
    const qint64 nowMs = m_session.clock().nowMs();
    if (const auto wait = throttle.retryAfterSeconds(username, kThisTill, nowMs))
        return Error(ErrorCode::RateLimited,
                     tr("too many wrong PINs: try again in %n second(s)", nullptr, int(*wait)),
                     { { u"retryAfterSeconds"_s, *wait } });
    auto user = check(QJsonDocument::fromJson(kept->toUtf8()).object(), username, pin);
    if (user)
        throttle.succeededFrom(username, kThisTill);
    else
        throttle.failed(username, kThisTill, nowMs);
    const QString saved
        = QString::fromUtf8(QJsonDocument(throttle.toJson()).toJson(QJsonDocument::Compact));
    if (Status s = m_session.cache().setMeta(kThrottle, saved); !s)
        return s.error();
    return user;
}

Result<User> StaffRoster::check(const QJsonObject &roster, const QString &username,
                                const QString &pin)
{
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
