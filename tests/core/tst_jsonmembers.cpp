// Request bodies as the server reads them (JsonMembers): its own pass over flat objects and
// Qt's parser for everything else must give the same members, the same refusals and the
// same validation errors.
#include "core/protocol/commandparser.h"
#include "core/protocol/json/jsonmembers.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestJsonMembers : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQt_data();
    void agreesWithQt();
    void unknownFieldIsTheFirstByName();
};

void TestJsonMembers::agreesWithQt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    const auto row = [](const char *name, const QByteArray &body, bool ok) {
        QTest::newRow(name) << body << ok;
    };
    row("reservation", R"({"productId":"PROD-001","storeId":"MAD-001","quantity":1,"ttl":86400})",
        true);
    row("spaces everywhere", " \t{ \"a\" :\r\n\"x\" , \"b\" : -12 }\n ", true);
    row("empty object", "{}", true);
    row("true, false, null", R"({"t":true,"f":false,"n":null})", true);
    row("largest plain integer", R"({"q":999999999999999})", true);
    row("16 digits", R"({"q":9999999999999999})", true);
    row("22 digits (found by fuzz_request)", R"({"q":-2222222222222222222222})", true);
    row("fraction", R"({"q":1.5})", true);
    row("exponent", R"({"q":1e3})", true);
    row("minus zero", R"({"q":-0})", true);
    row("escapes", R"({"a":"line\nbreak \"quoted\" \u00e9 \ud83c\udf4e"})", true);
    row("UTF-8 text", "{\"a\":\"caf\xc3\xa9\"}", true);
    row("DEL character", "{\"a\":\"\x7f\"}", true);
    row("nested object and array", R"({"a":{"b":[1,2]},"c":"d"})", true);
    row("duplicate names", R"({"a":"1","a":"2"})", true);
    row("empty name", R"({"":1})", true);
    row("leading zero", R"({"q":01})", false);
    row("lone minus", R"({"q":-})", false);
    row("trailing comma", R"({"a":1,})", false);
    row("missing colon", R"({"a" 1})", false);
    row("unterminated string", R"({"a":"x)", false);
    row("control character in a string (Qt takes it)", "{\"a\":\"\x01\"}", true);
    row("single quotes", "{'a':1}", false);
    row("bare word", R"({"a":yes})", false);
    row("truncated true", R"({"a":tru})", false);
    row("text after the object", R"({"a":1} x)", false);
    row("two objects", R"({}{})", false);
    row("array", "[1,2]", false);
    row("empty", "", false);
    row("invalid UTF-8", "{\"a\":\"\xff\"}", false);
}

void TestJsonMembers::agreesWithQt()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<JsonMembers> ours = JsonMembers::parse(body);
    QCOMPARE(ours.ok(), ok);
    if (!ok) {
        QCOMPARE(ours.error().code(), ErrorCode::ValidationFailed);
        return;
    }
    const QJsonObject qt = QJsonDocument::fromJson(body).object();
    QCOMPARE(ours.value().size(), qt.size());
    for (auto it = qt.constBegin(); it != qt.constEnd(); ++it) {
        QVERIFY2(ours.value().contains(it.key()), qPrintable(it.key()));
        QCOMPARE(ours.value().value(it.key()), it.value());
    }
    QCOMPARE(ours.value().value(u"absent"_s), QJsonValue(QJsonValue::Undefined));
}

// Qt lists an object's members by name; the flat reader keeps them as sent. The same body
// must get the same error whichever reader took it.
void TestJsonMembers::unknownFieldIsTheFirstByName()
{
    const QByteArray flat = R"({"zeta":1,"productId":"P","storeId":"S","quantity":1,)"
                            R"("customerId":"c","alpha":2})";
    const QByteArray escaped = R"({"zeta":1,"productId":"P\u0031","storeId":"S","quantity":1,)"
                               R"("customerId":"c","alpha":2})";
    for (const QByteArray &body : { flat, escaped }) {
        auto members = JsonMembers::parse(body);
        QVERIFY(members.ok());
        const auto command = CommandParser::reserve(members.value());
        QVERIFY(!command.ok());
        QCOMPARE(command.error().details().value(u"field"_s).toString(), u"alpha"_s);
    }
}

QTEST_GUILESS_MAIN(TestJsonMembers)
#include "tst_jsonmembers.moc"
