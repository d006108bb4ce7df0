#include "ui/tickets/returndialog.h"

#include "core/client/text/errortext.h"
#include "ui/tickets/returnmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ReturnDialog::ReturnDialog(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QDialog(parent)
    , m_desk(session)
    , m_model(new ReturnModel(names, this))
    , m_ticket(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_confirm(new QPushButton(tr("&Take back"), this))
{
    setObjectName(u"returnDialog"_s);
    setWindowTitle(tr("Return"));
    m_ticket->setObjectName(u"returnTicket"_s);
    m_ticket->setPlaceholderText(tr("scan the receipt or type the ticket number"));
    m_ticket->setAccessibleName(tr("Ticket number"));
    m_ticket->setMinimumHeight(36);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"returnLines"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReturnModel::Name, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_confirm->setEnabled(false);
    m_confirm->setMinimumHeight(44);
    connect(m_ticket, &QLineEdit::returnPressed, this, &ReturnDialog::lookUp);
    connect(m_confirm, &QPushButton::clicked, this, &ReturnDialog::confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Ticket:"), m_ticket);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ReturnDialog::showStatus(const QString &text, Notice notice)
{
    m_status->setText(text);
    m_status->setStyleSheet(notice == Notice::Error ? u"color:#842029;font-weight:bold"_s
                                                    : QString());
}

void ReturnDialog::lookUp()
{
    const QString id = m_ticket->text().trimmed();
    if (id.isEmpty())
        return;
    showStatus(tr("Looking up %1…").arg(id), Notice::Info);
    m_desk.fetch(id, [this, id](Result<QJsonObject> ticket) {
        if (!ticket) {
            m_ticketId.clear();
            m_model->setTicket({});
            m_confirm->setEnabled(false);
            return showStatus(ticket.error().code() == ErrorCode::NotFound
                                  ? tr("No ticket %1.").arg(id)
                                  : ErrorText::describe(ticket.error()),
                              Notice::Error);
        }
        m_ticketId = id;
        m_model->setTicket(ticket.value());
        m_confirm->setEnabled(true);
        if (ticket->value(u"localCopy"_s).toBool())
            showStatus(tr("Ticket %1 as this till sold it (the server cannot be reached or does "
                          "not have it yet): the return will be queued and synced. Enter the "
                          "units coming back.")
                           .arg(id),
                       Notice::Info);
        else
            showStatus(tr("Ticket %1 of %2, sold by %3. Enter the units coming back.")
                           .arg(id, ticket->value(u"storeId"_s).toString(),
                                ticket->value(u"seller"_s).toString()),
                       Notice::Info);
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, ReturnModel::Now));
    });
}

void ReturnDialog::confirm()
{
    const QList<TicketLine> lines = m_model->returning();
    if (m_ticketId.isEmpty() || lines.isEmpty())
        return showStatus(tr("Enter how many units come back on at least one line."),
                          Notice::Error);
    m_confirm->setEnabled(false);
    m_desk.takeBack(m_ticketId, lines, [this](Result<QJsonObject> result) {
        if (!result) {
            m_confirm->setEnabled(true);
            return showStatus(ErrorText::describe(result.error()), Notice::Error);
        }
        const QString returnId = result->value(u"returnId"_s).toString();
        if (result->value(u"queued"_s).toBool())
            emit done(tr("Return %1 of ticket %2 taken offline: it is queued and will sync")
                          .arg(returnId, m_ticketId),
                      Notice::Info);
        else
            emit done(tr("Return %1 of ticket %2 recorded").arg(returnId, m_ticketId),
                      Notice::Info);
        accept();
    });
}

} // namespace inventory::ui
