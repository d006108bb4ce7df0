// JsonWriter, which the hot read routes use instead of QJsonObject: what it writes parses
// back (with Qt's parser) to exactly what QJsonObject would have built.
#include "core/domain/product.h"
#include "core/domain/reservation.h"
#include "core/domain/stock/stockrow.h"
#include "core/protocol/event.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/productjson.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
// {"text": text}, as JsonWriter writes it.
QByteArray textObject(const QString &text)
{
    JsonWriter out;
    out.beginObject();
    out.key("text"_L1).value(text);
    out.endObject();
    return out.bytes();
}
} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void stringsAreEscapedAsQtDoes_data();
    void stringsAreEscapedAsQtDoes();
    void numbers_data();
    void numbers();
    void fixedPoint_data();
    void fixedPoint();
    void nesting();
    void writingOnLeavesEarlierTextAlone();
    void stockRowMatchesToJson_data();
    void stockRowMatchesToJson();
    void productMatchesToJson_data();
    void productMatchesToJson();
    void reservationMatchesToJson();
    void eventTextMatchesToJson_data();
    void eventTextMatchesToJson();
};

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"MAD-001"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s;
    QTest::newRow("control characters") << u"tab\there\nnew\u0001line"_s;
    QTest::newRow("accents and emoji") << u"Ratón inalámbrico 🖱️"_s;
    QTest::newRow("slash") << u"a/b"_s;
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(textObject(text), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"text"_s).toString(), text);
}

void TestJsonWriter::stringsAreEscapedAsQtDoes_data()
{
    strings_data();
    QTest::newRow("every short escape") << u"\b\f\n\r\t"_s;
    QTest::newRow("other control characters") << u"\u0000\u001f\u007f"_s;
    QTest::newRow("lone surrogates") << QString(QChar(0xDC00)) + u"a"_s + QChar(0xD800);
    QTest::newRow("three and four byte UTF-8") << u"€ 𝄞"_s;
}

// Idempotency fingerprints hash this text, and those stored before were QJsonDocument's.
void TestJsonWriter::stringsAreEscapedAsQtDoes()
{
    QFETCH(QString, text);
    QCOMPARE(textObject(text),
             QJsonDocument(QJsonObject { { u"text"_s, text } }).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<qint64>("number");
    for (const qint64 n :
         { qint64(0), qint64(7), qint64(10), qint64(-1), qint64(-10), qint64(1'764'054'000'123),
           std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() })
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestJsonWriter::numbers()
{
    QFETCH(qint64, number);
    JsonWriter out;
    out.beginArray();
    out.value(number);
    out.endArray();
    QCOMPARE(out.bytes(), "[" + QByteArray::number(number) + "]");
}

void TestJsonWriter::fixedPoint_data()
{
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("fraction") << qint64(412) << 3 << QByteArray("0.412");
    QTest::newRow("trailing zeros") << qint64(1500) << 3 << QByteArray("1.5");
    QTest::newRow("whole") << qint64(2000) << 3 << QByteArray("2");
    QTest::newRow("zero") << qint64(0) << 3 << QByteArray("0");
    QTest::newRow("leading zeros") << qint64(5) << 3 << QByteArray("0.005");
    QTest::newRow("negative") << qint64(-1500) << 3 << QByteArray("-1.5");
    QTest::newRow("large") << qint64(123'456'789) << 3 << QByteArray("123456.789");
    QTest::newRow("no decimals") << qint64(7) << 0 << QByteArray("7");
}

void TestJsonWriter::fixedPoint()
{
    QFETCH(qint64, scaled);
    QFETCH(int, decimals);
    QFETCH(QByteArray, expected);
    JsonWriter out;
    out.beginArray();
    out.fixedPoint(scaled, decimals);
    out.value(qint64(1));
    out.endArray();
    QCOMPARE(out.bytes(), "[" + expected + ",1]");
    // The same number as the double it stands for (one division, as the log's latency was
    // computed), written by Qt.
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QCOMPARE(
        expected,
        QByteArray::number(double(scaled) / double(unit), 'g', QLocale::FloatingPointShortest));
}

void TestJsonWriter::nesting()
{
    JsonWriter out;
    out.beginObject();
    out.key("n"_L1).value(qint64(-9007199254740991));
    out.key("list"_L1).beginArray();
    out.beginObject();
    out.key("a"_L1).null();
    out.endObject();
    out.value(qint64(2));
    out.beginArray();
    out.endArray();
    out.endArray();
    out.key("empty"_L1).beginObject();
    out.endObject();
    out.endObject();
    const QJsonObject expected {
        { u"n"_s, qint64(-9007199254740991) },
        { u"list"_s, QJsonArray { QJsonObject { { u"a"_s, QJsonValue::Null } }, 2, QJsonArray() } },
        { u"empty"_s, QJsonObject() }
    };
    QCOMPARE(QJsonDocument::fromJson(out.bytes()).object(), expected);
}

void TestJsonWriter::writingOnLeavesEarlierTextAlone()
{
    // Past the first reserve, so that the buffer grows while a copy of it is held.
    JsonWriter out(8);
    out.beginArray();
    out.value(u"first"_s);
    const QByteArray early = out.bytes();
    for (int i = 0; i < 100; ++i)
        out.value(u"more text than the first reserve"_s);
    const QByteArray middle = out.bytes();
    out.value(u"\u00e9"_s); // the escaping path
    out.endArray();
    const QByteArray whole = out.take();

    QCOMPARE(early, "[\"first\"");
    QCOMPARE(middle.size(), early.size() + 100 * 35);
    QVERIFY(middle.startsWith(early));
    QVERIFY(whole.startsWith(middle));
    QVERIFY(whole.endsWith(",\"\xc3\xa9\"]"));
    QCOMPARE(QJsonDocument::fromJson(whole).array().size(), 102);
    QVERIFY(out.bytes().isEmpty());
}

void TestJsonWriter::stockRowMatchesToJson_data()
{
    QTest::addColumn<qint64>("updatedAtMs");
    QTest::addColumn<bool>("withProductId");
    QTest::newRow("never updated") << qint64(0) << false;
    QTest::newRow("updated") << qint64(1'764'054'000'123) << false;
    QTest::newRow("with product id") << qint64(1'764'054'000'123) << true;
}

void TestJsonWriter::stockRowMatchesToJson()
{
    QFETCH(qint64, updatedAtMs);
    QFETCH(bool, withProductId);
    const StockRow row { u"PROD-001"_s, u"MAD-001"_s, 7, 2, 12, updatedAtMs };
    JsonWriter out;
    const ProductIdField field = withProductId ? ProductIdField::Included : ProductIdField::Omitted;
    writeJson(out, row, field);
    QCOMPARE(QJsonDocument::fromJson(out.bytes()).object(), toJson(row, field));
}

void TestJsonWriter::productMatchesToJson_data()
{
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<qint64>("priceCents");
    QTest::newRow("with barcode") << u"8412345678905"_s << qint64(1999);
    QTest::newRow("without barcode") << QString() << qint64(100);
    QTest::newRow("free") << u"1"_s << qint64(0);
    QTest::newRow("odd cents") << u"2"_s << qint64(123457);
}

void TestJsonWriter::productMatchesToJson()
{
    QFETCH(QString, barcode);
    QFETCH(qint64, priceCents);
    const Product product { u"PROD-001"_s,      u"SKU-1"_s,       barcode,
                            u"Ratón \"pro\""_s, u"Periféricos"_s, priceCents };
    JsonWriter out;
    writeJson(out, product);
    QCOMPARE(QJsonDocument::fromJson(out.bytes()).object(), toJson(product));
}

void TestJsonWriter::reservationMatchesToJson()
{
    Reservation reservation;
    reservation.id = u"01a2185b-868c-7ff6-9589-b6aa26b01a69"_s;
    reservation.productId = u"PROD-001"_s;
    reservation.storeId = u"MAD-001"_s;
    reservation.quantity = 3;
    reservation.customerId = u"cliente \"ñ\" \\ 7"_s;
    reservation.status = ReservationStatus::Confirmed;
    reservation.createdAtMs = 1'800'000'000'123;
    reservation.expiresAtMs = 1'800'000'300'123;
    reservation.eventSeq = 42;
    JsonWriter out;
    writeJson(out, reservation);
    QCOMPARE(QJsonDocument::fromJson(out.bytes()).object(), toJson(reservation));
}

void TestJsonWriter::eventTextMatchesToJson_data()
{
    QTest::addColumn<Event>("event");
    const QJsonObject data { { u"quantity"_s, 5 },
                             { u"actor"_s, u"ana"_s },
                             { u"reason"_s, u"a \"b\""_s } };
    QTest::newRow("data as a tree")
        << Event(7, u"stock.adjusted"_s, 1'800'000'000'000, u"MAD-001"_s, u"PROD-001"_s, data);
    QTest::newRow("no store or product")
        << Event(8, u"product.created"_s, 1'800'000'000'001, {}, {}, data);
    Event written(9, u"stock.counted"_s, 1'800'000'000'002, u"BCN-001"_s, u"PROD-002"_s);
    written.data = JsonBody::fromText(QJsonDocument(data).toJson(QJsonDocument::Compact));
    QTest::newRow("data as text") << written;
}

void TestJsonWriter::eventTextMatchesToJson()
{
    QFETCH(Event, event);
    const QJsonObject parsed = QJsonDocument::fromJson(event.toJsonText()).object();
    QCOMPARE(parsed, event.toJson());
    QCOMPARE(parsed.value(u"data"_s).toObject().value(u"quantity"_s).toInteger(), 5);
    QCOMPARE(Event::fromJson(parsed), event);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
