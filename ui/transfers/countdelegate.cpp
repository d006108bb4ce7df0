#include "ui/transfers/countdelegate.h"

#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>

namespace inventory::ui {

QWidget *CountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    auto *spin = new QSpinBox(parent);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    auto *self = const_cast<CountDelegate *>(this);
    connect(spin, &QSpinBox::valueChanged, self, [self, spin] { emit self->commitData(spin); });
    return spin;
}

void CountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = qobject_cast<QSpinBox *>(editor);
    if (!spin)
        return;
    // The model's value and range, without echoing them back to the model.
    const QSignalBlocker quiet(spin);
    spin->setRange(0, int(std::clamp<qint64>(index.data(MaximumRole).toLongLong(), 0, 1000000)));
    spin->setValue(int(index.data(Qt::EditRole).toLongLong()));
}

void CountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, qint64(spin->value()), Qt::EditRole);
    }
}

void CountDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace inventory::ui
