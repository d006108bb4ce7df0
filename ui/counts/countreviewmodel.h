#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <optional>

namespace inventory::ui {

class ProductNames;

// The review of a count (issue 27): per product what the tills counted, what the books expected
// when it was counted, the variance, and whether it should be counted again (those rows are
// marked). Uncounted products show a dash.
class CountReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Counted, Expected, Variance, Recount, ColumnCount };

    CountReviewModel(const ProductNames &names, QObject *parent = nullptr);

    // The body of POST /counts/{id}/review.
    void setReview(const QJsonObject &review);
    struct Line
    {
        QString productId;
        std::optional<qint64> counted;
        qint64 expected = 0;
        qint64 variance = 0;
        bool recount = false;
    };
    const QList<Line> &lines() const { return m_lines; }
    int recounts() const;
    int uncounted() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ProductNames &m_names;
    QList<Line> m_lines;
};

} // namespace inventory::ui
