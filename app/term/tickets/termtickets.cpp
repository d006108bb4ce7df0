#include "app/term/tickets/termtickets.h"

#include "app/term/commands/termreports.h"
#include "app/term/productfinder.h"
#include "core/client/clientsession.h"
#include "core/client/text/localetext.h"
#include "core/domain/timestamp.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermTickets::TermTickets(ClientSession &session, TermOutput &out, const TermOptions &options,
                         TermReports &reports, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_options(options)
    , m_reports(reports)
    , m_desk(session)
{
}

std::optional<QList<TicketLine>> TermTickets::parseLines(const QStringList &words)
{
    QList<TicketLine> lines;
    for (const QString &word : words) {
        const qsizetype colon = word.lastIndexOf(u':');
        bool ok = colon > 0;
        const qint64 quantity = ok ? word.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || quantity < 1) {
            m_out.error(tr("'%1' is not PRODUCT:QUANTITY").arg(word));
            return std::nullopt;
        }
        const auto product = ProductFinder(m_session.cache(), m_out).find(word.left(colon));
        if (!product)
            return std::nullopt;
        lines.append(
            { product->id, quantity, {}, m_options.damaged ? u"damaged"_s : u"restock"_s, 0 });
    }
    return lines;
}

void TermTickets::printTicket(const QJsonObject &ticket, const QString &heading)
{
    QStringList text { heading };
    for (const QJsonValue &value : ticket.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        const auto product = m_session.cache().product(line.value(u"productId"_s).toString());
        const QString name = product && product.value() ? product.value()->name
                                                        : line.value(u"productId"_s).toString();
        const qint64 cents = qRound64(line.value(u"unitPrice"_s).toDouble() * 100);
        const qint64 returned = line.value(u"returned"_s).toInteger();
        text << tr("  %1 × %2  %3  %4")
                    .arg(line.value(u"quantity"_s).toInteger())
                    .arg(name, LocaleText::money(cents),
                         LocaleText::money(cents * line.value(u"quantity"_s).toInteger()))
                + (returned > 0 ? tr("  (%1 returned)").arg(returned) : QString());
    }
    if (ticket.contains(u"total"_s))
        text << tr("  total %1")
                    .arg(LocaleText::money(qRound64(ticket.value(u"total"_s).toDouble() * 100)));
    m_out.document(ticket, text.join(u'\n'));
}

void TermTickets::refused(const Error &error, const Done &done)
{
    const QJsonArray lines = error.details().value(u"lines"_s).toArray();
    QStringList text;
    if (error.code() == ErrorCode::InsufficientStock && !lines.isEmpty()) {
        text << tr("nothing was sold: these lines lack stock");
        for (const QJsonValue &value : lines)
            text << tr("  %1: %2 requested, %3 available")
                        .arg(value[u"productId"_s].toString())
                        .arg(value[u"requested"_s].toInteger())
                        .arg(value[u"available"_s].toInteger());
    } else if (error.code() == ErrorCode::ReturnExceedsSale && !lines.isEmpty()) {
        text << tr("nothing was taken back: these lines exceed what the ticket sold");
        for (const QJsonValue &value : lines)
            text << tr("  %1: sold %2, returned already %3, now %4")
                        .arg(value[u"productId"_s].toString())
                        .arg(value[u"sold"_s].toInteger())
                        .arg(value[u"returned"_s].toInteger())
                        .arg(value[u"requested"_s].toInteger());
    } else {
        text << TermOutput::describe(error);
    }
    if (m_out.json())
        m_out.document({ { u"error"_s,
                           QJsonObject { { u"code"_s, error.codeName() },
                                         { u"message"_s, error.message() },
                                         { u"details"_s, error.details() } } } },
                       {});
    else
        m_out.error(text.join(u'\n'));
    done(ExitRejected);
}

void TermTickets::sell(const QStringList &args, const Done &done)
{
    if (args.isEmpty()) {
        m_out.error(tr("usage: sell-ticket PRODUCT:QTY… [--payment cash|card|other]"));
        return done(ExitUsage);
    }
    m_reports.refresh([=, this](bool) {
        const auto lines = parseLines(args);
        if (!lines)
            return done(ExitRejected);
        m_desk.charge(*lines, m_options.payment, [=, this](Result<QJsonObject> ticket) {
            if (!ticket)
                return refused(ticket.error(), done);
            // Offline the ticket is queued (the sale happened): final for the customer.
            const bool queued = ticket->value(u"queued"_s).toBool();
            const QString id = ticket->value(u"ticketId"_s).toString();
            printTicket(ticket.value(),
                        queued ? tr("sold offline: ticket %1 — queued, will sync").arg(id)
                               : tr("sold: ticket %1").arg(id));
            m_reports.refresh(
                [done, queued](bool) { done(queued ? ExitQueuedOffline : ExitDone); });
        });
    });
}

void TermTickets::list(const Done &done)
{
    const qint64 from
        = m_options.today ? QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch() : 0;
    m_desk.list(from, 200, [=, this](Result<QJsonObject> page) {
        if (!page)
            return refused(page.error(), done);
        QList<QStringList> rows;
        for (const QJsonValue &value : page->value(u"tickets"_s).toArray()) {
            const QJsonObject t = value.toObject();
            const auto soldAt = timestamp::parse(t.value(u"soldAt"_s).toString());
            rows << QStringList {
                t.value(u"ticketId"_s).toString(),
                soldAt ? LocaleText::dateTime(*soldAt) : QString(), t.value(u"seller"_s).toString(),
                QString::number(t.value(u"lines"_s).toArray().size()),
                LocaleText::money(qRound64(t.value(u"total"_s).toDouble() * 100))
            };
        }
        m_out.table({ tr("Ticket"), tr("Sold"), tr("Seller"), tr("Lines"), tr("Total") }, rows,
                    page.value());
        done(ExitDone);
    });
}

void TermTickets::show(const QString &ticketId, const Done &done)
{
    m_desk.fetch(ticketId, [=, this](Result<QJsonObject> ticket) {
        if (!ticket)
            return refused(ticket.error(), done);
        const auto soldAt = timestamp::parse(ticket->value(u"soldAt"_s).toString());
        printTicket(ticket.value(),
                    tr("ticket %1, %2, sold by %3 at %4")
                        .arg(ticketId, soldAt ? LocaleText::dateTime(*soldAt) : QString(),
                             ticket->value(u"seller"_s).toString(),
                             ticket->value(u"storeId"_s).toString()));
        done(ExitDone);
    });
}

void TermTickets::takeBack(const QStringList &args, const Done &done)
{
    if (args.size() < 2) {
        m_out.error(tr("usage: return TICKET PRODUCT:QTY… [--damaged]"));
        return done(ExitUsage);
    }
    const auto lines = parseLines(args.mid(1));
    if (!lines)
        return done(ExitRejected);
    m_desk.takeBack(args.first(), *lines, [=, this](Result<QJsonObject> result) {
        if (!result)
            return refused(result.error(), done);
        const bool queued = result->value(u"queued"_s).toBool();
        const QString returnId = result->value(u"returnId"_s).toString();
        printTicket(
            result.value(),
            queued
                ? tr("returned offline: %1 — queued, will sync").arg(returnId)
                : tr("returned: %1 to %2").arg(returnId, result->value(u"storeId"_s).toString()));
        m_reports.refresh([done, queued](bool) { done(queued ? ExitQueuedOffline : ExitDone); });
    });
}

} // namespace inventory::term
