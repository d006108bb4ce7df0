#pragma once

#include <QStyledItemDelegate>

namespace inventory::ui {

// A spin box for a count in a table (picked, received, damaged units), kept open on every line
// by the dialogs that use it, so that a clerk types a number where a scan would count one by
// one. Its range is 0 to what the model gives in MaximumRole; each change reaches the model at
// once (a scan and a typed number add to the same count).
class CountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int MaximumRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace inventory::ui
