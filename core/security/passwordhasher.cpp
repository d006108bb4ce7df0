#include "core/security/passwordhasher.h"

#include "core/protocol/auth/securecompare.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr int kKeyLength = 32;
constexpr int kSaltLength = 16;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kKeyLength);
}
} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{
}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltLength / 4);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(m_iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, m_iterations).toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256"_s)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return secureEquals(derive(password, salt, iterations), expected);
}

} // namespace inventory
