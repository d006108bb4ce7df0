#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace inventory::ui {

// A table whose rows are identified by a key. setRows() applies the difference to the
// view — removed rows, changed cells, appended rows — never a reset, so selection and
// scroll position survive live updates.
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using KeyOf = std::function<QString(const Row &)>;

    explicit KeyedRowsModel(KeyOf keyOf, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_keyOf(std::move(keyOf))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }

    void setRows(const QList<Row> &rows)
    {
        QHash<QString, qsizetype> wanted;
        for (qsizetype i = 0; i < rows.size(); ++i)
            wanted.insert(m_keyOf(rows.at(i)), i);
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (!wanted.contains(m_keyOf(m_rows.at(i)))) {
                beginRemoveRows({}, int(i), int(i));
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        QHash<QString, qsizetype> present;
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            present.insert(m_keyOf(m_rows.at(i)), i);
        for (const Row &row : rows) {
            const auto it = present.constFind(m_keyOf(row));
            if (it == present.constEnd()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
                m_rows.append(row);
                endInsertRows();
            } else if (!(m_rows.at(*it) == row)) {
                m_rows[*it] = row;
                emit dataChanged(index(int(*it), 0), index(int(*it), columnCount() - 1));
            }
        }
    }

protected:
    // For a change of the columns themselves: a reset, with the rows given.
    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

private:
    KeyOf m_keyOf;
    QList<Row> m_rows;
};

} // namespace inventory::ui
