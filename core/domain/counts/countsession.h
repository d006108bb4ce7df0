#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace inventory {

enum class CountStatus { Open, Applied, Cancelled };

// What a count covers: the products named, a category, N products drawn at random, every
// product of the catalogue, or a shelf (nothing at the start: each product scanned joins).
enum class CountScope { List, Category, Random, Full, Shelf };

// A blind count does not show the clerks the quantity the books expect.
enum class CountVisibility { Shown, Blind };

// On apply: products nobody counted keep their quantity, or (a full count) become 0.
enum class UncountedProducts { LeftAlone, Zeroed };

// One product of a count (API.md "Count sessions"). The snapshot is the store's quantity when
// the product joined the count, at event seq snapshotSeq; `counted` adds up the entries of
// every till (different shelves), lastEntrySeq is the seq of the latest of them.
struct CountLine
{
    QString productId;
    qint64 snapshot = 0;
    qint64 snapshotSeq = 0;
    std::optional<qint64> counted;
    int entries = 0;
    qint64 lastEntrySeq = 0;
};

// A line of a review: expected = snapshot + the movements after the snapshot up to the latest
// entry (every movement after it when nothing was counted), so that a sale rung up while the
// shelf was being counted does not show as a variance.
struct CountReviewLine
{
    QString productId;
    std::optional<qint64> counted;
    qint64 expected = 0;
    // The quantity the row has now: apply sets it to now + variance.
    qint64 current = 0;
    bool recount = false;

    qint64 variance() const { return counted ? *counted - expected : 0; }
};

struct CountSession
{
    QString id;
    QString storeId;
    CountStatus status = CountStatus::Open;
    CountScope scope = CountScope::List;
    CountVisibility visibility = CountVisibility::Shown;
    QString category;
    QString openedBy;
    qint64 openedAtMs = 0;
    QString closedBy;
    qint64 closedAtMs = 0;
    qint64 eventSeq = 0;
    QList<CountLine> lines;
    // How many products the count covers and how many of them somebody counted (a list of
    // counts carries these without the lines).
    int lineCount = 0;
    int countedCount = 0;

    // Marks for a recount every counted line whose variance is at least minUnits and at least
    // percent % of what was expected.
    static void markRecounts(QList<CountReviewLine> &lines, qint64 minUnits, qint64 percent);

    static QString statusName(CountStatus status);
    static std::optional<CountStatus> statusFrom(const QString &name);
    static QString scopeName(CountScope scope);
    static std::optional<CountScope> scopeFrom(const QString &name);

    // A count of a whole catalogue stays one transaction of bounded size.
    static constexpr int MaxLines = 50'000;
    static constexpr int MaxListed = 2'000;
};

} // namespace inventory
