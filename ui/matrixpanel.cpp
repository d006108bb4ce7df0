#include "ui/matrixpanel.h"

#include "ui/csvexport.h"
#include "ui/models/lowstockfilter.h"
#include "ui/models/stockmatrixmodel.h"
#include "ui/transfers/incomingdelegate.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

MatrixPanel::MatrixPanel(LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_model(new StockMatrixModel(cache, this))
    , m_filter(new LowStockFilter(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"matrixView"_s);
    m_view->setModel(m_filter);
    // Units on their way by a transfer as "+N" beside the available ones.
    m_view->setItemDelegate(new IncomingDelegate(StockMatrixModel::IncomingRole, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Stock of every product in every store"));
    auto *lowOnly = new QCheckBox(tr("&Low stock only"), this);
    lowOnly->setObjectName(u"lowStockOnly"_s);
    connect(lowOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setEnabled(on);
        refresh();
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *levels = new QPushButton(tr("Set reorder le&vels…"), this);
    levels->setObjectName(u"setLevels"_s);
    levels->setToolTip(tr("Minimum and target for the selected products at a store"));
    connect(levels, &QPushButton::clicked, this,
            [this] { emit levelsRequested(selectedProducts()); });
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &MatrixPanel::chooseAndExport);
    auto *bar = new QHBoxLayout;
    bar->addWidget(lowOnly);
    bar->addStretch();
    bar->addWidget(levels);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    refresh();
}

QStringList MatrixPanel::selectedProducts() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_filter->mapToSource(index).siblingAtColumn(0).data().toString();
    return ids;
}

void MatrixPanel::refresh()
{
    const int columnsBefore = m_model->columnCount();
    m_model->reload();
    if (m_model->columnCount() != columnsBefore)
        m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void MatrixPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

Status MatrixPanel::exportCsv(const QString &path)
{
    refresh(); // what the cache holds now, also when the panel was never shown
    return CsvExport::write(path, *m_filter);
}

void MatrixPanel::chooseAndExport()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("stock.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export stock"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status written = exportCsv(path); !written)
        emit done(tr("Could not export to %1: %2").arg(path, written.error().message()),
                  Notice::Error);
    else
        emit done(tr("Exported %n product(s) to %1", nullptr, m_filter->rowCount()).arg(path),
                  Notice::Info);
}

} // namespace inventory::ui
