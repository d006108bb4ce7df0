// Feed messages as a client reads them (Event::fromJsonText): its own pass over the plain
// kind of event message and Qt's parser must read the same event, and whatever the own pass
// refuses must be left to Qt (FeedClient then reads it with fromJson()).
#include "core/domain/timestamp.h"
#include "core/protocol/event.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestEventText : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQt_data();
    void agreesWithQt();
    void readsWhatTheServerWrites();
};

void TestEventText::agreesWithQt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ours"); // read by the own pass (else left to Qt)
    const auto row = [](const char *name, const QByteArray &text, bool ours) {
        QTest::newRow(name) << text << ours;
    };
    const QByteArray stock
        = R"({"seq":42,"type":"stock.adjusted","at":"2026-11-27T05:01:02.345Z","storeId":"MAD-001",)"
          R"("productId":"PROD-001","data":{"quantity":7,"reserved":2,"available":5,"version":12,)"
          R"("delta":-1,"reason":"sale","actor":"clerk-mad"}})";
    row("stock event", stock, true);
    row("reservation event, nested data",
        R"({"seq":7,"type":"reservation.created","at":"2026-11-27T05:01:02.345Z",)"
        R"("storeId":"BCN-001","productId":"P","data":{"quantity":3,"reserved":1,)"
        R"("reservation":{"id":"r-1","quantity":1,"status":"PENDING"},"tags":[1,"a",null,[]]}})",
        true);
    row("no store (null)", R"({"seq":1,"type":"product.created","storeId":null,"data":{}})", true);
    row("members in another order, spaces",
        " {\n \"data\" : { \"a\" : true } ,\t\"at\":\"2026-11-27T05:01:02.345Z\",\r\n\"seq\" : 3 "
        "} ",
        true);
    row("only seq", R"({"seq":5})", true);
    row("unknown member", R"({"seq":5,"extra":{"x":[false]},"type":"t"})", true);
    row("negative seq", R"({"seq":-5})", true);
    row("unreadable time", R"({"seq":5,"at":"yesterday"})", true);
    row("heartbeat", R"({"type":"heartbeat","lastSeq":12})", false);
    row("resync", R"({"type":"resync","lastSeq":12})", false);
    row("empty object", "{}", false);
    row("escape in a string", R"({"seq":5,"type":"stock\u002eadjusted"})", false);
    row("escape inside data", R"({"seq":5,"data":{"reason":"a\"b"}})", false);
    row("text outside ASCII", "{\"seq\":5,\"data\":{\"actor\":\"Jos\xc3\xa9\"}}", false);
    row("fraction inside data", R"({"seq":5,"data":{"price":1.5}})", false);
    row("fractional seq", R"({"seq":5.0})", false);
    row("seq as text", R"({"seq":"5"})", false);
    row("seq null", R"({"seq":null})", false);
    row("seq named twice", R"({"seq":5,"seq":6})", false);
    row("data named twice", R"({"seq":5,"data":{},"data":{"a":1}})", false);
    row("type named twice", R"({"seq":5,"type":"a","type":"b"})", false);
    row("type not a string", R"({"seq":5,"type":7})", false);
    row("data not an object", R"({"seq":5,"data":[1]})", false);
    row("data null", R"({"seq":5,"data":null})", false);
    row("nested too deep", "{\"seq\":5,\"data\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}",
        false);
    row("broken data", R"({"seq":5,"data":{"a":}})", false);
    row("unterminated", R"({"seq":5,"data":{"a":1})", false);
    row("trailing comma", R"({"seq":5,})", false);
    row("text after the object", R"({"seq":5} x)", false);
    row("leading zero", R"({"seq":05})", false);
    row("an array", "[1]", false);
    row("empty", "", false);
}

void TestEventText::agreesWithQt()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ours);
    const std::optional<Event> event = Event::fromJsonText(text);
    QCOMPARE(event.has_value(), ours);
    if (!ours)
        return;
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(qt.object().contains(u"seq"_s));
    const Event reference = Event::fromJson(qt.object());
    QCOMPARE(event->seq, reference.seq);
    QCOMPARE(event->type, reference.type);
    QCOMPARE(event->atMs, reference.atMs);
    QCOMPARE(event->storeId, reference.storeId);
    QCOMPARE(event->productId, reference.productId);
    QCOMPARE(event->data.object(), reference.data.object());
    QVERIFY(event->data.holdsText() || event->data.isEmpty()); // text until somebody asks
}

// The server's own text for an event, read back: the same event, and the same text again.
void TestEventText::readsWhatTheServerWrites()
{
    Event sent(1234567, u"stock.counted"_s, *timestamp::parse(u"2026-11-27T05:01:02.345Z"_s),
               u"SEV-001"_s, u"PROD-042"_s,
               QJsonObject { { u"quantity"_s, 40 }, { u"reserved"_s, 0 }, { u"available"_s, 40 } });
    const QByteArray text = sent.toJsonText();
    const std::optional<Event> read = Event::fromJsonText(text);
    QVERIFY(read);
    QCOMPARE(*read, sent);
    QCOMPARE(read->toJsonText(), text);
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
