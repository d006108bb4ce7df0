// Client probe: what a store terminal's client core does with a large chain.
//   inventory-clientprobe seed --db PATH [--products 100000] [--stores N]
//       adds synthetic products, each stocked in every store, to a server database
//       (through the engine, events and all; the server must not be running); with --stores,
//       first adds stores CHN-0005, CHN-0006, … until the chain has N
//   inventory-clientprobe measure --server URL [--user clerk-mad --password demo]
//                         [--operations 10000] [--scope STORE]
//       initial sync of an empty profile (with peak RSS), draining a queue of operations,
//       and search-as-you-type over the cached catalogue; prints one line of figures each.
//       --scope: the first sync of a till enrolled for STORE (its rows and the others'
//       summary, InitialSync), else every store's rows.
#include "core/client/apiclient.h"
#include "core/client/localcache.h"
#include "core/client/sync/initialsync.h"
#include "core/client/syncengine.h"
#include "core/domain/clock.h"
#include "core/engine/admin/storeregistry.h"
#include "core/engine/inventoryengine.h"
#include "core/storage/dbconnection.h"
#include "readok.h"
#include "syntheticcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
constexpr int kSeedChunk = 5000;

// Runs the event loop until `finished` is set by a callback, or the timeout.
bool waitUntil(const bool &finished, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (finished)
            loop.quit();
    });
    check.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

int seed(const QString &path, int products, int chainStores)
{
    auto db = DbConnection::open(path, SchemaMigrator::Schema::Server);
    if (!db) {
        std::fprintf(stderr, "clientprobe: %s\n", qPrintable(db.error().message()));
        return 1;
    }
    auto stores = StoreRegistry(*db.value()).list();
    for (qsizetype n = stores ? stores->size() : chainStores; n < chainStores; ++n) {
        const Store store { u"CHN-%1"_s.arg(n + 1, 4, 10, QLatin1Char('0')),
                            u"Chain store %1"_s.arg(n + 1), u"Madrid"_s };
        if (Status added = StoreRegistry(*db.value()).add(store); !added) {
            std::fprintf(stderr, "clientprobe: %s\n", qPrintable(added.error().message()));
            return 1;
        }
    }
    if (stores && chainStores > 0)
        stores = StoreRegistry(*db.value()).list();
    if (!stores || stores->isEmpty()) {
        std::fprintf(stderr,
                     "clientprobe: the database has no stores (seed it with --seed demo)\n");
        return 1;
    }
    SystemClock clock;
    InventoryEngine engine(*db.value(), clock);
    QElapsedTimer timer;
    timer.start();
    QList<Command> chunk;
    auto flush = [&]() -> bool {
        const BatchResult result = engine.applyBatch(chunk);
        chunk.clear();
        for (const CommandOutcome &outcome : result.outcomes) {
            if (!outcome.ok()) {
                std::fprintf(stderr, "clientprobe: seeding failed: %s\n",
                             qPrintable(outcome.error->message()));
                return false;
            }
        }
        return !result.failed;
    };
    for (int i = 0; i < products; ++i) {
        const Product product = SyntheticCatalog::product(i);
        chunk.append(Command::createProduct(product));
        for (const Store &store : stores.value())
            chunk.append(Command::count(product.id, store.id, 10 + i % 50));
        if (chunk.size() >= kSeedChunk && !flush())
            return 1;
    }
    if (!chunk.isEmpty() && !flush())
        return 1;
    std::printf("seed: products=%d stores=%lld seconds=%.1f\n", products, qint64(stores->size()),
                timer.elapsed() / 1000.0);
    return 0;
}

int measure(const QUrl &server, const QString &user, const QString &password, int operations,
            const QString &scope)
{
    QTemporaryDir profile;
    SystemClock clock;
    auto store = LocalCache::open(profile.filePath(u"profile.db"_s), clock);
    if (!store) {
        std::fprintf(stderr, "clientprobe: %s\n", qPrintable(store.error().message()));
        return 1;
    }
    ApiClient api({ server });
    bool signedIn = false;
    api.login(user, password, [&](const ApiReply &r) {
        api.setToken(r.body.value(u"token"_s).toString().toUtf8());
        signedIn = r.ok();
    });
    if (!waitUntil(signedIn, 15'000)) {
        std::fprintf(stderr, "clientprobe: cannot sign in to %s\n", qPrintable(server.toString()));
        return 1;
    }
    SyncEngine sync(*store.value(), api);

    // 1. Initial sync of the empty profile.
    QElapsedTimer timer;
    timer.start();
    bool synced = false;
    Status syncStatus;
    const auto syncDone = [&](Status s) {
        syncStatus = s;
        synced = true;
    };
    InitialSync initial(*store.value(), api);
    if (scope.isEmpty())
        sync.initialSync(syncDone);
    else
        initial.run(scope, syncDone);
    if (!waitUntil(synced, 600'000) || !syncStatus) {
        std::fprintf(stderr, "clientprobe: initial sync failed: %s\n",
                     syncStatus ? "timeout" : qPrintable(syncStatus.error().message()));
        return 1;
    }
    const double syncSeconds = timer.elapsed() / 1000.0;
    const qint64 cached = readOk(store.value()->productCount());
    const qint64 rows = readOk(store.value()->allRows()).size();
    std::printf("initial-sync: products=%lld rows=%lld stores=%lld seconds=%.2f "
                "peak_rss_mib=%.0f profile_mib=%.0f\n",
                cached, rows, qint64(readOk(store.value()->stores()).size()), syncSeconds,
                peakRssMiB(),
                (QFileInfo(profile.filePath(u"profile.db"_s)).size()
                 + QFileInfo(profile.filePath(u"profile.db-wal"_s)).size())
                    / 1048576.0);

    // 2. Draining a queue built while offline.
    for (int i = 0; i < operations; ++i) {
        const QString product = SyntheticCatalog::product(i % int(qMax<qint64>(1, cached))).id;
        if (!store.value()->enqueue(u"stock"_s,
                                    { { u"productId"_s, product },
                                      { u"storeId"_s, u"MAD-001"_s },
                                      { u"operation"_s, u"add"_s },
                                      { u"quantity"_s, 1 },
                                      { u"note"_s, u"clientprobe"_s } },
                                    product, u"MAD-001"_s, 1)) {
            std::fprintf(stderr, "clientprobe: cannot queue an operation\n");
            return 1;
        }
    }
    timer.restart();
    while (readOk(store.value()->queuedCount()) > 0 && timer.elapsed() < 300'000) {
        bool pushed = false;
        Status pushStatus;
        sync.pushQueue([&](Status s) {
            pushStatus = s;
            pushed = true;
        });
        if (!waitUntil(pushed, 120'000) || !pushStatus) {
            std::fprintf(stderr, "clientprobe: push failed\n");
            return 1;
        }
    }
    const double drainSeconds = timer.elapsed() / 1000.0;
    std::printf("drain: operations=%d rejected=%lld seconds=%.2f ops_per_s=%.0f\n", operations,
                qint64(readOk(store.value()->rejected()).size()), drainSeconds,
                operations / qMax(drainSeconds, 0.001));

    // 3. Search as you type: every prefix of a few things a clerk types, as the POS's
    // search model asks for them (up to 200 results each).
    // (the second as typed without accents, words swapped: the folded index's work)
    const QStringList typed { u"teclado inalámbrico"_s,
                              u"INALAMBRICO teclado"_s,
                              u"SKU-0099"_s,
                              u"8400"_s,
                              u"modelo 4242"_s,
                              u"xyzzy"_s };
    std::vector<double> keystrokes;
    for (const QString &text : typed) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            QElapsedTimer key;
            key.start();
            const qsizetype found = readOk(store.value()->searchProducts(text.left(n), 200)).size();
            keystrokes.push_back(key.nsecsElapsed() / 1e6);
            if (found == 0 && n == 1)
                std::fprintf(stderr, "clientprobe: '%s' finds nothing\n", qPrintable(text.left(n)));
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    auto at = [&](double p) {
        return keystrokes[std::min(keystrokes.size() - 1, size_t(p * double(keystrokes.size())))];
    };
    std::printf("search: products=%lld keystrokes=%zu p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
                cached, keystrokes.size(), at(0.5), at(0.99), keystrokes.back());
    std::fflush(stdout);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"seed or measure"_s);
    for (const char *name :
         { "db", "products", "stores", "server", "user", "password", "operations", "scope" })
        parser.addOption({ QString::fromLatin1(name), QString::fromLatin1(name), u"value"_s });
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    auto number = [&](const QString &name, int fallback) {
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        return ok ? v : fallback;
    };
    auto text = [&](const QString &name, const QString &fallback) {
        return parser.value(name).isEmpty() ? fallback : parser.value(name);
    };
    if (command == u"seed"_s)
        return seed(parser.value(u"db"_s), number(u"products"_s, 100'000), number(u"stores"_s, 0));
    if (command == u"measure"_s)
        return measure(QUrl(parser.value(u"server"_s)), text(u"user"_s, u"clerk-mad"_s),
                       text(u"password"_s, u"demo"_s), number(u"operations"_s, 10'000),
                       parser.value(u"scope"_s));
    parser.showHelp(2);
}
