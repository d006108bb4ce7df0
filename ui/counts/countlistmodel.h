#pragma once

#include "ui/models/keyedrowsmodel.h"

#include <QJsonObject>

namespace inventory::ui {

// One count session of the list, as the server sent it.
struct CountRow
{
    QJsonObject count;
    friend bool operator==(const CountRow &a, const CountRow &b) { return a.count == b.count; }
};

// A store's count sessions (issue 27), newest first: the count's number, its status and what
// it covers in words, how far counting has got, who opened it and when.
class CountListModel : public KeyedRowsModel<CountRow>
{
    Q_OBJECT

public:
    enum Column { Id, Status, Scope, Progress, OpenedBy, Opened, ColumnCount };

    explicit CountListModel(QObject *parent = nullptr);

    void setCounts(const QList<QJsonObject> &counts);
    const QJsonObject &countAt(int row) const { return rowAt(row).count; }
    int rowOf(const QString &countId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(const QString &status);
    // "Category Audio", "A shelf", "Every product", "12 random products", "3 products"; blind
    // counts say so.
    static QString scopeText(const QJsonObject &count);
};

} // namespace inventory::ui
