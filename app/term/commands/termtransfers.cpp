#include "app/term/commands/termtransfers.h"

#include "app/term/commands/termreports.h"
#include "app/term/productfinder.h"
#include "core/client/clientsession.h"
#include "core/client/history/producthistory.h"
#include "core/client/text/eventlabel.h"
#include "core/protocol/transfers/transferjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermTransfers::TermTransfers(ClientSession &session, TermOutput &out, const TermOptions &options,
                             TermReports &reports, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_options(options)
    , m_reports(reports)
    , m_desk(session)
{
}

QString TermTransfers::productName(const QString &productId)
{
    const auto product = m_session.cache().product(productId);
    return product && product.value() ? product.value()->name : productId;
}

std::optional<QList<TransferLine>> TermTransfers::parseLines(const QStringList &words,
                                                             qint64 TransferLine::*quantity)
{
    QList<TransferLine> lines;
    for (const QString &word : words) {
        const QStringList parts = word.split(u':');
        bool ok = parts.size() == 2 || (parts.size() == 3 && quantity == &TransferLine::received);
        TransferLine line;
        line.*quantity = ok ? parts.at(1).toLongLong(&ok) : 0;
        if (ok && parts.size() == 3)
            line.damaged = parts.at(2).toLongLong(&ok);
        if (!ok || line.*quantity < 0 || line.damaged < 0) {
            m_out.error(quantity == &TransferLine::received
                            ? tr("'%1' is not PRODUCT:QUANTITY[:DAMAGED]").arg(word)
                            : tr("'%1' is not PRODUCT:QUANTITY").arg(word));
            return std::nullopt;
        }
        const auto product = ProductFinder(m_session.cache(), m_out).find(parts.at(0));
        if (!product)
            return std::nullopt;
        line.productId = product->id;
        lines.append(line);
    }
    return lines;
}

TransferDesk::Done TermTransfers::printed(const QString &heading, const Done &done)
{
    return [this, heading, done](Result<QJsonObject> answer) {
        if (!answer) {
            m_out.error(TermOutput::describe(answer.error()));
            return done(SyncEngine::isOffline(answer.error()) ? ExitQueuedOffline : ExitRejected);
        }
        if (answer->value(u"queued"_s).toBool()) {
            m_out.document(answer.value(),
                           tr("receipt of transfer %1 queued offline: it is sent when the server "
                              "is back")
                               .arg(answer->value(u"transferId"_s).toString()));
            return done(ExitQueuedOffline);
        }
        const Transfer t = transferFromJson(answer.value());
        QStringList text {
            heading.arg(t.id),
            tr("  %1 → %2  %3").arg(t.fromStoreId, t.toStoreId, Transfer::statusName(t.status))
        };
        if (!t.note.isEmpty())
            text << tr("  note: %1").arg(t.note);
        for (const TransferLine &l : t.lines)
            text << tr("  %1  requested %2, shipped %3, received %4, damaged %5, lost %6")
                        .arg(productName(l.productId))
                        .arg(l.requested)
                        .arg(l.shipped)
                        .arg(l.received)
                        .arg(l.damaged)
                        .arg(l.lost);
        m_out.document(answer.value(), text.join(u'\n'));
        done(ExitDone);
    };
}

void TermTransfers::run(const QStringList &args, const Done &done)
{
    m_reports.refresh([=, this](bool) { step(args, done); });
}

void TermTransfers::step(const QStringList &args, const Done &done)
{
    const QString verb = args.value(0);
    const QString id = args.value(1);
    const QStringList rest = args.mid(2);
    const bool needsId = verb != u"request"_s && verb != u"list"_s;
    if (verb.isEmpty() || (needsId && id.isEmpty())) {
        m_out.error(tr("usage: transfer request|ship|receive|close|cancel|list|show …"));
        return done(ExitUsage);
    }
    if (verb == u"request"_s)
        return request(args.mid(1), done);
    if (verb == u"list"_s)
        return list(done);
    if (verb == u"show"_s)
        return m_desk.fetch(id, printed(tr("transfer %1"), done));
    if (verb == u"ship"_s) {
        const auto lines = parseLines(rest, &TransferLine::shipped);
        if (!lines)
            return done(ExitUsage);
        return m_desk.ship(id, *lines, printed(tr("shipped: transfer %1"), done));
    }
    if (verb == u"receive"_s)
        return receive(id, rest, done);
    if (verb == u"close"_s)
        return m_desk.close(id, m_options.note, printed(tr("closed: transfer %1"), done));
    if (verb == u"cancel"_s)
        return m_desk.cancel(id, m_options.note, printed(tr("cancelled: transfer %1"), done));
    m_out.error(tr("unknown transfer step '%1'").arg(verb));
    done(ExitUsage);
}

void TermTransfers::request(const QStringList &words, const Done &done)
{
    if (m_options.from.isEmpty() || words.isEmpty()) {
        m_out.error(tr("usage: transfer request PRODUCT:QTY… --from STORE [--note TEXT]"));
        return done(ExitUsage);
    }
    const auto lines = parseLines(words, &TransferLine::requested);
    if (!lines)
        return done(ExitUsage);
    m_desk.request(m_options.from, m_session.storeId(), *lines, m_options.note,
                   printed(tr("requested: transfer %1"), done));
}

void TermTransfers::receive(const QString &id, const QStringList &words, const Done &done)
{
    if (!words.isEmpty()) {
        const auto lines = parseLines(words, &TransferLine::received);
        if (!lines)
            return done(ExitUsage);
        return m_desk.receive(id, *lines, printed(tr("received: transfer %1"), done));
    }
    // Everything still on its way, as the server knows the transfer.
    m_desk.fetch(id, [this, id, done](Result<QJsonObject> answer) {
        if (!answer) {
            m_out.error(TermOutput::describe(answer.error()));
            return done(ExitRejected);
        }
        QList<TransferLine> lines;
        for (const TransferLine &l : transferFromJson(answer.value()).lines) {
            if (l.outstanding() > 0)
                lines.append({ l.productId, 0, 0, l.outstanding(), 0, 0 });
        }
        m_desk.receive(id, lines, printed(tr("received: transfer %1"), done));
    });
}

void TermTransfers::list(const Done &done)
{
    m_desk.list(m_session.storeId(), m_options.status, [this, done](Result<QJsonObject> answer) {
        if (!answer) {
            m_out.error(TermOutput::describe(answer.error()));
            return done(ExitRejected);
        }
        QList<QStringList> rows;
        for (const QJsonValue &value : answer->value(u"transfers"_s).toArray()) {
            const Transfer t = transferFromJson(value.toObject());
            qint64 units = 0;
            for (const TransferLine &l : t.lines)
                units += l.requested;
            rows << QStringList { t.id,
                                  t.fromStoreId,
                                  t.toStoreId,
                                  Transfer::statusName(t.status),
                                  QLocale().toString(units),
                                  QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.updatedAtMs),
                                                     QLocale::ShortFormat) };
        }
        m_out.table(
            { tr("TRANSFER"), tr("FROM"), tr("TO"), tr("STATUS"), tr("UNITS"), tr("UPDATED") },
            rows, answer.value());
        done(ExitDone);
    });
}

void TermTransfers::history(const QString &text, const Done &done)
{
    m_reports.refresh([=, this](bool) { showHistory(text, done); });
}

void TermTransfers::showHistory(const QString &text, const Done &done)
{
    const auto product = ProductFinder(m_session.cache(), m_out).find(text);
    if (!product)
        return done(ExitRejected);
    auto *reader = new ProductHistory(m_session.api(), product->id, m_session.storeId(), this);
    reader->setReason(m_options.reason);
    if (m_options.since.isValid())
        reader->setRange(m_options.since.startOfDay().toMSecsSinceEpoch(), 0);
    reader->setPageSize(ProductHistory::MaxLimit);
    connect(reader, &ProductHistory::failed, this, [this, reader, done](const Error &error) {
        reader->deleteLater();
        m_out.error(TermOutput::describe(error));
        done(ExitRejected);
    });
    connect(reader, &ProductHistory::pageLoaded, this, [this, reader, done] {
        if (reader->hasMore())
            return reader->loadMore();
        reader->deleteLater();
        QList<QStringList> rows;
        QJsonArray movements;
        for (const StockMovement &m : reader->movements()) {
            rows << QStringList { QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.atMs),
                                                     QLocale::ShortFormat),
                                  EventLabel::of(m.type),
                                  EventLabel::reason(m.reason),
                                  (m.delta > 0 ? u"+"_s : QString()) + QLocale().toString(m.delta),
                                  QLocale().toString(m.quantityAfter),
                                  QLocale().toString(m.reservedAfter),
                                  QLocale().toString(m.incomingAfter),
                                  m.actor,
                                  m.ticketId.isEmpty() ? m.transferId : m.ticketId,
                                  m.note };
            movements.append(QJsonObject { { u"seq"_s, m.seq },
                                           { u"type"_s, m.type },
                                           { u"reason"_s, m.reason },
                                           { u"delta"_s, m.delta },
                                           { u"quantityAfter"_s, m.quantityAfter },
                                           { u"reservedAfter"_s, m.reservedAfter },
                                           { u"incomingAfter"_s, m.incomingAfter },
                                           { u"actor"_s, m.actor },
                                           { u"note"_s, m.note },
                                           { u"ticketId"_s, m.ticketId },
                                           { u"transferId"_s, m.transferId } });
        }
        m_out.table({ tr("WHEN"), tr("MOVEMENT"), tr("REASON"), tr("CHANGE"), tr("QTY"),
                      tr("RESERVED"), tr("INCOMING"), tr("WHO"), tr("TICKET/TRANSFER"),
                      tr("NOTE") },
                    rows,
                    { { u"productId"_s, reader->productId() },
                      { u"storeId"_s, reader->storeId() },
                      { u"movements"_s, movements } });
        done(ExitDone);
    });
    reader->reload();
}

} // namespace inventory::term
