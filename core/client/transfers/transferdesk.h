#pragma once

#include "core/domain/result.h"
#include "core/domain/transfers/transfer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace inventory {

class ClientSession;

// A till's side of transfers between stores (API.md "Transfers between stores"). Requests,
// shipments, closes and cancels need the server; a receipt does not: the goods are in the
// store, so while the server is out of reach it is queued (kind transferReceive) and sent,
// exactly once, when the server is back. Every answer is the transfer as the server left it,
// or {"queued": true, "transferId"} for a receipt waiting in the queue.
class TransferDesk
{
    Q_DECLARE_TR_FUNCTIONS(TransferDesk)

public:
    using Done = std::function<void(Result<QJsonObject>)>;

    explicit TransferDesk(ClientSession &session);

    // lines: productId and `requested`.
    void request(const QString &fromStoreId, const QString &toStoreId,
                 const QList<TransferLine> &lines, const QString &note, Done done);
    // lines: productId and `shipped`; none ships everything as requested.
    void ship(const QString &transferId, const QList<TransferLine> &lines, Done done);
    // lines: productId, `received` and `damaged`.
    void receive(const QString &transferId, const QList<TransferLine> &lines, Done done);
    void close(const QString &transferId, const QString &note, Done done);
    void cancel(const QString &transferId, const QString &note, Done done);
    // {"transfers":[…]} of a store, newest first; status empty for any.
    void list(const QString &storeId, const QString &status, Done done);
    void fetch(const QString &transferId, Done done);

private:
    void post(const QString &transferId, const QString &verb, const QJsonObject &body, Done done);

    ClientSession &m_session;
};

} // namespace inventory
