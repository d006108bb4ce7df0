#include "server-stub/secretfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace inventory::server {

Result<QByteArray> SecretFile::loadOrCreate(const QString &path)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error::unavailable(
                u"cannot read the JWT secret file %1: %2"_s.arg(path, existing.errorString()));
        const QByteArray secret = existing.readAll().trimmed();
        if (secret.size() < MinimumBytes)
            return Error::unavailable(
                u"the JWT secret in %1 is shorter than %2 bytes"_s.arg(path).arg(MinimumBytes));
        return secret;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray secret = raw.toBase64();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(
            u"cannot create the JWT secret file %1: %2"_s.arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret + '\n');
    if (!file.commit())
        return Error::unavailable(
            u"cannot write the JWT secret file %1: %2"_s.arg(path, file.errorString()));
    return secret;
}

} // namespace inventory::server
