#include "ui/searchpanel.h"

#include "core/client/localcache.h"
#include "ui/models/productsearchmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
// What a scanner sends: digits only, as long as a retail barcode at least.
bool looksLikeBarcode(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{8,14}$"_s);
    return digits.match(text).hasMatch();
}
} // namespace

SearchPanel::SearchPanel(LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_search(new QLineEdit(this))
    , m_noResults(new QLabel(this))
    , m_results(new ProductSearchModel(cache, this))
    , m_view(new QTableView(this))
{
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search by name, SKU or barcode (F2 or /)"));
    m_search->setAccessibleName(tr("Product search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(40);
    m_search->installEventFilter(this);
    m_noResults->setObjectName(u"noResults"_s);
    m_noResults->setWordWrap(true);
    m_noResults->setStyleSheet(u"color:#842029;font-weight:bold"_s);
    m_noResults->hide();
    m_view->setObjectName(u"resultsView"_s);
    m_view->setModel(m_results);
    m_view->setAccessibleName(tr("Products found"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab goes on to the quantity, arrows move here
    m_view->verticalHeader()->hide();
    // SKU and barcode are in the counter's details (and the name's tooltip): the name gets
    // the width, and long names wrap, also with the tablet font.
    m_view->hideColumn(ProductSearchModel::Sku);
    m_view->hideColumn(ProductSearchModel::Barcode);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProductSearchModel::Name,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_noResults);
    layout->addWidget(m_view);
    setTabOrder(m_search, m_view);

    connect(m_search, &QLineEdit::textChanged, this, &SearchPanel::onTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &SearchPanel::onReturn);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit productSelected(m_results->productAt(current.row()).id);
            });
    connect(m_view, &QTableView::activated, this, &SearchPanel::pick);
    m_results->search({});
}

void SearchPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_search && key == Qt::Key_Down && m_results->rowCount() > 0) {
        m_view->setFocus();
        m_view->selectRow(0);
        return true;
    }
    if (watched == m_view) {
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            pick(m_view->currentIndex());
            return true;
        }
        if (key == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::pick(const QModelIndex &index)
{
    if (index.isValid())
        emit productPicked(m_results->productAt(index.row()).id);
}

void SearchPanel::disarm(const QString &why)
{
    m_noResults->setText(why);
    m_noResults->setVisible(!why.isEmpty());
    emit disarmed(why);
}

void SearchPanel::onTextChanged(const QString &text)
{
    m_results->search(text);
    if (text.trimmed().isEmpty()) {
        m_noResults->hide();
        return;
    }
    // Typing means looking for something else: nothing stays armed from before.
    disarm(m_results->rowCount() == 0 ? tr("No product matches “%1”.").arg(text.trimmed())
                                      : QString());
}

void SearchPanel::onReturn()
{
    // A barcode scanner types the code and Return: an exact code selects the product at once.
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const auto exact = m_cache.product(text);
    if (!exact)
        return emit failed(tr("This till's cache cannot be read: %1").arg(exact.error().message()));
    if (exact.value()) {
        emit productSelected(exact.value()->id);
        emit productScanned(exact.value()->id);
        m_search->clear();
        return;
    }
    if (looksLikeBarcode(text) || m_results->rowCount() == 0) {
        const QString why = looksLikeBarcode(text) ? tr("No product with barcode %1.").arg(text)
                                                   : tr("No product matches “%1”.").arg(text);
        disarm(why);
        QApplication::beep();
        emit failed(why);
        m_search->selectAll();
        return;
    }
    m_view->setFocus();
    m_view->selectRow(0);
}

} // namespace inventory::ui
