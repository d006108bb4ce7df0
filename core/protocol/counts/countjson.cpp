#include "core/protocol/counts/countjson.h"

#include "core/protocol/json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace inventory {

void writeCount(JsonWriter &out, const CountSession &count, SnapshotField snapshot)
{
    out.beginObject();
    out.key("countId"_L1).value(count.id);
    out.key("storeId"_L1).value(count.storeId);
    out.key("status"_L1).value(CountSession::statusName(count.status));
    out.key("scope"_L1).value(CountSession::scopeName(count.scope));
    if (!count.category.isEmpty())
        out.key("category"_L1).value(count.category);
    out.key("blind"_L1).raw(count.visibility == CountVisibility::Blind ? "true" : "false");
    out.key("openedBy"_L1).value(count.openedBy);
    out.key("openedAt"_L1).timestamp(count.openedAtMs);
    if (count.status != CountStatus::Open) {
        out.key("closedBy"_L1).value(count.closedBy);
        out.key("closedAt"_L1).timestamp(count.closedAtMs);
    }
    out.key("total"_L1).value(qint64(count.lineCount));
    out.key("counted"_L1).value(qint64(count.countedCount));
    out.key("eventSeq"_L1).value(count.eventSeq);
    if (!count.lines.isEmpty()) {
        out.key("lines"_L1).beginArray();
        for (const CountLine &line : count.lines) {
            out.beginObject();
            out.key("productId"_L1).value(line.productId);
            if (snapshot == SnapshotField::Shown)
                out.key("snapshot"_L1).value(line.snapshot);
            out.key("counted"_L1);
            if (line.counted)
                out.value(*line.counted);
            else
                out.null();
            out.key("entries"_L1).value(qint64(line.entries));
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
}

void writeReview(JsonWriter &out, const CountSession &count, const QList<CountReviewLine> &lines)
{
    qint64 counted = 0;
    qint64 recount = 0;
    out.beginObject();
    out.key("countId"_L1).value(count.id);
    out.key("storeId"_L1).value(count.storeId);
    out.key("status"_L1).value(CountSession::statusName(count.status));
    out.key("lines"_L1).beginArray();
    for (const CountReviewLine &line : lines) {
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("counted"_L1);
        if (line.counted)
            out.value(*line.counted);
        else
            out.null();
        out.key("expected"_L1).value(line.expected);
        out.key("variance"_L1).value(line.variance());
        out.key("recount"_L1).raw(line.recount ? "true" : "false");
        out.endObject();
        counted += line.counted ? 1 : 0;
        recount += line.recount ? 1 : 0;
    }
    out.endArray();
    out.key("total"_L1).value(qint64(lines.size()));
    out.key("counted"_L1).value(counted);
    out.key("recount"_L1).value(recount);
    out.endObject();
}

} // namespace inventory
