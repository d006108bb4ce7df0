#pragma once

#include "core/domain/counts/countsession.h"

#include <QJsonObject>

namespace inventory {

class JsonWriter;

// A blind count hides from the clerks what the books expect; managers always see it.
enum class SnapshotField { Shown, Hidden };

// A count as API.md "Count sessions" shows it: its status, scope and progress, and its lines
// (each product's snapshot and what the tills counted) when it was loaded with them.
void writeCount(JsonWriter &out, const CountSession &count, SnapshotField snapshot);
// {"countId","storeId","status","lines":[{"productId","counted","expected","variance",
// "recount"}],"counted","total","recount"}.
void writeReview(JsonWriter &out, const CountSession &count, const QList<CountReviewLine> &lines);

} // namespace inventory
