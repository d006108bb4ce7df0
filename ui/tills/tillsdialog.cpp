#include "ui/tills/tillsdialog.h"

#include "core/client/text/errortext.h"
#include "core/client/tills/tillregistry.h"
#include "ui/tills/tillsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TillsDialog::TillsDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new TillsModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke…"), this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Revoke till"), question) == QMessageBox::Yes;
    })
{
    setWindowTitle(tr("Tills"));
    resize(760, 360);
    m_view->setObjectName(u"tillsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_status->setObjectName(u"tillsStatus"_s);
    m_status->setWordWrap(true);
    m_revoke->setObjectName(u"revokeTill"_s);
    m_revoke->setMinimumHeight(44);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    QPushButton *reload = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reload, &QPushButton::clicked, this, &TillsDialog::refresh);
    connect(m_revoke, &QPushButton::clicked, this, &TillsDialog::revokeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TillsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TillsDialog::updateButtons);
    updateButtons();
    refresh();
}

void TillsDialog::refresh()
{
    m_status->setText(tr("Loading…"));
    QPointer<TillsDialog> self(this);
    TillRegistry(m_session).list([self](Result<QList<Device>> tills) {
        if (!self)
            return;
        if (!tills) {
            self->m_status->setText(
                tr("The tills could not be read: %1").arg(ErrorText::describe(tills.error())));
            return;
        }
        self->m_model->setTills(tills.value());
        self->m_view->resizeColumnsToContents();
        self->m_status->setText(tills->isEmpty() ? tr("No till is enrolled yet.") : QString());
        self->updateButtons();
        emit self->loaded();
    });
}

void TillsDialog::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Device till = m_model->tillAt(rows.first().row());
    if (till.isRevoked()
        || !m_confirm(tr("Revoke till %1 (%2)? Its sign-ins stop at once and what it still has "
                         "queued is refused until it is enrolled again.")
                          .arg(till.id, till.name)))
        return;
    m_status->setText(tr("Revoking…"));
    QPointer<TillsDialog> self(this);
    TillRegistry(m_session).revoke(till.id, [self](Result<Device> done) {
        if (!self)
            return;
        if (!done) {
            self->m_status->setText(tr("Not revoked: %1").arg(ErrorText::describe(done.error())));
            return;
        }
        self->m_model->update(done.value());
        self->m_status->setText(tr("Till %1 is revoked.").arg(done->id));
        emit self->revoked(done->id);
    });
}

void TillsDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_revoke->setEnabled(!rows.isEmpty() && !m_model->tillAt(rows.first().row()).isRevoked());
}

} // namespace inventory::ui
