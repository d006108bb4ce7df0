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

class TermReports;

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
                  TermReports &reports, QObject *parent = nullptr);

    // Products are named as the cache knows them: it is refreshed first when it can be.
    void run(const QStringList &args, const Done &done);
    void history(const QString &product, const Done &done);

private:
    void step(const QStringList &args, const Done &done);
    void request(const QStringList &words, const Done &done);
    void receive(const QString &id, const QStringList &words, const Done &done);
    void list(const Done &done);
    void showHistory(const QString &product, const Done &done);
    // PRODUCT:QTY[:DAMAGED] words; the quantity lands in the member the verb means.
    std::optional<QList<TransferLine>> parseLines(const QStringList &words,
                                                  qint64 TransferLine::*quantity);
    // Prints the transfer (or the queued receipt) and ends the command.
    TransferDesk::Done printed(const QString &heading, const Done &done);
    QString productName(const QString &productId);

    ClientSession &m_session;
    TermOutput &m_out;
    const TermOptions &m_options;
    TermReports &m_reports;
    TransferDesk m_desk;
};

} // namespace inventory::term
