#include "core/engine/admin/userstore.h"

#include "core/domain/clock.h"
#include "core/domain/command.h"
#include "core/engine/enginelog.h"
#include "core/security/passwordhasher.h"
#include "core/storage/dbconnection.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// A fixed hash to verify against when the user does not exist, so that an unknown name
// takes as long as a wrong password and user names cannot be probed by timing.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher().hash(u"decoy"_s);
    return hash;
}
// A user from the columns id, role, store_ids, disabled_at_ms at `first` onwards.
User userFromRow(const QSqlQuery &q, int first = 0)
{
    User user { q.value(first).toString(),
                User::roleFromName(q.value(first + 1).toString()).value_or(Role::Clerk),
                q.value(first + 2).toString().split(u',', Qt::SkipEmptyParts) };
    if (!q.value(first + 3).isNull())
        user.disabledAtMs = q.value(first + 3).toLongLong();
    return user;
}

const QString kUserColumns = u"id, role, store_ids, disabled_at_ms"_s;
} // namespace

UserStore::UserStore(DbConnection &connection, const Clock &clock)
    : m_connection(connection)
    , m_clock(clock)
{
}

Status UserStore::add(const User &user, const QString &password)
{
    if (!Command::isValidId(user.id))
        return Error::validation(u"username"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
    if (password.size() < MinPasswordLength)
        return Error::validation(u"password"_s, u"must be at least 4 characters"_s);
    auto existing = find(user.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::validation(u"username"_s, u"user '%1' already exists"_s.arg(user.id));
    auto ran = m_connection.run(u"INSERT INTO users (id, role, store_ids, password_hash,"
                                " created_at_ms) VALUES (?, ?, COALESCE(?, ''), ?, ?)"_s,
                                { user.id, User::roleName(user.role), user.storeIds.join(u','),
                                  PasswordHasher().hash(password), m_clock.nowMs() });
    if (!ran)
        return ran.error();
    return {};
}

Status UserStore::setPassword(const QString &userId, const QString &password)
{
    if (password.size() < MinPasswordLength)
        return Error::validation(u"password"_s, u"must be at least 4 characters"_s);
    auto ran = m_connection.run(u"UPDATE users SET password_hash = ? WHERE id = ?"_s,
                                { PasswordHasher().hash(password), userId });
    if (!ran)
        return ran.error();
    if (ran.value()->numRowsAffected() != 1)
        return Error::notFound(u"user"_s, userId);
    return {};
}

Status UserStore::setAccess(const QString &userId, Access access)
{
    auto ran = access == Access::Disabled
        ? m_connection.run(
            u"UPDATE users SET disabled_at_ms = COALESCE(disabled_at_ms, ?) WHERE id = ?"_s,
            { m_clock.nowMs(), userId })
        : m_connection.run(u"UPDATE users SET disabled_at_ms = NULL WHERE id = ?"_s, { userId });
    if (!ran)
        return ran.error();
    if (ran.value()->numRowsAffected() != 1)
        return Error::notFound(u"user"_s, userId);
    qCInfo(lcAuth) << "account" << userId << (access == Access::Disabled ? "disabled" : "enabled");
    return {};
}

Result<QStringList> UserStore::disabledIds()
{
    QStringList ids;
    if (Status s
        = m_connection.forEachRow(u"SELECT id FROM users WHERE disabled_at_ms IS NOT NULL"_s, {},
                                  [&](const QSqlQuery &q) { ids << q.value(0).toString(); });
        !s)
        return s.error();
    return ids;
}

Result<QList<User>> UserStore::list()
{
    QList<User> users;
    if (Status s
        = m_connection.forEachRow(u"SELECT "_s + kUserColumns + u" FROM users ORDER BY id"_s, {},
                                  [&](const QSqlQuery &q) { users.append(userFromRow(q)); });
        !s)
        return s.error();
    return users;
}

Result<std::optional<User>> UserStore::find(const QString &userId)
{
    std::optional<User> found;
    if (Status s
        = m_connection.forEachRow(u"SELECT "_s + kUserColumns + u" FROM users WHERE id = ?"_s,
                                  { userId }, [&](const QSqlQuery &q) { found = userFromRow(q); });
        !s)
        return s.error();
    return found;
}

Result<User> UserStore::authenticate(const QString &userId, const QString &password)
{
    auto ran = m_connection.run(
        u"SELECT password_hash, "_s + kUserColumns + u" FROM users WHERE id = ?"_s, { userId });
    if (!ran)
        return ran.error();
    QSqlQuery *q = ran.value();
    const Error rejected(ErrorCode::Unauthenticated, u"wrong user name or password"_s);
    if (!q->next()) {
        if (Status s = m_connection.endOfRows(*q); !s)
            return s.error();
        PasswordHasher::verify(password, decoyHash());
        return rejected;
    }
    const User user = userFromRow(*q, 1);
    const QString stored = q->value(0).toString();
    q->finish();
    if (!PasswordHasher::verify(password, stored) || user.disabledAtMs) {
        qCInfo(lcAuth) << "failed login for" << userId;
        return rejected;
    }
    return user;
}

bool UserStore::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Status UserStore::setPin(const QString &userId, const QString &pin)
{
    if (!isValidPin(pin))
        return Error::validation(u"pin"_s, u"must be 4 to 8 digits"_s);
    auto ran = m_connection.run(u"UPDATE users SET pin_hash = ? WHERE id = ?"_s,
                                { PasswordHasher().hash(pin), userId });
    if (!ran)
        return ran.error();
    if (ran.value()->numRowsAffected() != 1)
        return Error::notFound(u"user"_s, userId);
    return {};
}

Result<User> UserStore::authenticatePin(const QString &userId, const QString &pin)
{
    auto ran = m_connection.run(
        u"SELECT pin_hash, "_s + kUserColumns + u" FROM users WHERE id = ?"_s, { userId });
    if (!ran)
        return ran.error();
    QSqlQuery *q = ran.value();
    const Error rejected(ErrorCode::Unauthenticated, u"wrong user or PIN"_s);
    const bool found = q->next();
    if (!found) {
        if (Status s = m_connection.endOfRows(*q); !s)
            return s.error();
    }
    const QString stored = found ? q->value(0).toString() : QString();
    const User user = found ? userFromRow(*q, 1) : User();
    // Finished before any answer: a SQLite statement left on its row keeps its read snapshot.
    q->finish();
    if (!found || stored.isEmpty() || !isValidPin(pin)) {
        PasswordHasher::verify(pin, decoyHash());
        return rejected;
    }
    if (!PasswordHasher::verify(pin, stored) || user.disabledAtMs) {
        qCInfo(lcAuth) << "wrong PIN for" << userId;
        return rejected;
    }
    return user;
}

Result<QList<UserStore::PinHolder>> UserStore::pinHolders(const QString &storeId)
{
    QList<PinHolder> holders;
    if (Status s = m_connection.forEachRow(
            u"SELECT pin_hash, "_s + kUserColumns
                + u" FROM users WHERE pin_hash IS NOT NULL AND disabled_at_ms IS NULL ORDER BY id"_s,
            {},
            [&](const QSqlQuery &q) {
                const User user = userFromRow(q, 1);
                if (user.canWriteStore(storeId))
                    holders.append({ user, q.value(0).toString() });
            });
        !s)
        return s.error();
    return holders;
}

} // namespace inventory
