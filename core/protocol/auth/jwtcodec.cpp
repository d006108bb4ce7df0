#include "core/protocol/auth/jwtcodec.h"

#include "core/protocol/auth/securecompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error rejected(const QString &why)
{
    return Error(ErrorCode::Unauthenticated, why);
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

JwtCodec::JwtCodec(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QByteArray JwtCodec::mac(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
}

QByteArray JwtCodec::sign(const User &user, qint64 issuedAtMs, qint64 expiresAtMs) const
{
    const QJsonObject header { { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"JWT"_s } };
    QJsonObject claims { { u"sub"_s, user.id },
                         { u"role"_s, User::roleName(user.role) },
                         { u"storeIds"_s, QJsonArray::fromStringList(user.storeIds) },
                         { u"iat"_s, issuedAtMs / 1000 },
                         { u"exp"_s, expiresAtMs / 1000 } };
    if (!user.deviceId.isEmpty())
        claims.insert(u"dev"_s, user.deviceId);
    const QByteArray input
        = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return input + '.' + mac(input).toBase64(kBase64Url);
}

Result<User> JwtCodec::verify(const QByteArray &token, qint64 nowMs, qint64 *expiresAtMs) const
{
    if (token.isEmpty() || token.size() > 8192)
        return rejected(u"missing or oversized token"_s);
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return rejected(u"malformed token"_s);
    const auto header = decodePart(parts.at(0));
    if (!header)
        return rejected(u"malformed token header"_s);
    // Only HS256 is accepted: never "none", never an algorithm the token picks for us.
    if (header->value(u"alg"_s).toString() != u"HS256"_s)
        return rejected(u"unsupported token algorithm"_s);
    const auto signature = QByteArray::fromBase64Encoding(
        parts.at(2), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !secureEquals(*signature, mac(parts.at(0) + '.' + parts.at(1))))
        return rejected(u"bad token signature"_s);
    const auto claims = decodePart(parts.at(1));
    if (!claims)
        return rejected(u"malformed token claims"_s);
    const QJsonValue exp = claims->value(u"exp"_s);
    // Seconds since the epoch up to the year 9999; anything else is not a date (and would
    // overflow when converted: found by tests/fuzz/fuzz_jwt).
    constexpr double kLatestExp = 253'402'300'799;
    if (!exp.isDouble() || !(exp.toDouble() >= 0 && exp.toDouble() <= kLatestExp))
        return rejected(u"malformed token expiry"_s);
    const qint64 expMs = qint64(exp.toDouble()) * 1000;
    if (expMs <= nowMs)
        return rejected(u"token expired"_s);
    const auto role = User::roleFromName(claims->value(u"role"_s).toString());
    const QString subject = claims->value(u"sub"_s).toString();
    if (!role || subject.isEmpty())
        return rejected(u"token claims are incomplete"_s);
    if (expiresAtMs)
        *expiresAtMs = expMs;
    User user { subject, *role, {} };
    for (const QJsonValue &store : claims->value(u"storeIds"_s).toArray())
        user.storeIds.append(store.toString());
    user.deviceId = claims->value(u"dev"_s).toString();
    return user;
}

} // namespace inventory
