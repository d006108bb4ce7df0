#include "server-stub/serverapp.h"

#include "core/engine/admin/demoseeder.h"
#include "core/engine/admin/storeregistry.h"
#include "core/engine/admin/userstore.h"
#include "core/engine/inventoryengine.h"
#include "core/protocol/auth/jwtcodec.h"
#include "core/storage/dbconnection.h"
#include "server-stub/alerts/alertservice.h"
#include "server-stub/api/auth/accessrevocations.h"
#include "server-stub/api/auth/authcontroller.h"
#include "server-stub/api/auth/loginservice.h"
#include "server-stub/api/catalogcontroller.h"
#include "server-stub/api/counts/countcontroller.h"
#include "server-stub/api/discrepancycontroller.h"
#include "server-stub/api/eventcontroller.h"
#include "server-stub/api/levels/alertcontroller.h"
#include "server-stub/api/levels/levelcontroller.h"
#include "server-stub/api/operationscontroller.h"
#include "server-stub/api/reasoncontroller.h"
#include "server-stub/api/reports/historycontroller.h"
#include "server-stub/api/reports/reportcontroller.h"
#include "server-stub/api/reservationcontroller.h"
#include "server-stub/api/stockcontroller.h"
#include "server-stub/api/synccontroller.h"
#include "server-stub/api/ticketcontroller.h"
#include "server-stub/api/tills/devicecontroller.h"
#include "server-stub/api/tills/pincontroller.h"
#include "server-stub/api/transfers/transfercontroller.h"
#include "server-stub/feed/feedhub.h"
#include "server-stub/http/httpfrontend.h"
#include "server-stub/http/ratelimiter.h"
#include "server-stub/metrics.h"
#include "server-stub/operatorcommands.h"
#include "server-stub/retention/archivescheduler.h"
#include "server-stub/secretfile.h"
#include "server-stub/serverlog.h"
#include "server-stub/write/commitfollower.h"
#include "server-stub/write/expiryscheduler.h"
#include "server-stub/write/groupcommitwriter.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// Every connection is a file descriptor, and the usual soft limit (1024) is far below
// --max-connections: take what the hard limit allows, and say when even that is short.
void raiseOpenFilesLimit(int maxConnections)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    // Room for the databases, the log, the feed threads' pipes and the listening sockets.
    constexpr rlim_t kReserved = 64;
    if (limit.rlim_cur < rlim_t(maxConnections) + kReserved)
        qCWarning(lcServer).noquote()
            << QStringLiteral("the open-files limit (%1) is below --max-connections (%2) plus "
                              "what the server needs itself: connections beyond it will wait")
                   .arg(qulonglong(limit.rlim_cur))
                   .arg(maxConnections);
}

constexpr int kShutdownDeadlineMs = 8000;
} // namespace

namespace {
// INVENTORY_TEST_CLOCK_OFFSET_SECONDS runs the server's clock ahead (or behind): the tills'
// suites stop a server for a "night" of 30 hours without waiting for it. Said in the log.
qint64 testClockOffsetMs()
{
    bool ok = false;
    const qint64 seconds
        = qEnvironmentVariable("INVENTORY_TEST_CLOCK_OFFSET_SECONDS").toLongLong(&ok);
    if (!ok || seconds == 0)
        return 0;
    qCWarning(lcServer) << "the clock runs" << seconds
                        << "s off the system's (INVENTORY_TEST_CLOCK_OFFSET_SECONDS)";
    return seconds * 1000;
}
} // namespace

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(testClockOffsetMs())
{
}

ServerApp::~ServerApp()
{
    if (m_writer)
        m_writer->stop();
    // The feed's threads stop before the rest goes.
    m_feed.reset();
}

Status ServerApp::openStorage()
{
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return db.error();
    m_readDb = std::move(db).value();
    if (m_config.seed == u"demo"_s) {
        InventoryEngine engine(*m_readDb, m_clock);
        StoreRegistry stores(*m_readDb);
        UserStore users(*m_readDb, m_clock);
        auto seeded = DemoSeeder(engine, stores, users).seed(m_config.demoPassword);
        if (!seeded)
            return seeded.error();
        qCInfo(lcServer).noquote()
            << (seeded.value()
                    ? u"DEMO DATA loaded (stores, catalogue, users admin, manager-mad, clerk-mad, clerk-bcn); for demos only"_s
                    : u"--seed demo: the database already has data; nothing loaded"_s);
    }
    if (Status s = ensureFirstAccount(); !s)
        return s;
    InventoryQueries queries(*m_readDb);
    return m_model.load(queries);
}

Status ServerApp::ensureFirstAccount()
{
    UserStore users(*m_readDb, m_clock);
    auto list = users.list();
    if (!list)
        return list.error();
    if (!list->isEmpty())
        return {};
    const QString password = OperatorCommands::randomPassword();
    if (Status s = users.add({ u"admin"_s, Role::Admin, {} }, password); !s)
        return s;
    qCWarning(lcServer).noquote()
        << u"first start: created user 'admin' with one-time password %1 (change it with: inventory-server user passwd admin)"_s
               .arg(password);
    return {};
}

void ServerApp::wire()
{
    m_metrics = std::make_unique<Metrics>();
    m_limiter = std::make_unique<RateLimiter>(m_config.ratePerSecond, m_config.rateBurst);
    m_logins = std::make_unique<LoginService>(m_config.database, m_clock);
    m_feed = std::make_unique<FeedHub>(m_model, *m_jwt, m_clock);
    m_expiry = std::make_unique<ExpiryScheduler>(m_model, *m_writer, m_clock);
    m_follower
        = std::make_unique<CommitFollower>(*m_readDb, m_model, *m_feed, *m_expiry, *m_metrics);
    m_auth = std::make_unique<AuthController>(*m_logins, *m_jwt, m_clock, m_config.tokenTtlSeconds);
    m_catalog = std::make_unique<CatalogController>(m_model, *m_writer);
    m_stock = std::make_unique<StockController>(m_model, *m_writer);
    m_reservations
        = std::make_unique<ReservationController>(*m_readDb, m_model, *m_writer, m_clock);
    m_events = std::make_unique<EventController>(*m_readDb, m_model);
    m_tickets = std::make_unique<TicketController>(*m_readDb, m_model, *m_writer);
    m_discrepancies = std::make_unique<DiscrepancyController>(*m_readDb, m_model, *m_writer);
    m_transfers = std::make_unique<TransferController>(*m_readDb, m_model, *m_writer);
    m_history = std::make_unique<HistoryController>(*m_readDb, m_model);
    m_reasons = std::make_unique<ReasonController>(*m_readDb, *m_writer);
    m_reports = std::make_unique<ReportController>(*m_readDb, m_model);
    m_levels = std::make_unique<LevelController>(*m_readDb, m_model, *m_writer);
    m_counts = std::make_unique<CountController>(*m_readDb, m_model, *m_writer);
    m_alerts = std::make_unique<AlertService>(
        m_model,
        AlertService::Settings { m_config.alertWebhook, m_config.alertDigestDir,
                                 m_config.alertDigestAt, m_config.alertRetryMs });
    m_alertRoutes = std::make_unique<AlertController>(*m_alerts);
    if (!m_config.eventArchiveDir.isEmpty()) {
        m_archives = std::make_unique<ArchiveScheduler>(
            ArchiveScheduler::Settings { m_config.database, m_config.eventArchiveDir,
                                         m_config.eventRetentionDays },
            m_clock);
        m_archives->start();
    }
    m_sync = std::make_unique<SyncController>(*m_readDb, m_model, *m_writer, m_clock);
    m_revocations = std::make_unique<AccessRevocations>();
    if (Status s = m_revocations->load(*m_readDb); !s)
        qCWarning(lcServer).noquote() << u"cannot read the revoked tills:"_s << s.error().message();
    m_devices = std::make_unique<DeviceController>(*m_logins, m_model, *m_revocations, m_clock);
    m_pins = std::make_unique<PinController>(*m_logins, m_clock);
    m_operations = std::make_unique<OperationsController>(
        m_model, *m_writer, [this] { return m_follower->readConnectionHealthy(); }, *m_metrics);

    m_auth->registerRoutes(m_router);
    m_catalog->registerRoutes(m_router);
    m_stock->registerRoutes(m_router);
    m_reservations->registerRoutes(m_router);
    m_events->registerRoutes(m_router);
    m_tickets->registerRoutes(m_router);
    m_discrepancies->registerRoutes(m_router);
    m_transfers->registerRoutes(m_router);
    m_history->registerRoutes(m_router);
    m_reasons->registerRoutes(m_router);
    m_reports->registerRoutes(m_router);
    m_levels->registerRoutes(m_router);
    m_counts->registerRoutes(m_router);
    m_alertRoutes->registerRoutes(m_router);
    m_sync->registerRoutes(m_router);
    m_devices->registerRoutes(m_router);
    m_pins->registerRoutes(m_router);
    m_operations->registerRoutes(m_router);
    m_operations->registerRoutes(m_metricsRouter, false);

    m_metrics->setGaugeSource([this] {
        QList<std::pair<QString, double>> gauges {
            { u"inventory_feed_clients"_s, double(m_feed->subscriberCount()) },
            { u"inventory_last_seq"_s, double(m_model.lastSeq()) },
            { u"inventory_products"_s, double(m_model.productCount()) },
            { u"inventory_http_connections"_s, double(m_http ? m_http->openConnections() : 0) },
            { u"inventory_http_connections_refused"_s,
              double(m_http ? m_http->refusedConnections() : 0) }
        };
        const auto counts = m_model.reservationCounts();
        for (auto status : { ReservationStatus::Pending, ReservationStatus::Confirmed,
                             ReservationStatus::Cancelled, ReservationStatus::Expired })
            gauges.append(
                { u"inventory_reservations{status=\"%1\"}"_s.arg(Reservation::statusName(status)),
                  double(counts.value(status)) });
        return gauges;
    });
    connect(m_writer.get(), &GroupCommitWriter::committed, m_follower.get(),
            &CommitFollower::onCommitted);
    connect(m_writer.get(), &GroupCommitWriter::batchFinished, this,
            [this](int commands, double seconds, bool ok) {
                m_metrics->recordBatch(commands, seconds, ok);
            });
    // While storage is failing, an empty batch every second finds out when it is back.
    m_writerProbe = new QTimer(this);
    m_writerProbe->setInterval(1000);
    connect(m_writerProbe, &QTimer::timeout, this, [this] { m_writer->probe(); });
    connect(m_writer.get(), &GroupCommitWriter::healthChanged, this, [this](bool healthy) {
        if (healthy)
            m_writerProbe->stop();
        else
            m_writerProbe->start();
    });
    m_follower->listenForOtherInstances();

    m_http = std::make_unique<HttpFrontend>(m_router, *m_jwt, *m_limiter, *m_metrics, m_clock,
                                            m_config.http);
    const auto notRevoked = [this](const User &user) { return m_revocations->check(user); };
    m_http->setTokenCheck(notRevoked);
    m_feed->setTokenCheck(notRevoked);
    // Another instance on the same database may revoke a till or disable an account: learn of
    // it within a second.
    m_revocationReload = new QTimer(this);
    m_revocationReload->setInterval(1000);
    connect(m_revocationReload, &QTimer::timeout, this, [this] {
        if (Status s = m_revocations->load(*m_readDb); !s)
            qCWarning(lcServer).noquote()
                << u"cannot reload the revoked tills and disabled accounts:"_s
                << s.error().message();
    });
    m_revocationReload->start();
    connect(m_http.get(), &HttpFrontend::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections()) {
            auto upgraded = m_http->nextPendingWebSocketConnection();
            m_feed->accept(std::move(upgraded.socket), upgraded.wire);
        }
    });
}

Status ServerApp::listen()
{
    if (!m_config.tlsCert.isEmpty()) {
        QFile certFile(m_config.tlsCert);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error::unavailable(u"cannot read --tls-cert or --tls-key"_s);
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return Error::unavailable(
                u"--tls-cert or --tls-key is not a valid PEM RSA certificate/key"_s);
        m_http->setTls(cert, key);
    }
    if (Status s = m_http->listen(m_config.listenAddress, m_config.listenPort); !s)
        return s;
    if (m_config.metricsPort != 0) {
        m_metricsHttp = std::make_unique<HttpFrontend>(m_metricsRouter, *m_jwt, *m_limiter,
                                                       *m_metrics, m_clock, m_config.http);
        if (Status s = m_metricsHttp->listen(m_config.metricsAddress, m_config.metricsPort); !s)
            return s;
    }
    const quint16 port = m_http->servers().constFirst()->serverPort();
    qCInfo(lcServer).noquote()
        << u"inventory-server %1 listening on %2://%3:%4 (database %5, last seq %6)"_s
               .arg(QStringLiteral(INVENTORY_VERSION),
                    m_config.tlsCert.isEmpty() ? u"http"_s : u"https"_s,
                    m_config.listenAddress.toString())
               .arg(port)
               .arg(m_config.database.contains(u"://"_s) ? u"postgresql"_s : m_config.database)
               .arg(m_model.lastSeq());
    return {};
}

Status ServerApp::start()
{
    raiseOpenFilesLimit(m_config.http.maxConnections);
    if (Status s = openStorage(); !s)
        return s;
    auto secret = SecretFile::loadOrCreate(m_config.jwtSecretFile);
    if (!secret)
        return secret.error();
    m_jwt = std::make_unique<JwtCodec>(secret.value());
    m_writer = std::make_unique<GroupCommitWriter>(m_config.database, m_clock,
                                                   m_config.groupCommit
                                                       ? GroupCommitWriter::Grouping::Batches
                                                       : GroupCommitWriter::Grouping::OneByOne);
    if (Status s = m_writer->start(); !s)
        return s;
    wire();
    if (Status s = m_feed->start(m_config.database, m_config.heartbeatMs, m_config.feedThreads); !s)
        return s;
    if (Status s = listen(); !s)
        return s;
    m_expiry->rearm();
    return {};
}

void ServerApp::shutdown()
{
    if (std::exchange(m_stopping, true))
        return;
    qCInfo(lcServer) << "shutting down: no new requests, finishing" << m_http->openResponses()
                     << "in flight";
    for (QTcpServer *server : m_http->servers())
        server->close();
    m_http->setDraining(true);
    if (m_http->openResponses() == 0) {
        QTimer::singleShot(0, this, &ServerApp::finishShutdown);
        return;
    }
    connect(m_http.get(), &HttpFrontend::responsesSettled, this, &ServerApp::finishShutdown);
    QTimer::singleShot(kShutdownDeadlineMs, this, &ServerApp::finishShutdown);
}

void ServerApp::finishShutdown()
{
    if (std::exchange(m_finished, true))
        return;
    m_writerProbe->stop();
    m_writer->stop();
    m_feed->closeAll();
    qCInfo(lcServer) << "stopped cleanly at seq" << m_model.lastSeq();
    // Let the close frames leave before the process ends.
    QTimer::singleShot(100, this, &ServerApp::stopped);
    m_writer->disconnect(this);
    m_http->disconnect(this);
}

} // namespace inventory::server
