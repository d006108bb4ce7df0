#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonObject>

namespace inventory::ui {

// Sales per store per day for the dashboard's bars (issue 27): a row per day (oldest first, every
// day of the range, 0 when nothing sold), a column per store; money through the locale, and the
// amount as a number under ValueRole for the chart.
class SalesByDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SalesByDayModel(QObject *parent = nullptr);

    // The body of GET /reports/sales?bucket=day, over `days` days ending today.
    void setSeries(const QJsonObject &sales, int days);
    QStringList stores() const { return m_stores; }
    QList<QDate> days() const { return m_days; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_stores;
    QList<QDate> m_days;
    QList<QList<qint64>> m_cents; // [day][store]
};

} // namespace inventory::ui
