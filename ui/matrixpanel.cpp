#include "ui/matrixpanel.h"

#include "ui/models/lowstockfilter.h"
#include "ui/models/stockmatrixmodel.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

MatrixPanel::MatrixPanel(LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_model(new StockMatrixModel(cache, this))
    , m_filter(new LowStockFilter(this))
{
    m_filter->setSourceModel(m_model);
    auto *view = new QTableView(this);
    view->setObjectName(u"matrixView"_s);
    view->setModel(m_filter);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->setAccessibleName(tr("Stock of every product in every store"));
    auto *lowOnly = new QCheckBox(tr("&Low stock only"), this);
    connect(lowOnly, &QCheckBox::toggled, m_filter, &LowStockFilter::setEnabled);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export stock"), u"stock.csv"_s,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(lowOnly);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(view);
}

void MatrixPanel::refresh()
{
    m_model->reload();
}

bool MatrixPanel::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(m_filter->toCsv().toUtf8()) >= 0;
}

} // namespace inventory::ui
