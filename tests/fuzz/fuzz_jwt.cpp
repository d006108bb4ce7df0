// libFuzzer target: bearer tokens. Input starting with '!' is signed with the test secret
// first, so the fuzzer also reaches the header and claim parsing behind the signature check.
// A crash, a sanitizer report, or accepting a token not signed with the secret is a failure.
#include "core/protocol/auth/jwtcodec.h"

#include <QMessageAuthenticationCode>
#include <cstdlib>

using namespace inventory;

namespace {
const QByteArray kSecret = QByteArrayLiteral("fuzzing-secret-0123456789abcdef");
constexpr qint64 kNowMs = 1'800'000'000'000;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray token(reinterpret_cast<const char *>(data), qsizetype(size));
    const JwtCodec codec(kSecret);
    const bool signedHere = token.startsWith('!');
    if (signedHere) {
        token.remove(0, 1);
        const QByteArray mac
            = QMessageAuthenticationCode::hash(token, kSecret, QCryptographicHash::Sha256);
        token += '.' + mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    qint64 expiresAtMs = 0;
    const Result<User> user = codec.verify(token, kNowMs, &expiresAtMs);
    if (user && !signedHere)
        std::abort(); // a random token must never verify
    if (user && expiresAtMs <= kNowMs)
        std::abort(); // an expired token must never verify
    return 0;
}
