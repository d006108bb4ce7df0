#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

class ProductSearchModel;

// Finding the product: the search field (typed text or a scanner's code and Return), what it
// finds, and a line that says so when it finds nothing. Down moves into the results, Return
// picks one, Up at the top goes back. Typing disarms whatever was selected before, so a key
// never acts on a product the clerk is no longer looking at.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(LocalCache &cache, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_search; }
    QLabel *noResultsLabel() const { return m_noResults; }
    void focusSearch();

signals:
    // The current result changed, or a scanned code matched exactly.
    void productSelected(const QString &productId);
    // A scanner's code (or a typed one) that matched a product exactly.
    void productScanned(const QString &productId);
    // Return on a result: the clerk goes on to the quantity.
    void productPicked(const QString &productId);
    // Nothing is selected any more; why is shown to the clerk (empty: no message).
    void disarmed(const QString &why);
    // A scan or Return that found nothing, or a cache that cannot be read.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void onReturn();
    void pick(const QModelIndex &index);
    void disarm(const QString &why);

    LocalCache &m_cache;
    QLineEdit *m_search;
    QLabel *m_noResults;
    ProductSearchModel *m_results;
    QTableView *m_view;
};

} // namespace inventory::ui
