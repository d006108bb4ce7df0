#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "core/client/transfers/transferdesk.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

// transfer request PRODUCT:QTY… --from S [--note N] (to --store), transfer ship ID
// [PRODUCT:QTY…], transfer receive ID [PRODUCT:QTY[:DAMAGED]…] (none: everything still on
// its way; queued offline, exit 10), transfer close ID [--note N], transfer cancel ID,
// transfer list [--status S], transfer show ID; and history PRODUCT [--since DATE]
// [--reason CODE] at --store.
class TermTransfers : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermTransfers(ClientSession &session, TermOutput &out, const TermOptions &options,
                  QObject *parent = nullptr);

    void run(const QStringList &args, const Done &done);
    void history(const QString &product, const Done &done);

private:
    void request(const QStringList &words, const Done &done);
    void receive(const QString &id, const QStringList &words, const Done &done);
    void list(const Done &done);
    // PRODUCT:QTY[:DAMAGED] words; the quantity lands in the member the verb means.
    std::optional<QList<TransferLine>> parseLines(const QStringList &words,
                                                  qint64 TransferLine::*quantity);
    // Prints the transfer (or the queued receipt) and ends the command.
    TransferDesk::Done printed(const QString &heading, const Done &done);
    QString productName(const QString &productId);

    ClientSession &m_session;
    TermOutput &m_out;
    const TermOptions &m_options;
    TransferDesk m_desk;
};

} // namespace inventory::term
