#include "server-stub/logging/logsink.h"
#include "server-stub/operatorcommands.h"
#include "server-stub/serverapp.h"
#include "server-stub/serverconfig.h"
#include "server-stub/signalwatcher.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inventory::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"inventory"_s);
    QCoreApplication::setApplicationName(u"inventory-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));

    auto config = ServerConfig::parse(QCoreApplication::arguments());
    if (!config) {
        // A bad option's message alone ("must be on or off") does not say which option.
        const QString field = config.error().details().value(u"field"_s).toString();
        std::fprintf(stderr, "inventory-server: %s%s\n",
                     field.isEmpty() ? "" : qPrintable(u"--%1: "_s.arg(field)),
                     qPrintable(config.error().message()));
        return 2;
    }
    LogSink::install(config->jsonLogs ? LogSink::Format::Json : LogSink::Format::Text);
    if (!config->subcommand.isEmpty())
        return OperatorCommands(config.value()).run(config->subcommand);

    ServerApp server(config.value());
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &server,
                     &ServerApp::shutdown);
    QObject::connect(&server, &ServerApp::stopped, &app, [] { QCoreApplication::exit(0); });
    if (auto started = server.start(); !started) {
        LogSink::write(u"fatal"_s, started.error().message());
        std::fprintf(stderr, "inventory-server: %s\n", qPrintable(started.error().message()));
        return 1;
    }
    return app.exec();
}
