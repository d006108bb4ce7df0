#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "core/engine/readmodel.h"
#include "server-stub/http/router.h"
#include "server-stub/serverconfig.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace inventory {
class DbConnection;
class JwtCodec;
} // namespace inventory

namespace inventory::server {

class AuthController;
class CatalogController;
class CommitFollower;
class EventController;
class ExpiryScheduler;
class ArchiveScheduler;
class FeedHub;
class GroupCommitWriter;
class HttpFrontend;
class LoginService;
class Metrics;
class OperationsController;
class RateLimiter;
class ReservationController;
class StockController;
class SyncController;
class TicketController;
class DiscrepancyController;
class HistoryController;
class ReasonController;
class ReportController;
class LevelController;
class CountController;
class AlertService;
class AlertController;
class TransferController;
class DeviceController;
class AccessRevocations;
class PinController;

// The whole server, wired: storage, writer, read model, feed, HTTP routes. Services are
// created here and handed to the controllers through their constructors.
class ServerApp : public QObject
{
    Q_OBJECT

public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    Status start();
    // Stops accepting, answers what is in flight, flushes the writer, closes the feed.
    void shutdown();

signals:
    void stopped();

private:
    Status openStorage();
    Status ensureFirstAccount();
    Status listen();
    void wire();
    void finishShutdown();

    ServerConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<DbConnection> m_readDb;
    ReadModel m_model;
    std::unique_ptr<JwtCodec> m_jwt;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<LoginService> m_logins;
    std::unique_ptr<FeedHub> m_feed;
    std::unique_ptr<ExpiryScheduler> m_expiry;
    std::unique_ptr<CommitFollower> m_follower;
    std::unique_ptr<AuthController> m_auth;
    std::unique_ptr<CatalogController> m_catalog;
    std::unique_ptr<StockController> m_stock;
    std::unique_ptr<ReservationController> m_reservations;
    std::unique_ptr<EventController> m_events;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<TicketController> m_tickets;
    std::unique_ptr<DiscrepancyController> m_discrepancies;
    std::unique_ptr<TransferController> m_transfers;
    std::unique_ptr<HistoryController> m_history;
    std::unique_ptr<ReasonController> m_reasons;
    std::unique_ptr<ReportController> m_reports;
    std::unique_ptr<LevelController> m_levels;
    std::unique_ptr<CountController> m_counts;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<ArchiveScheduler> m_archives; // only with an archive folder
    std::unique_ptr<AlertController> m_alertRoutes;
    std::unique_ptr<OperationsController> m_operations;
    std::unique_ptr<AccessRevocations> m_revocations;
    std::unique_ptr<DeviceController> m_devices;
    std::unique_ptr<PinController> m_pins;
    Router m_router;
    Router m_metricsRouter;
    std::unique_ptr<HttpFrontend> m_http;
    std::unique_ptr<HttpFrontend> m_metricsHttp;
    QTimer *m_writerProbe = nullptr;
    QTimer *m_revocationReload = nullptr;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace inventory::server
