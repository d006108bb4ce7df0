#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"

#include <QByteArray>

namespace inventory {

// HS256 JSON Web Tokens with the claims of API.md: sub, role, storeIds, iat, exp, and dev (the
// till) for a PIN sign-in.
// Written here because Qt has no JWT support; HMAC comes from QMessageAuthenticationCode.
class JwtCodec
{
public:
    explicit JwtCodec(QByteArray secret);

    QByteArray sign(const User &user, qint64 issuedAtMs, qint64 expiresAtMs) const;
    // UNAUTHENTICATED for anything but a well-formed, correctly signed, unexpired HS256 token.
    // expiresAtMs, when given, receives the token's expiry.
    Result<User> verify(const QByteArray &token, qint64 nowMs, qint64 *expiresAtMs = nullptr) const;

private:
    QByteArray mac(const QByteArray &signingInput) const;

    QByteArray m_secret;
};

} // namespace inventory
