#include "core/domain/counts/countsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

void CountSession::markRecounts(QList<CountReviewLine> &lines, qint64 minUnits, qint64 percent)
{
    for (CountReviewLine &line : lines) {
        const qint64 off = line.variance() < 0 ? -line.variance() : line.variance();
        line.recount = line.counted && off > 0 && off >= minUnits
            && off * 100 >= percent * std::max<qint64>(line.expected, 1);
    }
}

QString CountSession::statusName(CountStatus status)
{
    switch (status) {
    case CountStatus::Open:
        return u"OPEN"_s;
    case CountStatus::Applied:
        return u"APPLIED"_s;
    case CountStatus::Cancelled:
        return u"CANCELLED"_s;
    }
    return {};
}

std::optional<CountStatus> CountSession::statusFrom(const QString &name)
{
    for (CountStatus s : { CountStatus::Open, CountStatus::Applied, CountStatus::Cancelled }) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString CountSession::scopeName(CountScope scope)
{
    switch (scope) {
    case CountScope::List:
        return u"list"_s;
    case CountScope::Category:
        return u"category"_s;
    case CountScope::Random:
        return u"random"_s;
    case CountScope::Full:
        return u"full"_s;
    case CountScope::Shelf:
        return u"shelf"_s;
    }
    return {};
}

std::optional<CountScope> CountSession::scopeFrom(const QString &name)
{
    for (CountScope s : { CountScope::List, CountScope::Category, CountScope::Random,
                          CountScope::Full, CountScope::Shelf }) {
        if (scopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace inventory
