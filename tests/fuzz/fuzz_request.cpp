// libFuzzer target: a request body as it arrives from the network, through the same parsing
// and validation the server's routes and the batch push use. A crash, a sanitizer report,
// or a parse that both succeeds and leaves an invalid command is a failure.
#include "commandparser.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
void check(const Result<Command> &parsed)
{
    if (!parsed) {
        // Every rejection is one of the API's errors with a JSON form.
        if (parsed.error().toJson().isEmpty())
            std::abort();
        return;
    }
    if (parsed.value().validate())
        std::abort(); // the parser accepted what validation refuses
    (void)parsed.value().fingerprint();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QJsonObject> object = JsonFields::parseObject(body);
    if (!object)
        return 0;
    check(CommandParser::stock(u"PROD-001"_s, object.value()));
    check(CommandParser::reserve(object.value()));
    check(CommandParser::createProduct(object.value()));
    check(CommandParser::syncOperation(object.value(), 0));
    const QJsonArray operations = object.value().value(u"operations"_s).toArray();
    for (qsizetype i = 0; i < operations.size(); ++i)
        check(CommandParser::syncOperation(operations.at(i).toObject(), int(i)));
    return 0;
}
