#include "ui/availabilitypanel.h"

#include "ui/models/availabilitymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

AvailabilityPanel::AvailabilityPanel(AvailabilityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_actions(new QHBoxLayout)
{
    m_view->setObjectName(u"availabilityView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Availability in every store"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AvailabilityModel::Store, QHeaderView::Stretch);
    setFocusProxy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_actions);
}

} // namespace inventory::ui
