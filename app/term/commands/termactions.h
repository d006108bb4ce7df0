#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "core/client/pendingoperation.h"
#include "core/domain/result.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

class TermReports;

// The terminal's commands that change stock: sell, receive and count (queued, so they work
// offline), and the reservations, which need the server. Each queues its operation, pushes
// it, reports what the server made of it, and ends by calling done(exit code).
class TermActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermActions(ClientSession &session, TermOutput &out, const TermOptions &options,
                TermReports &reports, QObject *parent = nullptr);

    // operation: sell, receive or count; args: PRODUCT QTY.
    void change(const QString &operation, const QStringList &args, const Done &done);
    void reserve(const QStringList &args, const Done &done);
    // kind: confirm or cancel.
    void finish(const QString &kind, const QString &id, const Done &done);

private:
    // Pushes the operation just queued and reports its own result.
    void submit(const Result<PendingOperation> &queued, const Done &done);
    void reportDone(const PendingOperation &op);
    void reportRejected(const PendingOperation &op);

    ClientSession &m_session;
    TermOutput &m_out;
    const TermOptions &m_options;
    TermReports &m_reports;
};

} // namespace inventory::term
