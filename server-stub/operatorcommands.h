#pragma once

#include "server-stub/serverconfig.h"

namespace inventory::server {

// The operators' subcommands of inventory-server: user add|passwd|list, store add|list,
// device list|revoke ID,
// import products FILE.csv, levels import FILE.csv | export STORE [FILE.csv], backup PATH,
// verify-tickets (every till's ticket chain), archive-events --before DATE --to FILE. Each prints
// what it did and returns the exit status (0 done, 1 failed, 2 usage).
class OperatorCommands
{
public:
    explicit OperatorCommands(const ServerConfig &config);
    int run(const QStringList &arguments);

    static QString randomPassword();

private:
    int user(const QStringList &args);
    int store(const QStringList &args);
    int device(const QStringList &args);
    int importProducts(const QString &file);
    int importLevels(const QString &file);
    int exportLevels(const QString &storeId, const QString &path);
    int backup(const QString &path);
    int verifyTickets();
    int archiveEvents();

    const ServerConfig &m_config;
};

} // namespace inventory::server
