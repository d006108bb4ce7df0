#include "app/term/tickets/termticketsession.h"

#include "app/term/commands/termreports.h"
#include "app/term/productfinder.h"
#include "app/term/prompt/terminput.h"
#include "app/term/termcommandline.h"
#include "core/client/clientsession.h"
#include "core/client/text/localetext.h"
#include "core/domain/textfold.h"

#include <QJsonArray>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
QJsonObject errorDocument(const Error &error)
{
    return { { u"error"_s,
               QJsonObject { { u"code"_s, error.codeName() },
                             { u"message"_s, error.message() },
                             { u"details"_s, error.details() } } } };
}
} // namespace

TermTicketSession::TermTicketSession(ClientSession &session, TermOutput &out, TermOptions options,
                                     TermReports &reports, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_options(std::move(options))
    , m_reports(reports)
    , m_desk(session)
{
}

QString TermTicketSession::help()
{
    return tr(
        "In the ticket:\n"
        "  add SKU|BARCODE [QTY]          add units (the same product again adds to its line)\n"
        "  remove SKU|BARCODE|LINE#       take a line off\n"
        "  qty SKU|BARCODE|LINE# N        set the units of a line\n"
        "  show                           the lines, with the units available at this store\n"
        "  charge [--payment cash|card|other]   sell all lines or none\n"
        "  clear                          empty the ticket\n"
        "  done | quit | cancel           leave; a ticket not charged is discarded\n"
        "--json after show or charge (or any line) prints JSON.");
}

void TermTicketSession::readStandardInput()
{
    m_input = new TermInput(this);
    connect(m_input, &TermInput::lineRead, this, &TermTicketSession::take);
    connect(m_input, &TermInput::ended, this, &TermTicketSession::endInput);
    m_input->start();
}

void TermTicketSession::start(const Done &done)
{
    m_done = done;
    if (m_session.storeId().isEmpty()) {
        m_out.error(tr("no store: give --store"));
        return m_done(ExitUsage);
    }
    // The catalogue and this store's rows, fresh: what add finds and show tells.
    m_reports.refresh([this](bool) {
        m_open = true;
        m_out.line(tr("new ticket at %1: add products, then charge ('help' lists the commands)")
                       .arg(m_session.storeId()));
        showPrompt();
        runWaiting();
        if (awaitsLine())
            emit awaitingLine();
    });
}

void TermTicketSession::take(const QString &line)
{
    m_typed << line;
    runWaiting();
}

void TermTicketSession::endInput()
{
    m_inputEnded = true;
    runWaiting();
}

bool TermTicketSession::awaitsLine() const
{
    return m_open && !m_busy && m_typed.isEmpty();
}

void TermTicketSession::runWaiting()
{
    while (m_open && !m_busy && !m_typed.isEmpty())
        execute(m_typed.takeFirst());
    if (m_open && !m_busy && m_inputEnded) {
        if (m_input && !m_options.json)
            std::fputs("\n", stdout); // after the last prompt
        leave(m_lines.isEmpty() ? ExitDone : ExitRejected);
    }
}

void TermTicketSession::showPrompt() const
{
    if (m_options.json)
        return; // scripts read one JSON document a line
    std::fputs(tr("ticket (%1, %2)> ")
                   .arg(TermTicketLines::itemsText(m_lines.units()),
                        LocaleText::money(m_lines.totalCents()))
                   .toUtf8()
                   .constData(),
               stdout);
    std::fflush(stdout);
}

void TermTicketSession::execute(const QString &typed)
{
    m_busy = true;
    const auto words = TermCommandLine::split(typed);
    if (!words)
        return finishLine(words.error());
    if (words->isEmpty())
        return finishLine();
    const auto parsed
        = TermCommandLine::parse(words.value(), m_options, TermCommandLine::Source::PromptLine);
    if (!parsed)
        return finishLine(parsed.error());
    m_out.setJson(parsed->options.json);
    const QString name = parsed->command.value(0);
    const QStringList args = parsed->command.mid(1);
    if (parsed->action != TermCommandLine::Action::Run || name == u"help"_s) {
        m_out.line(help());
        return finishLine();
    }
    if (name == u"done"_s || name == u"quit"_s || name == u"cancel"_s || name == u"exit"_s)
        return leave(ExitDone);
    if (name == u"show"_s && args.isEmpty())
        return show();
    if (name == u"charge"_s && args.isEmpty())
        return charge(parsed->options.payment);
    if (name == u"add"_s && (args.size() == 1 || args.size() == 2))
        return finishLine(add(args));
    if (name == u"remove"_s && args.size() == 1)
        return finishLine(remove(args));
    if (name == u"qty"_s && args.size() == 2)
        return finishLine(setQuantity(args));
    if (name == u"clear"_s && args.isEmpty()) {
        m_lines.clear();
        return finishLine(report(-1, tr("the ticket is empty")));
    }
    const QStringList known { u"add"_s, u"remove"_s, u"qty"_s, u"show"_s, u"charge"_s, u"clear"_s };
    finishLine(Error::validation(
        u"command"_s,
        known.contains(name) ? tr("wrong arguments for '%1'\n%2").arg(name, help())
                             : tr("'%1' is not a ticket command ('help' lists them)").arg(name)));
}

void TermTicketSession::finishLine(const Status &status)
{
    if (!status) {
        if (m_out.json())
            m_out.document(errorDocument(status.error()), {});
        else
            m_out.error(status.error().message());
    }
    m_out.setJson(m_options.json);
    m_busy = false;
    if (!m_open)
        return;
    showPrompt();
    // Later, not from inside the line that just ended: whoever feeds lines hears of it then.
    QTimer::singleShot(0, this, [this] {
        runWaiting();
        if (awaitsLine())
            emit awaitingLine();
    });
}

void TermTicketSession::leave(int code)
{
    if (!std::exchange(m_open, false))
        return;
    if (!m_lines.isEmpty())
        m_out.document({ { u"discarded"_s, true }, { u"items"_s, m_lines.units() } },
                       tr("ticket discarded (%1): nothing was sold")
                           .arg(TermTicketLines::itemsText(m_lines.units())));
    m_lines.clear();
    m_typed.clear();
    m_busy = false;
    m_out.setJson(m_options.json);
    m_done(code);
}

Status TermTicketSession::add(const QStringList &args)
{
    const auto quantity = TermTicketLines::quantityOf(args.value(1, u"1"_s));
    if (!quantity)
        return quantity.error();
    const auto product = findProduct(args.at(0));
    if (!product)
        return product.error();
    const auto index = m_lines.add(product.value(), quantity.value());
    if (!index)
        return index.error();
    return report(index.value(), tr("added"));
}

Status TermTicketSession::remove(const QStringList &args)
{
    const auto index = m_lines.find(args.at(0));
    if (!index)
        return index.error();
    const TermTicketLines::Line gone = m_lines.take(index.value());
    return report(-1, tr("removed line %1: %2").arg(index.value() + 1).arg(gone.product.name));
}

Status TermTicketSession::setQuantity(const QStringList &args)
{
    const auto index = m_lines.find(args.at(0));
    if (!index)
        return index.error();
    const auto quantity = TermTicketLines::quantityOf(args.at(1));
    if (!quantity)
        return quantity.error();
    m_lines.setQuantity(index.value(), quantity.value());
    return report(index.value(), tr("changed"));
}

Status TermTicketSession::report(qsizetype index, const QString &what)
{
    const auto ticket = document();
    if (!ticket)
        return ticket.error();
    if (index < 0) {
        m_out.document(ticket.value(), what);
        return {};
    }
    const TermTicketLines::Line &line = m_lines.lines().at(index);
    const auto left = available(line.product.id);
    if (!left)
        return left.error();
    QString text
        = tr("%1 line %2: %3 × %4, %5")
              .arg(what)
              .arg(index + 1)
              .arg(line.quantity)
              .arg(line.product.name, LocaleText::money(line.product.priceCents * line.quantity));
    if (left.value() < line.quantity)
        text += tr(" — only %1 available at %2").arg(left.value()).arg(m_session.storeId());
    m_out.document(ticket.value(), text);
    return {};
}

void TermTicketSession::show()
{
    // A sync first, so the available units are the server's now (offline: the last sync's).
    m_reports.refresh([this](bool) {
        const auto ticket = document();
        if (!ticket)
            return finishLine(ticket.error());
        QList<QStringList> rows;
        const QJsonArray shown = ticket->value(u"lines"_s).toArray();
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const auto &[product, quantity] = m_lines.lines().at(i);
            const qint64 left = shown.at(i)[u"available"_s].toInteger();
            rows << QStringList { QString::number(i + 1),
                                  product.id,
                                  product.name,
                                  QString::number(quantity),
                                  LocaleText::money(product.priceCents),
                                  LocaleText::money(product.priceCents * quantity),
                                  left < quantity ? tr("%1 (short)").arg(left)
                                                  : QString::number(left) };
        }
        m_out.table({ tr("#"), tr("Product"), tr("Name"), tr("Qty"), tr("Unit price"),
                      tr("Line total"), tr("Available") },
                    rows, ticket.value());
        m_out.line(tr("total %1 (%2)")
                       .arg(LocaleText::money(m_lines.totalCents()),
                            TermTicketLines::itemsText(m_lines.units())));
        finishLine();
    });
}

void TermTicketSession::charge(const QString &payment)
{
    if (m_lines.isEmpty())
        return finishLine(
            Error::validation(u"lines"_s, tr("the ticket is empty: add products first")));
    if (!payment.isEmpty() && !QStringList { u"cash"_s, u"card"_s, u"other"_s }.contains(payment))
        return finishLine(Error::validation(u"payment"_s, tr("--payment is cash, card or other")));
    m_desk.charge(m_lines.ticketLines(), payment, [this](Result<QJsonObject> ticket) {
        if (!ticket)
            return chargeRefused(ticket.error());
        // Offline, TicketDesk may queue the ticket ("queued": true) for the sync to send.
        const bool queued = ticket->value(u"queued"_s).toBool();
        const QString id = ticket->value(u"ticketId"_s).toString();
        const QString total
            = LocaleText::money(Product::centsFromPrice(ticket->value(u"total"_s).toDouble()));
        m_out.document(
            ticket.value(),
            queued ? tr("charged offline: ticket %1, total %2 — queued, will sync").arg(id, total)
                   : tr("charged: ticket %1, total %2").arg(id, total));
        m_lines.clear();
        // The rows the ticket left, into the cache, before the command ends.
        m_reports.refresh([this, queued](bool) { leave(queued ? ExitQueuedOffline : ExitDone); });
    });
}

void TermTicketSession::chargeRefused(const Error &error)
{
    const QJsonArray shortLines = error.details().value(u"lines"_s).toArray();
    if (m_out.json()) {
        m_out.document(errorDocument(error), {});
    } else if (error.code() == ErrorCode::InsufficientStock && !shortLines.isEmpty()) {
        QStringList text { tr("nothing was sold: these lines lack stock") };
        for (const QJsonValue &value : shortLines) {
            const QString productId = value[u"productId"_s].toString();
            const auto index = m_lines.find(productId);
            text << tr("  line %1, %2 %3: %4 requested, %5 available")
                        .arg(index ? QString::number(index.value() + 1) : u"?"_s, productId,
                             index ? m_lines.lines().at(index.value()).product.name : QString())
                        .arg(value[u"requested"_s].toInteger())
                        .arg(value[u"available"_s].toInteger());
        }
        text << tr("the ticket stays open: fix it with qty or remove, then charge again");
        m_out.error(text.join(u'\n'));
    } else {
        m_out.error(tr("not charged: %1").arg(TermOutput::describe(error)));
    }
    // The server's rows now, so that show tells what can be sold.
    m_reports.refresh([this](bool) { finishLine(); });
}

Result<Product> TermTicketSession::findProduct(const QString &text)
{
    LocalCache &cache = m_session.cache();
    const auto exact = cache.product(text);
    if (!exact)
        return exact.error();
    if (exact.value())
        return *exact.value();
    const auto similar = cache.searchProducts(text, ProductFinder::Suggestions);
    if (!similar)
        return similar.error();
    const QString folded = TextFold::fold(text.trimmed());
    for (const Product &p : similar.value()) {
        if (TextFold::fold(p.name) == folded)
            return p;
    }
    if (similar->isEmpty())
        return Error(ErrorCode::NotFound, tr("unknown product '%1'").arg(text));
    QString message = tr("no product '%1'; did you mean:").arg(text);
    for (const Product &p : similar.value())
        message += u"\n  "_s + p.id + u"  "_s + p.name;
    return Error(ErrorCode::NotFound, message);
}

Result<qint64> TermTicketSession::available(const QString &productId)
{
    const auto row = m_session.cache().row(productId, m_session.storeId());
    if (!row)
        return row.error();
    return row->available();
}

Result<QJsonObject> TermTicketSession::document()
{
    QJsonArray lines;
    for (qsizetype i = 0; i < m_lines.lines().size(); ++i) {
        const TermTicketLines::Line &line = m_lines.lines().at(i);
        const auto left = available(line.product.id);
        if (!left)
            return left.error();
        lines << QJsonObject { { u"line"_s, i + 1 },
                               { u"productId"_s, line.product.id },
                               { u"sku"_s, line.product.sku },
                               { u"barcode"_s, line.product.barcode },
                               { u"name"_s, line.product.name },
                               { u"quantity"_s, line.quantity },
                               { u"unitPrice"_s, line.product.priceCents / 100.0 },
                               { u"lineTotal"_s, line.product.priceCents * line.quantity / 100.0 },
                               { u"available"_s, left.value() } };
    }
    return QJsonObject { { u"storeId"_s, m_session.storeId() },
                         { u"lines"_s, lines },
                         { u"items"_s, m_lines.units() },
                         { u"total"_s, m_lines.totalCents() / 100.0 } };
}

} // namespace inventory::term
