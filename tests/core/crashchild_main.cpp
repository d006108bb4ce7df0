// Helper for tst_crashsafety: applies batches of keyed +1 adjustments to P1@S1 until it is
// killed, printing "<last committed key index>" after each commit returns.
#include "core/domain/clock.h"
#include "core/engine/inventoryengine.h"
#include "core/storage/dbconnection.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inventory;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crashchild DB FIRST_INDEX\n");
        return 2;
    }
    auto opened
        = DbConnection::open(QString::fromLocal8Bit(argv[1]), SchemaMigrator::Schema::Server);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    SystemClock clock;
    InventoryEngine engine(*opened.value(), clock);
    for (qint64 next = QByteArray(argv[2]).toLongLong();;) {
        QList<Command> batch;
        for (int i = 0; i < 10; ++i)
            batch << Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"crash-%1"_s.arg(next++));
        const BatchResult result = engine.applyBatch(batch);
        if (!result.outcomes.constFirst().ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.outcomes.constFirst().error->message()));
            return 1;
        }
        std::printf("%lld\n", next - 1);
        std::fflush(stdout);
    }
}
