#include "core/protocol/counts/countparser.h"

#include "core/protocol/json/jsonfields.h"
#include "core/protocol/json/parsesteps.h"

using namespace Qt::StringLiterals;
using namespace inventory::parsing;

namespace inventory {

Result<Command> CountParser::open(JsonMembers body)
{
    const JsonFields fields(std::move(body),
                            { u"countId"_s, u"storeId"_s, u"productIds"_s, u"category"_s,
                              u"random"_s, u"scope"_s, u"blind"_s });
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(countId, fields.string(u"countId"_s));
    TAKE(storeId, fields.string(u"storeId"_s));
    TAKE(blind, fields.boolean(u"blind"_s));
    TAKE(scopeName, fields.string(u"scope"_s, false));
    const int given = int(fields.has(u"productIds"_s)) + int(fields.has(u"category"_s))
        + int(fields.has(u"random"_s));
    if (given > 1)
        return Error::validation(u"scope"_s, u"give one of productIds, category or random"_s);
    std::optional<CountScope> scope;
    if (fields.has(u"productIds"_s))
        scope = CountScope::List;
    else if (fields.has(u"category"_s))
        scope = CountScope::Category;
    else if (fields.has(u"random"_s))
        scope = CountScope::Random;
    if (!scopeName.isEmpty()) {
        const auto named = CountSession::scopeFrom(scopeName);
        if (!named || (scope && *named != *scope)
            || (!scope && *named != CountScope::Full && *named != CountScope::Shelf))
            return Error::validation(u"scope"_s,
                                     u"must be full or shelf, or match the field given"_s);
        scope = named;
    }
    if (!scope)
        return Error::validation(u"scope"_s,
                                 u"give productIds, category or random, or scope full or shelf"_s);
    Command command = Command::openCount(countId, storeId, *scope,
                                         blind.value_or(false) ? CountVisibility::Blind
                                                               : CountVisibility::Shown);
    if (*scope == CountScope::List) {
        TAKE(array, fields.array(u"productIds"_s));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return Error::validation(u"productIds[%1]"_s.arg(i), u"must be a string"_s);
            command.productIds << array.at(i).toString();
        }
    } else if (*scope == CountScope::Category) {
        TAKE(category, fields.string(u"category"_s));
        command.category = category;
    } else if (*scope == CountScope::Random) {
        TAKE(random, fields.requiredInteger(u"random"_s));
        command.randomCount = random;
    }
    return validated(command);
}

Result<Command> CountParser::entry(const QString &countId, JsonMembers body, const QString &prefix)
{
    const JsonFields fields(std::move(body), { u"productId"_s, u"counted"_s, u"device"_s }, prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(productId, fields.string(u"productId"_s));
    TAKE(counted, fields.requiredInteger(u"counted"_s));
    TAKE(device, fields.string(u"device"_s, false));
    return validated(Command::countEntry(countId, productId, counted, device));
}

Result<Command> CountParser::step(CommandKind kind, const QString &countId, JsonMembers body)
{
    const bool applying = kind == CommandKind::ApplyCount;
    const JsonFields fields(std::move(body),
                            applying ? QStringList { u"zeroUncounted"_s } : QStringList {});
    if (auto unknown = fields.unknownField())
        return *unknown;
    UncountedProducts uncounted = UncountedProducts::LeftAlone;
    if (applying) {
        TAKE(zero, fields.boolean(u"zeroUncounted"_s));
        if (zero.value_or(false))
            uncounted = UncountedProducts::Zeroed;
    }
    return validated(Command::countStep(kind, countId, uncounted));
}

} // namespace inventory
