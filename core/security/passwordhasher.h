#pragma once

#include <QString>

namespace inventory {

// Salted PBKDF2-HMAC-SHA256 (QPasswordDigestor), stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
class PasswordHasher
{
public:
    explicit PasswordHasher(int iterations = DefaultIterations);

    QString hash(const QString &password) const;
    // Constant-time comparison of the derived key.
    static bool verify(const QString &password, const QString &stored);

    static constexpr int DefaultIterations = 100'000;

private:
    int m_iterations;
};

} // namespace inventory
