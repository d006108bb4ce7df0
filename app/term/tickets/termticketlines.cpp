#include "app/term/tickets/termticketlines.h"

using namespace Qt::StringLiterals;

namespace inventory::term {

Result<qsizetype> TermTicketLines::add(const Product &product, qint64 quantity)
{
    qsizetype index = 0;
    while (index < m_lines.size() && m_lines.at(index).product.id != product.id)
        ++index;
    const qint64 already = index < m_lines.size() ? m_lines.at(index).quantity : 0;
    if (already + quantity > MaxQuantity)
        return Error::validation(u"quantity"_s, tr("a line has at most %1 units").arg(MaxQuantity));
    if (index == m_lines.size()) {
        if (m_lines.size() >= Ticket::MaxLines)
            return Error::validation(u"lines"_s,
                                     tr("a ticket has at most %1 lines").arg(Ticket::MaxLines));
        m_lines.append({ product, 0 });
    }
    m_lines[index].quantity += quantity;
    return index;
}

Result<qsizetype> TermTicketLines::find(const QString &text) const
{
    bool number = false;
    const qint64 line = (text.startsWith(u'#') ? text.mid(1) : text).toLongLong(&number);
    // A barcode is a number too, but a long one: 1..200 can only be a line.
    if (number && line >= 1 && line <= Ticket::MaxLines) {
        if (line > m_lines.size())
            return Error::validation(
                u"line"_s,
                tr("there is no line %1 (the ticket has %2)").arg(line).arg(m_lines.size()));
        return qsizetype(line - 1);
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Product &p = m_lines.at(i).product;
        if (p.id == text || p.barcode == text || p.sku.compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return Error(ErrorCode::NotFound,
                 tr("'%1' is not on the ticket ('show' lists its lines)").arg(text));
}

Result<qint64> TermTicketLines::quantityOf(const QString &text)
{
    bool ok = false;
    const qint64 quantity = text.toLongLong(&ok);
    if (!ok || quantity < 1 || quantity > MaxQuantity)
        return Error::validation(
            u"quantity"_s,
            tr("'%1' is not a number of units (1 to %2)").arg(text).arg(MaxQuantity));
    return quantity;
}

qint64 TermTicketLines::totalCents() const
{
    qint64 cents = 0;
    for (const Line &line : m_lines)
        cents += line.product.priceCents * line.quantity;
    return cents;
}

qint64 TermTicketLines::units() const
{
    qint64 count = 0;
    for (const Line &line : m_lines)
        count += line.quantity;
    return count;
}

QList<TicketLine> TermTicketLines::ticketLines() const
{
    QList<TicketLine> lines;
    for (const Line &line : m_lines)
        lines.append({ line.product.id, line.quantity, {}, {}, 0 });
    return lines;
}

QString TermTicketLines::itemsText(qint64 units)
{
    // Not %n: the terminal loads no translation, and "1 item(s)" reads badly.
    return units == 1 ? tr("1 item") : tr("%1 items").arg(units);
}

} // namespace inventory::term
