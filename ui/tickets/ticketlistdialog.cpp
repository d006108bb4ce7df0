#include "ui/tickets/ticketlistdialog.h"

#include "core/client/text/errortext.h"
#include "ui/tickets/ticketlistmodel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TicketListDialog::TicketListDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_desk(session)
    , m_model(new TicketListModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"ticketListDialog"_s);
    setWindowTitle(tr("Today's tickets"));
    m_view->setObjectName(u"ticketList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *receipt = buttons->addButton(tr("&Receipt…"), QDialogButtonBox::ActionRole);
    receipt->setDefault(true);
    connect(receipt, &QPushButton::clicked, this, &TicketListDialog::reprint);
    connect(m_view, &QTableView::activated, this, &TicketListDialog::reprint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(640, 420);
}

void TicketListDialog::reload()
{
    m_status->setText(tr("Loading…"));
    const qint64 today = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    m_desk.list(today, 200, [this](Result<QJsonObject> page) {
        if (!page) {
            m_status->setText(ErrorText::describe(page.error()));
            return;
        }
        m_model->setTickets(page->value(u"tickets"_s).toArray());
        m_status->setText(tr("%n ticket(s) today", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
}

void TicketListDialog::reprint()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit receiptWanted(m_model->ticketAt(current.row()));
}

} // namespace inventory::ui
