#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <optional>

namespace inventory::ui {

class ProductNames;

// The products of a count on the counting screen (issue 27): what this till recorded, what
// every till counted together, and, unless the count is blind, what the books had at the start.
// Lines follow the feed as other tills count; a product scanned on a shelf joins.
class CountLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Here, AllTills, AtStart, ColumnCount };

    CountLinesModel(const ProductNames &names, QObject *parent = nullptr);

    // The lines of GET /counts/{id}.
    void setCount(const QJsonObject &count);
    // What every till counted of a product (a count.entered event, an entry's answer); `here`
    // is this till's own entry when it made it.
    void setCounted(const QString &productId, qint64 total, std::optional<qint64> here = {});
    int rowOf(const QString &productId) const;
    QString productIdAt(int row) const { return m_lines.value(row).productId; }
    int countedLines() const;
    bool showsSnapshot() const { return m_snapshots; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        QString productId;
        std::optional<qint64> here;
        std::optional<qint64> all;
        std::optional<qint64> atStart;
    };
    const ProductNames &m_names;
    QList<Line> m_lines;
    bool m_snapshots = false;
};

} // namespace inventory::ui
