#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace inventory::ui {

// The day report (issue 27) as one table a manager reads top to bottom and a spreadsheet sums:
// a row per line of each section — totals, sales and returns by category and by seller,
// adjustments by reason, transfers, open discrepancies, offline tickets — with count, units,
// value, and units in and out where they apply. Money through the locale.
class DayReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Section, What, Count, Units, Value, UnitsIn, UnitsOut, ColumnCount };

    // Reasons show as their labels in the till's language (the code when it has none).
    using ReasonLabel = std::function<QString(const QString &code)>;
    explicit DayReportModel(ReasonLabel reasonLabel, QObject *parent = nullptr);

    // The body of GET /reports/day.
    void setReport(const QJsonObject &day);
    const QJsonObject &report() const { return m_day; }
    // The row of a section's line, or -1.
    int rowOf(const QString &section, const QString &what) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        QString section;
        QString what;
        std::optional<qint64> count;
        std::optional<qint64> units;
        std::optional<qint64> valueCents;
        std::optional<qint64> unitsIn;
        std::optional<qint64> unitsOut;
        bool total = false;
    };
    ReasonLabel m_reasonLabel;
    QJsonObject m_day;
    QList<Line> m_lines;
};

} // namespace inventory::ui
