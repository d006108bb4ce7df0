#include "core/engine/admin/devicestore.h"

#include "core/domain/clock.h"
#include "core/domain/command.h"
#include "core/engine/enginelog.h"
#include "core/protocol/auth/securecompare.h"
#include "core/storage/dbconnection.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const QString kColumns
    = u"SELECT id, store_id, name, enrolled_by, enrolled_at_ms, revoked_at_ms FROM devices"_s;

QByteArray secretHash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Device fromRow(const QSqlQuery &q)
{
    Device d { q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
               q.value(3).toString(), q.value(4).toLongLong(), std::nullopt };
    if (!q.value(5).isNull())
        d.revokedAtMs = q.value(5).toLongLong();
    return d;
}

} // namespace

DeviceStore::DeviceStore(DbConnection &connection, const Clock &clock)
    : m_connection(connection)
    , m_clock(clock)
{
}

Result<DeviceStore::Enrolled> DeviceStore::enrol(const QString &deviceId, const QString &storeId,
                                                 const QString &name, const QString &enrolledBy)
{
    if (!Command::isValidId(deviceId))
        return Error::validation(u"deviceId"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
    if (name.trimmed().isEmpty() || name.size() > MaxNameLength)
        return Error::validation(u"name"_s, u"must be 1..64 characters"_s);
    auto existing = find(deviceId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error(ErrorCode::InvalidState, u"till '%1' is already enrolled"_s.arg(deviceId));
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    const QString secret = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(random), sizeof random)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const Device device { deviceId, storeId, name.trimmed(), enrolledBy, m_clock.nowMs(), {} };
    auto ran = m_connection.run(
        u"INSERT INTO devices (id, store_id, name, secret_hash, enrolled_by, enrolled_at_ms)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        { device.id, device.storeId, device.name, QString::fromLatin1(secretHash(secret)),
          device.enrolledBy, device.enrolledAtMs });
    if (!ran)
        return ran.error();
    qCInfo(lcAuth) << "till" << deviceId << "enrolled for" << storeId << "by" << enrolledBy;
    return Enrolled { device, secret };
}

Result<QList<Device>> DeviceStore::list(const QStringList &storeIds)
{
    QList<Device> devices;
    if (Status s
        = m_connection.forEachRow(kColumns + u" ORDER BY store_id, id"_s, {},
                                  [&](const QSqlQuery &q) {
                                      Device d = fromRow(q);
                                      if (storeIds.isEmpty() || storeIds.contains(d.storeId))
                                          devices.append(d);
                                  });
        !s)
        return s.error();
    return devices;
}

Result<std::optional<Device>> DeviceStore::find(const QString &deviceId)
{
    std::optional<Device> found;
    if (Status s = m_connection.forEachRow(kColumns + u" WHERE id = ?"_s, { deviceId },
                                           [&](const QSqlQuery &q) { found = fromRow(q); });
        !s)
        return s.error();
    return found;
}

Result<Device> DeviceStore::revoke(const QString &deviceId)
{
    auto ran = m_connection.run(
        u"UPDATE devices SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL"_s,
        { m_clock.nowMs(), deviceId });
    if (!ran)
        return ran.error();
    auto device = find(deviceId);
    if (!device)
        return device.error();
    if (!device.value())
        return Error::notFound(u"till"_s, deviceId);
    qCInfo(lcAuth) << "till" << deviceId << "revoked";
    return *device.value();
}

Result<QStringList> DeviceStore::revokedIds()
{
    QStringList ids;
    if (Status s
        = m_connection.forEachRow(u"SELECT id FROM devices WHERE revoked_at_ms IS NOT NULL"_s, {},
                                  [&](const QSqlQuery &q) { ids.append(q.value(0).toString()); });
        !s)
        return s.error();
    return ids;
}

Result<Device> DeviceStore::authenticate(const QString &deviceId, const QString &secret)
{
    const Error rejected(ErrorCode::Unauthenticated,
                         u"this till is not enrolled, was revoked, or its secret is wrong"_s);
    QByteArray stored;
    std::optional<Device> found;
    if (Status s = m_connection.forEachRow(
            u"SELECT id, store_id, name, enrolled_by, enrolled_at_ms, revoked_at_ms, secret_hash"
            " FROM devices WHERE id = ?"_s,
            { deviceId },
            [&](const QSqlQuery &q) {
                found = fromRow(q);
                stored = q.value(6).toString().toLatin1();
            });
        !s)
        return s.error();
    const bool matches = secureEquals(secretHash(secret), stored);
    // Only the holder of the secret learns that its till was revoked (and must not drop what
    // it still holds: it is told so, not that its credentials are wrong).
    if (found && matches && found->isRevoked())
        return Error(ErrorCode::Unauthenticated,
                     u"till '%1' has been revoked; enrol it again"_s.arg(deviceId),
                     { { u"deviceId"_s, deviceId }, { u"revoked"_s, true } });
    if (!found || !matches) {
        qCInfo(lcAuth) << "refused till credentials for" << deviceId;
        return rejected;
    }
    return *found;
}

} // namespace inventory
