#include "ui/activitypanel.h"

#include "core/client/clientsession.h"
#include "ui/models/activitymodel.h"
#include "ui/uilog.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ActivityPanel::ActivityPanel(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ActivityModel(names, this))
    , m_view(new QTableView(this))
{
    auto *ownStore = new QCheckBox(tr("Only this store (%1)").arg(session.storeId()), this);
    ownStore->setObjectName(u"ownStoreOnly"_s);
    ownStore->setAccessibleName(ownStore->text());
    connect(ownStore, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setStoreFilter(only ? m_session.storeId() : QString());
        reload();
    });
    m_view->setObjectName(u"activityView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::Product, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Recent activity"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ownStore);
    layout->addWidget(m_view);
    connect(&session.sync(), &SyncEngine::eventsApplied, m_model, &ActivityModel::add);
    reload();
}

void ActivityPanel::reload()
{
    const auto recent
        = m_session.cache().recentEvents(ActivityModel::MaxRows, m_model->storeFilter());
    if (!recent) {
        qCWarning(lcUi) << "cannot read the recent activity:" << recent.error().message();
        return;
    }
    m_model->reset(recent.value());
}

} // namespace inventory::ui
