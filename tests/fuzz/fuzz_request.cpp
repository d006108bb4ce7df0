// libFuzzer target: a request body as it arrives from the network, through the same parsing
// and validation the server's routes and the batch push use. A crash, a sanitizer report,
// or a parse that both succeeds and leaves an invalid command is a failure.
#include "core/protocol/commandfingerprint.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/counts/countparser.h"
#include "core/protocol/errorjson.h"
#include "core/protocol/json/jsonmembers.h"
#include "core/protocol/tickets/ticketparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
void check(const Result<Command> &parsed)
{
    if (!parsed) {
        // Every rejection is one of the API's errors with a JSON form.
        if (toJson(parsed.error()).isEmpty())
            std::abort();
        return;
    }
    if (parsed.value().validate())
        std::abort(); // the parser accepted what validation refuses
    (void)commandFingerprint(parsed.value());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<JsonMembers> object = JsonMembers::parse(body);
    // The server's own reading of flat bodies and Qt's agree on every input: same answer,
    // same members.
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(body, &error);
    if (object.ok() != (error.error == QJsonParseError::NoError && qt.isObject()))
        std::abort();
    if (!object)
        return 0;
    const QJsonObject reference = qt.object();
    if (object.value().size() != reference.size())
        std::abort();
    for (const JsonMembers::Member &member : object.value()) {
        if (object.value().value(member.name) != reference.value(member.name))
            std::abort();
    }
    check(CommandParser::stock(u"PROD-001"_s, object.value()));
    check(CommandParser::reserve(object.value()));
    check(CommandParser::createProduct(object.value()));
    check(TicketParser::sale(object.value()));
    check(TicketParser::ticketReturn(u"MAD-001-T1-T-000001"_s, object.value()));
    check(CountParser::open(object.value()));
    check(CountParser::entry(u"C-1"_s, object.value()));
    check(CountParser::step(CommandKind::ApplyCount, u"C-1"_s, object.value()));
    check(CommandParser::syncOperation(reference, 0));
    const QJsonArray operations = reference.value(u"operations"_s).toArray();
    for (qsizetype i = 0; i < operations.size(); ++i)
        check(CommandParser::syncOperation(operations.at(i).toObject(), int(i)));
    return 0;
}
