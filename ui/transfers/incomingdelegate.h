#pragma once

#include <QStyledItemDelegate>

namespace inventory::ui {

// Draws a cell's units on their way by a transfer as "+N" at its right edge, in green, beside
// the value the cell shows (the managers' matrix: available units). The value itself stays a
// number, for sorting and for the CSV export.
class IncomingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // role: where the model gives the incoming units of a cell.
    IncomingDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "+3" in the locale's digits; empty for none.
    static QString text(qint64 incoming);

private:
    int m_role;
};

} // namespace inventory::ui
