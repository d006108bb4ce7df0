#pragma once

#include "core/domain/result.h"
#include "server-stub/http/httplimits.h"

#include <QHostAddress>
#include <QStringList>
#include <QTime>
#include <QUrl>

namespace inventory::server {

// Every setting of inventory-server. Precedence: command line, then INVENTORY_* environment
// variables, then the INI file (--config), then the defaults below.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString database;
    QString seed;
    QString jwtSecretFile;
    QString tlsCert;
    QString tlsKey;
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    bool jsonLogs = true;
    double ratePerSecond = 50;
    double rateBurst = 100;
    bool groupCommit = true;
    int heartbeatMs = 15'000;
    // Threads that serve feed subscribers: one per core, up to 4, unless set.
    int feedThreads = 1;
    qint64 tokenTtlSeconds = 12 * 3600;
    QString demoPassword = QStringLiteral("demo");
    HttpLimits http;
    // The daily low-stock digest (AlertService): a webhook, a folder, the time, the backoff.
    QUrl alertWebhook;
    QString alertDigestDir;
    QTime alertDigestAt = QTime(7, 30);
    int alertRetryMs = 1000;
    // Retention (API.md): events older than this many days go to files in eventArchiveDir,
    // once a day; with no folder, every event is kept.
    int eventRetentionDays = 400;
    QString eventArchiveDir;
    // Operator subcommand (user, store, import, backup) and its arguments, if any.
    QStringList subcommand;
    QString role;
    QString stores;
    QString password;
    QString archiveBefore; // archive-events --before
    QString archiveTo; // archive-events --to

    static Result<ServerConfig> parse(const QStringList &arguments);
    static Result<std::pair<QHostAddress, quint16>> parseHostPort(const QString &text);
};

} // namespace inventory::server
