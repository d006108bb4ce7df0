#include "ui/transfers/incomingdelegate.h"

#include <QLocale>
#include <QPainter>

namespace inventory::ui {

namespace {
constexpr int kPadding = 4;
}

IncomingDelegate::IncomingDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

QString IncomingDelegate::text(qint64 incoming)
{
    return incoming > 0 ? tr("+%1").arg(QLocale().toString(incoming)) : QString();
}

void IncomingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString extra = text(index.data(m_role).toLongLong());
    if (extra.isEmpty())
        return;
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.highlightedText().color() : QColor(0x0b, 0x6e, 0x4f));
    painter->drawText(option.rect.adjusted(kPadding, 0, -kPadding, 0),
                      Qt::AlignRight | Qt::AlignVCenter, extra);
    painter->restore();
}

QSize IncomingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString extra = text(index.data(m_role).toLongLong());
    if (!extra.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        size.rwidth() += QFontMetrics(bold).horizontalAdvance(extra) + 2 * kPadding;
    }
    return size;
}

} // namespace inventory::ui
