// Feed latency probe: SUBSCRIBERS WebSocket subscribers on one server while RATE changes a
// second are committed; prints the time from an event's commit (its "at", taken when the
// writer applies it, so slightly before the commit) to its receipt by FeedClients of the
// client core, p50/p99/max, and how many messages reached every subscriber.
//   inventory-feedprobe --server URL [--subscribers 1000] [--samplers 10] [--rate 2000]
//                       [--seconds 10] [--warmup 2] [--user admin --password demo]
//                       [--stores 4] [--filtered 0]
// The changes are spread over --stores stores (the demo's, then the chain seed's CHN-0005,
// …); --filtered more subscribers each follow one of them (storeId=) and must receive
// exactly that store's changes, besides the --subscribers that follow every store.
#include "core/client/apiclient.h"
#include "core/client/feedclient.h"
#include "rawfeedfleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::bench;

namespace {
QString text(QCommandLineParser &p, const QString &name, const QString &fallback)
{
    return p.value(name).isEmpty() ? fallback : p.value(name);
}

int arg(QCommandLineParser &p, const QString &name, int fallback)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    return ok ? v : fallback;
}

// Runs the event loop until done() or the timeout; false on timeout. Checks every 5 ms
// instead of spinning, so that the probe leaves the CPU to the server.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

qint64 percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return -1;
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(i), values.end());
    return values[i];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    for (const char *name : { "server", "subscribers", "samplers", "rate", "seconds", "warmup",
                              "user", "password", "stores", "filtered" })
        parser.addOption({ QString::fromLatin1(name), QString::fromLatin1(name), u"value"_s });
    parser.process(app);
    const QUrl server(parser.value(u"server"_s));
    const int subscribers = arg(parser, u"subscribers"_s, 1000);
    const int samplers = std::min(subscribers, arg(parser, u"samplers"_s, 10));
    const int rate = arg(parser, u"rate"_s, 2000);
    const int seconds = arg(parser, u"seconds"_s, 10);
    const int warmup = arg(parser, u"warmup"_s, 2);
    const QString user = text(parser, u"user"_s, u"admin"_s);
    const QString password = text(parser, u"password"_s, u"demo"_s);
    const int filtered = arg(parser, u"filtered"_s, 0);
    QStringList stores { u"BCN-001"_s, u"MAD-001"_s, u"SEV-001"_s, u"VAL-001"_s };
    const int storeCount = std::max(1, arg(parser, u"stores"_s, 4));
    stores = stores.mid(0, storeCount);
    for (int n = 5; n <= storeCount; ++n)
        stores.append(u"CHN-%1"_s.arg(n, 4, 10, QChar(u'0')));

    ApiClient api({ server });
    QByteArray token;
    qint64 startSeq = -1;
    api.login(user, password,
              [&](const ApiReply &r) { token = r.body.value(u"token"_s).toString().toUtf8(); });
    if (!waitFor([&] { return !token.isEmpty(); }, 15'000)) {
        std::fprintf(stderr, "feedprobe: cannot sign in to %s\n", qPrintable(server.toString()));
        return 1;
    }
    api.setToken(token);
    api.get(u"/health"_s,
            [&](const ApiReply &r) { startSeq = r.body.value(u"lastSeq"_s).toInteger(); });
    waitFor([&] { return startSeq >= 0; }, 15'000);

    // Subscribers: most are raw (cheap for the probe, on a thread of their own), a few are
    // the client core's FeedClient on this thread. The server starts each fan-out at a random
    // subscriber, so the FeedClients measure every place in it, first to last.
    const int rawCount = subscribers - samplers;
    QElapsedTimer connecting;
    connecting.start();
    QList<QByteArray> filters(rawCount);
    for (int i = 0; i < filtered; ++i)
        filters.append(stores.at(i % stores.size()).toLatin1());
    RawFeedFleet raw(server, token, startSeq, filters);
    if (!waitFor([&] { return raw.upgraded() + raw.failed() == raw.count(); }, 60'000)
        || raw.failed() > 0) {
        std::fprintf(stderr, "feedprobe: %d of %d raw subscribers connected within 60 s\n",
                     raw.upgraded(), raw.count());
        return 1;
    }
    std::vector<qint64> latencies;
    qint64 measureFromMs = 0;
    std::vector<std::unique_ptr<FeedClient>> feeds;
    std::vector<qint64> feedSeq(size_t(samplers), startSeq);
    int connectedFeeds = 0;
    for (int i = 0; i < samplers; ++i) {
        auto feed = std::make_unique<FeedClient>([server] { return server; },
                                                 [&feedSeq, i] { return feedSeq[size_t(i)]; });
        feed->setToken(token);
        QObject::connect(feed.get(), &FeedClient::connected,
                         [&connectedFeeds] { ++connectedFeeds; });
        QObject::connect(feed.get(), &FeedClient::eventsReceived,
                         [&, i](const QList<Event> &events) {
                             const qint64 now = QDateTime::currentMSecsSinceEpoch();
                             for (const Event &e : events) {
                                 feedSeq[size_t(i)] = e.seq;
                                 if (measureFromMs > 0 && e.atMs >= measureFromMs)
                                     latencies.push_back(now - e.atMs);
                             }
                         });
        feed->start();
        feeds.push_back(std::move(feed));
    }
    if (!waitFor([&] { return connectedFeeds == samplers; }, 60'000)) {
        std::fprintf(stderr, "feedprobe: %d of %d FeedClients connected within 60 s\n",
                     connectedFeeds, samplers);
        return 1;
    }
    std::fprintf(stderr, "feedprobe: %d subscribers connected in %lld ms\n", subscribers + filtered,
                 connecting.elapsed());

    // The writer: a batch every 10 ms through /sync/push, spread over products and stores.
    QHash<QByteArray, qint64> sentPerStore;
    const int perTick = std::max(1, rate / 100);
    qint64 sent = 0, acknowledged = 0, failed = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QElapsedTimer running;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // Catch up if a tick came late, so the rate holds on average.
        const qint64 due = running.elapsed() * rate / 1000;
        QJsonArray operations;
        for (; sent < due && operations.size() < perTick * 4; ++sent) {
            const QString &store = stores.at(sent / 16 % stores.size());
            ++sentPerStore[store.toLatin1()];
            operations.append(QJsonObject {
                { u"idempotencyKey"_s,
                  u"feedprobe-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(sent) },
                { u"kind"_s, u"stock"_s },
                { u"body"_s,
                  QJsonObject {
                      { u"productId"_s, u"PROD-%1"_s.arg(1 + sent % 16, 3, 10, QChar(u'0')) },
                      { u"storeId"_s, store },
                      { u"operation"_s, u"add"_s },
                      { u"quantity"_s, 1 },
                      { u"note"_s, u"feedprobe"_s } } } });
        }
        const qint64 n = operations.size();
        if (n == 0)
            return;
        api.send("POST", u"/api/v1/sync/push"_s, { { u"operations"_s, operations } }, {},
                 [&acknowledged, &failed, n](const ApiReply &r) {
                     (r.ok() ? acknowledged : failed) += n;
                 });
    });
    running.start();
    measureFromMs = QDateTime::currentMSecsSinceEpoch() + warmup * 1000;
    tick.start(10);
    waitFor([&] { return running.elapsed() >= qint64(seconds) * 1000; }, seconds * 1000 + 5000);
    tick.stop();
    const double elapsed = running.elapsed() / 1000.0;
    waitFor([&] { return acknowledged + failed >= sent; }, 30'000);

    qint64 lastSeq = -1;
    api.get(u"/health"_s,
            [&](const ApiReply &r) { lastSeq = r.body.value(u"lastSeq"_s).toInteger(); });
    waitFor([&] { return lastSeq >= 0; }, 15'000);
    const qint64 expected = lastSeq - startSeq;
    const RawFeedFleet::Expected expectedFor = [&](const QByteArray &store) {
        return store.isEmpty() ? expected : sentPerStore.value(store);
    };
    waitFor(
        [&] {
            return std::all_of(feedSeq.begin(), feedSeq.end(),
                               [&](qint64 s) { return s >= lastSeq; })
                && raw.allReceived(expectedFor);
        },
        30'000);
    qint64 delivered = raw.received(expectedFor);
    for (qint64 s : feedSeq)
        delivered += std::min(s - startSeq, expected);
    qint64 due = expected * subscribers;
    for (qsizetype i = rawCount; i < filters.size(); ++i)
        due += expectedFor(filters.at(i));
    const qint64 samples = qint64(latencies.size());
    const qint64 p50 = percentile(latencies, 0.50);
    const qint64 p99 = percentile(latencies, 0.99);
    const qint64 max
        = latencies.empty() ? -1 : *std::max_element(latencies.begin(), latencies.end());
    std::printf(
        "feed: subscribers=%d filtered=%d stores=%lld rate=%d achieved=%.0f acknowledged=%lld "
        "failed=%lld events=%lld samples=%lld p50_ms=%lld p99_ms=%lld max_ms=%lld "
        "delivered=%.2f%% surplus=%lld\n",
        subscribers, filtered, qint64(stores.size()), rate, double(acknowledged) / elapsed,
        acknowledged, failed, expected, samples, p50, p99, max,
        due > 0 ? 100.0 * double(delivered) / double(due) : 0.0, raw.surplus(expectedFor));
    return failed == 0 && samples > 0 && raw.surplus(expectedFor) == 0 ? 0 : 1;
}
