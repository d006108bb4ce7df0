#pragma once

#include "core/client/reports/shrinkquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace inventory {
class ReasonCatalog;
}

namespace inventory::ui {

// The shrink report as a manager reads it: a line per store and month (newest month first
// within each store), a column per reason that occurs (the built-in ones in their fixed order,
// damage, theft and loss first, then an admin's), and the total. Numbers go through the
// locale; an exported CSV carries them as a spreadsheet reads them.
class ShrinkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn { Store, Month, FirstReason };

    ShrinkModel(const ReasonCatalog &reasons, QObject *parent = nullptr);

    void setEntries(const QList<ShrinkEntry> &entries);
    // Store id → its name, shown beside the id (an id without a name is shown alone).
    void setStoreNames(const QHash<QString, QString> &names);

    // The reason codes shown as columns, in order.
    const QStringList &reasonColumns() const { return m_reasons; }
    // Every unit in the report.
    qint64 totalUnits() const;
    // Units of one store and month for one reason (0 when none), for the tests and the chart.
    qint64 units(const QString &storeId, const QString &month, const QString &reason) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        QString storeId;
        QString month;
        QHash<QString, qint64> units; // by reason
        qint64 total = 0;
    };

    QVariant display(const Line &line, int column) const;
    QString monthName(const QString &month) const;

    const ReasonCatalog &m_catalog;
    QHash<QString, QString> m_storeNames;
    QStringList m_reasons;
    QList<Line> m_lines;
};

} // namespace inventory::ui
