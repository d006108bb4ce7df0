#include "core/domain/reasoncode.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

const QList<ReasonCode> &ReasonCode::builtInCodes()
{
    // The common ones first: the clients offer them in this order.
    static const QList<ReasonCode> codes {
        { u"sale"_s, u"Sale"_s, u"out"_s, true },
        { u"return"_s, u"Return"_s, u"in"_s, true },
        { u"received"_s, u"Goods received"_s, u"in"_s, true },
        { u"count"_s, u"Count"_s, u"set"_s, true },
        { u"damage"_s, u"Damage"_s, u"out"_s, true },
        { u"theft"_s, u"Theft"_s, u"out"_s, true },
        { u"loss"_s, u"Loss"_s, u"out"_s, true },
        { u"internal_use"_s, u"Internal use"_s, u"out"_s, true },
        { u"sample"_s, u"Sample"_s, u"out"_s, true },
        { u"transfer_in"_s, u"Transfer in"_s, u"in"_s, true },
        { u"transfer_out"_s, u"Transfer out"_s, u"out"_s, true },
        { u"correction"_s, u"Correction"_s, u"set"_s, true },
    };
    return codes;
}

bool ReasonCode::isBuiltIn(const QString &code)
{
    const auto &codes = builtInCodes();
    return std::any_of(codes.begin(), codes.end(),
                       [&](const ReasonCode &c) { return c.code == code; });
}

bool ReasonCode::isDirection(const QString &direction)
{
    return direction == u"in"_s || direction == u"out"_s || direction == u"set"_s;
}

QString ReasonCode::defaultFor(CommandKind kind, qint64 delta)
{
    if (kind == CommandKind::Count)
        return u"count"_s;
    return delta > 0 ? u"received"_s : u"correction"_s;
}

bool ReasonCode::isWellFormed(const QString &code)
{
    if (code.isEmpty() || code.size() > 32)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

} // namespace inventory
