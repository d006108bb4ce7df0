#pragma once

#include "core/domain/product.h"
#include "core/domain/result.h"
#include "core/domain/tickets/ticket.h"

#include <QCoreApplication>
#include <QList>

namespace inventory::term {

// The lines of the ticket being rung up at the terminal, not yet charged: one line per
// product, in the order added, each with the product's price as the cache has it. Numbers,
// limits and names for the lines; no output (TermTicketSession prints).
class TermTicketLines
{
    Q_DECLARE_TR_FUNCTIONS(inventory::term::TermTicketLines)

public:
    struct Line
    {
        Product product;
        qint64 quantity = 0;
    };

    // API.md: a ticket line's quantity is 1..1000000.
    static constexpr qint64 MaxQuantity = 1'000'000;

    // Adds units of a product: to its line if it has one, else to a new line. The line's index.
    Result<qsizetype> add(const Product &product, qint64 quantity);
    void setQuantity(qsizetype index, qint64 quantity) { m_lines[index].quantity = quantity; }
    Line take(qsizetype index) { return m_lines.takeAt(index); }
    void clear() { m_lines.clear(); }
    // The line a LINE# (1-based, "#2" too), id, SKU or barcode names.
    Result<qsizetype> find(const QString &text) const;
    // A QTY typed: a whole number of units in 1..MaxQuantity.
    static Result<qint64> quantityOf(const QString &text);

    const QList<Line> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    qint64 totalCents() const;
    qint64 units() const;
    // As TicketDesk sends them (the server prices each line).
    QList<TicketLine> ticketLines() const;
    // "1 item", "3 items".
    static QString itemsText(qint64 units);

private:
    QList<Line> m_lines;
};

} // namespace inventory::term
