#include "server-stub/serverconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
struct Option
{
    QString name;
    QString valueName;
    QString help;
};

const QList<Option> kOptions {
    { u"listen"_s, u"HOST:PORT"_s,
      u"Address to serve HTTP and the feed on (default 127.0.0.1:8080)."_s },
    { u"db"_s, u"PATH|URL"_s, u"SQLite file, or postgresql://user:pass@host:port/db."_s },
    { u"seed"_s, u"demo"_s, u"Load the demo catalogue into an empty database (demos only)."_s },
    { u"jwt-secret-file"_s, u"FILE"_s,
      u"Token signing secret; created with random bytes if missing."_s },
    { u"tls-cert"_s, u"FILE"_s, u"PEM certificate: serve HTTPS and WSS."_s },
    { u"tls-key"_s, u"FILE"_s, u"PEM private key for --tls-cert."_s },
    { u"metrics-listen"_s, u"HOST:PORT"_s, u"Also serve /metrics and /health on this address."_s },
    { u"log-format"_s, u"json|text"_s, u"Log line format on stderr (default json)."_s },
    { u"rate-limit"_s, u"PER_SECOND[:BURST]"_s,
      u"Per-user and per-IP request rate; 0 turns it off (default 50:100)."_s },
    { u"group-commit"_s, u"on|off"_s, u"Commit concurrent writes together (default on)."_s },
    { u"feed-heartbeat-ms"_s, u"MS"_s, u"Feed heartbeat interval (default 15000)."_s },
    { u"feed-threads"_s, u"N"_s,
      u"Threads that send the feed to subscribers (default: one per core, up to 4)."_s },
    { u"head-timeout"_s, u"SECONDS"_s,
      u"Time a client has to send a request line and headers (default 10)."_s },
    { u"body-timeout"_s, u"SECONDS"_s,
      u"Longest wait for the next bytes of a request body (default 10)."_s },
    { u"idle-timeout"_s, u"SECONDS"_s,
      u"Closes a kept-alive connection idle this long (default 60)."_s },
    { u"handshake-timeout"_s, u"SECONDS"_s,
      u"Time a WebSocket upgrade has to finish its handshake (default 10)."_s },
    { u"max-connections"_s, u"N"_s, u"Open connections in all (default 10000)."_s },
    { u"max-connections-per-ip"_s, u"N"_s,
      u"Open connections from one client address (default 256)."_s },
    { u"trusted-proxy"_s, u"CIDR,CIDR"_s,
      u"Proxies whose X-Forwarded-For names the client (default: none)."_s },
    { u"alert-webhook"_s, u"URL"_s,
      u"POST the daily low-stock digest here (retried with backoff)."_s },
    { u"alert-digest-dir"_s, u"DIR"_s,
      u"Write the daily low-stock digest here (low-stock-YYYY-MM-DD.json)."_s },
    { u"alert-digest-at"_s, u"HH:MM[:SS]"_s, u"Local time of the daily digest (default 07:30)."_s },
    { u"alert-retry-ms"_s, u"MS"_s,
      u"First wait before the webhook is tried again; doubles each time (default 1000)."_s },
    { u"event-retention-days"_s, u"DAYS"_s,
      u"Events older than this are archived to --event-archive-dir, once a day (default 400)."_s },
    { u"event-archive-dir"_s, u"DIR"_s,
      u"Where old events are archived (events-through-SEQ.jsonl); unset: all are kept."_s },
    { u"config"_s, u"FILE"_s, u"INI file with the same keys as the long options."_s },
    { u"before"_s, u"YYYY-MM-DD"_s, u"archive-events: archive events before this day (UTC)."_s },
    { u"to"_s, u"FILE"_s, u"archive-events: the archive file to write (never overwritten)."_s },
    { u"role"_s, u"clerk|manager|admin"_s, u"user add: the new user's role."_s },
    { u"stores"_s, u"ID,ID"_s, u"user add: the stores the user works in."_s },
    { u"password"_s, u"PASSWORD"_s,
      u"user add/passwd: the password (default: a random one, printed)."_s },
};

QString envName(const QString &option)
{
    return u"INVENTORY_"_s + QString(option).replace(u'-', u'_').toUpper();
}

// A whole number within [low, high], or a validation error naming the option.
Result<int> wholeNumber(const QString &option, const QString &text, int low, int high)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < low || number > high)
        return Error::validation(option,
                                 u"must be a whole number from %1 to %2"_s.arg(low).arg(high));
    return number;
}

template<typename Value> Status parseHttpLimits(Value value, HttpLimits &limits)
{
    const QList<std::tuple<QString, int *, int, int, int>> numbers {
        { u"head-timeout"_s, &limits.headTimeoutMs, 1, 3600, 1000 },
        { u"body-timeout"_s, &limits.bodyTimeoutMs, 1, 3600, 1000 },
        { u"idle-timeout"_s, &limits.idleTimeoutMs, 1, 86400, 1000 },
        { u"handshake-timeout"_s, &limits.handshakeTimeoutMs, 1, 3600, 1000 },
        { u"max-connections"_s, &limits.maxConnections, 1, 1'000'000, 1 },
        { u"max-connections-per-ip"_s, &limits.maxConnectionsPerAddress, 1, 1'000'000, 1 },
    };
    for (const auto &[option, target, low, high, scale] : numbers) {
        const QString text = value(option, QString());
        if (text.isEmpty())
            continue;
        auto parsed = wholeNumber(option, text, low, high);
        if (!parsed)
            return parsed.error();
        *target = parsed.value() * scale;
    }
    auto proxies = TrustedProxies::parse(value(u"trusted-proxy"_s, QString()));
    if (!proxies)
        return proxies.error();
    limits.trustedProxies = proxies.value();
    return {};
}

QString defaultDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/inventory.db"_s;
}
} // namespace

Result<std::pair<QHostAddress, quint16>> ServerConfig::parseHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    const QHostAddress address(host);
    if (!ok || port > 65535 || address.isNull())
        return Error::validation(u"listen"_s, u"'%1' is not HOST:PORT"_s.arg(text));
    return std::pair { address, quint16(port) };
}

Result<ServerConfig> ServerConfig::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Central inventory server: REST API and live change feed.\n"
        "Operator subcommands: user add|passwd|disable|enable|list, store add|list, "
        "device list|revoke ID, "
        "import products FILE.csv, levels import FILE.csv, "
        "levels export STORE [FILE.csv], backup PATH, "
        "verify-tickets, archive-events --before DATE --to FILE."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Option &o : kOptions)
        parser.addOption(QCommandLineOption(o.name, o.help, o.valueName));
    parser.addPositionalArgument(u"subcommand"_s, u"Optional operator subcommand."_s);
    parser.process(arguments);

    QSettings *ini = nullptr;
    std::unique_ptr<QSettings> iniOwner;
    const QString configFile = parser.isSet(u"config"_s) ? parser.value(u"config"_s)
                                                         : qEnvironmentVariable("INVENTORY_CONFIG");
    if (!configFile.isEmpty()) {
        if (!QFile::exists(configFile))
            return Error::validation(u"config"_s,
                                     u"configuration file %1 does not exist"_s.arg(configFile));
        iniOwner = std::make_unique<QSettings>(configFile, QSettings::IniFormat);
        ini = iniOwner.get();
    }
    auto value = [&](const QString &name, const QString &fallback) {
        if (parser.isSet(name))
            return parser.value(name);
        const QString env = qEnvironmentVariable(envName(name).toLatin1().constData());
        if (!env.isEmpty())
            return env;
        if (ini && ini->contains(name))
            return ini->value(name).toString();
        return fallback;
    };

    ServerConfig config;
    auto listen = parseHostPort(value(u"listen"_s, u"127.0.0.1:8080"_s));
    if (!listen)
        return listen.error();
    std::tie(config.listenAddress, config.listenPort) = listen.value();
    const QString metrics = value(u"metrics-listen"_s, {});
    if (!metrics.isEmpty()) {
        auto parsed = parseHostPort(metrics);
        if (!parsed)
            return Error::validation(u"metrics-listen"_s, parsed.error().message());
        std::tie(config.metricsAddress, config.metricsPort) = parsed.value();
    }
    config.database = value(u"db"_s, {});
    if (config.database.isEmpty())
        config.database = defaultDatabase();
    config.seed = value(u"seed"_s, {});
    if (!config.seed.isEmpty() && config.seed != u"demo"_s)
        return Error::validation(u"seed"_s, u"the only seed is 'demo'"_s);
    config.jwtSecretFile = value(u"jwt-secret-file"_s, {});
    if (config.jwtSecretFile.isEmpty()) {
        const QFileInfo db(config.database);
        config.jwtSecretFile = config.database.contains(u"://"_s)
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/jwt-secret"_s
            : db.absolutePath() + u"/jwt-secret"_s;
    }
    config.tlsCert = value(u"tls-cert"_s, {});
    config.tlsKey = value(u"tls-key"_s, {});
    if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty())
        return Error::validation(u"tls-key"_s, u"--tls-cert and --tls-key go together"_s);

    const QString logFormat = value(u"log-format"_s, u"json"_s);
    if (logFormat != u"json"_s && logFormat != u"text"_s)
        return Error::validation(u"log-format"_s, u"must be json or text"_s);
    config.jsonLogs = logFormat == u"json"_s;

    const QStringList rate = value(u"rate-limit"_s, u"50:100"_s).split(u':');
    bool rateOk = false;
    bool burstOk = true;
    config.ratePerSecond = rate.value(0).toDouble(&rateOk);
    config.rateBurst = rate.size() > 1 ? rate.at(1).toDouble(&burstOk) : config.ratePerSecond * 2;
    if (!rateOk || !burstOk || rate.size() > 2 || config.ratePerSecond < 0
        || (config.ratePerSecond > 0 && config.rateBurst < 1))
        return Error::validation(u"rate-limit"_s, u"must be PER_SECOND[:BURST]"_s);

    const QString group = value(u"group-commit"_s, u"on"_s);
    if (group != u"on"_s && group != u"off"_s)
        return Error::validation(u"group-commit"_s, u"must be on or off"_s);
    config.groupCommit = group == u"on"_s;

    bool heartbeatOk = false;
    config.heartbeatMs = value(u"feed-heartbeat-ms"_s, u"15000"_s).toInt(&heartbeatOk);
    if (!heartbeatOk || config.heartbeatMs < 10)
        return Error::validation(u"feed-heartbeat-ms"_s,
                                 u"must be a number of milliseconds >= 10"_s);

    bool threadsOk = false;
    config.feedThreads
        = value(u"feed-threads"_s, QString::number(std::clamp(QThread::idealThreadCount(), 1, 4)))
              .toInt(&threadsOk);
    if (!threadsOk || config.feedThreads < 1 || config.feedThreads > 64)
        return Error::validation(u"feed-threads"_s, u"must be a number from 1 to 64"_s);

    if (Status s = parseHttpLimits(value, config.http); !s)
        return s.error();

    if (const QString hook = value(u"alert-webhook"_s, {}); !hook.isEmpty()) {
        config.alertWebhook = QUrl(hook, QUrl::StrictMode);
        const QString scheme = config.alertWebhook.scheme();
        if (!config.alertWebhook.isValid() || (scheme != u"http"_s && scheme != u"https"_s)
            || config.alertWebhook.host().isEmpty())
            return Error::validation(u"alert-webhook"_s, u"must be an http(s) URL"_s);
    }
    config.alertDigestDir = value(u"alert-digest-dir"_s, {});
    const QString digestAt = value(u"alert-digest-at"_s, u"07:30"_s);
    config.alertDigestAt = QTime::fromString(digestAt, u"HH:mm"_s);
    if (!config.alertDigestAt.isValid())
        config.alertDigestAt = QTime::fromString(digestAt, u"HH:mm:ss"_s);
    if (!config.alertDigestAt.isValid())
        return Error::validation(u"alert-digest-at"_s, u"must be HH:MM or HH:MM:SS"_s);
    auto retry
        = wholeNumber(u"alert-retry-ms"_s, value(u"alert-retry-ms"_s, u"1000"_s), 10, 600'000);
    if (!retry)
        return retry.error();
    config.alertRetryMs = retry.value();

    auto retention = wholeNumber(u"event-retention-days"_s,
                                 value(u"event-retention-days"_s, u"400"_s), 1, 100'000);
    if (!retention)
        return retention.error();
    config.eventRetentionDays = retention.value();
    config.eventArchiveDir = value(u"event-archive-dir"_s, {});

    const QString demoPassword = qEnvironmentVariable("INVENTORY_DEMO_PASSWORD");
    if (!demoPassword.isEmpty())
        config.demoPassword = demoPassword;
    config.subcommand = parser.positionalArguments();
    config.role = parser.value(u"role"_s);
    config.stores = parser.value(u"stores"_s);
    config.password = parser.value(u"password"_s);
    config.archiveBefore = parser.value(u"before"_s);
    config.archiveTo = parser.value(u"to"_s);
    return config;
}

} // namespace inventory::server
