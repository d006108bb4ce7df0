#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "core/domain/error.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

// The terminal's read-only commands: what the cache holds, refreshed from the server first
// when it can be reached. Each ends by calling done(exit code).
class TermReports : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermReports(ClientSession &session, TermOutput &out, const TermOptions &options,
                QObject *parent = nullptr);

    // One sync; next(online). Offline, says how old the cached data is.
    void refresh(std::function<void(bool online)> next);

    void stores(const Done &done);
    void products(const QString &query, const Done &done);
    void stock(const QString &product, const Done &done);
    void reservations(const Done &done);
    void pending(const Done &done);

private:
    // Reports a failed read of the cache and ends the command.
    void failed(const Error &error, const Done &done);

    ClientSession &m_session;
    TermOutput &m_out;
    const TermOptions &m_options;
};

} // namespace inventory::term
