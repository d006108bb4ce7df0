#include "ui/transfers/transferreceivedialog.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/transfers/transferdesk.h"
#include "core/protocol/transfers/transferjson.h"
#include "ui/models/productnames.h"
#include "ui/transfers/countdelegate.h"
#include "ui/transfers/storenames.h"
#include "ui/transfers/transferlistmodel.h"
#include "ui/transfers/transferreceivemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TransferReceiveDialog::TransferReceiveDialog(ClientSession &session, const ProductNames &names,
                                             const QList<Transfer> &known, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_names(names)
    , m_known(known)
    , m_model(new TransferReceiveModel(names, this))
    , m_slip(new QLineEdit(this))
    , m_scan(new QLineEdit(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_receive(new QPushButton(tr("&Receive"), this))
{
    setObjectName(u"transferReceiveDialog"_s);
    setWindowTitle(tr("Receive a transfer"));
    m_slip->setObjectName(u"receiveSlip"_s);
    m_slip->setPlaceholderText(tr("scan the slip's QR code or type the transfer number"));
    m_slip->setAccessibleName(tr("Transfer number"));
    m_scan->setObjectName(u"receiveScan"_s);
    m_scan->setPlaceholderText(tr("scan each product as you unpack it"));
    m_scan->setAccessibleName(tr("Scan a product to count it received"));
    for (QLineEdit *field : { m_slip, m_scan })
        field->setMinimumHeight(36);
    m_heading->setWordWrap(true);
    m_status->setObjectName(u"receiveStatus"_s);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"receiveLines"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 16);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    auto *counts = new CountDelegate(m_view);
    m_view->setItemDelegateForColumn(TransferReceiveModel::Received, counts);
    m_view->setItemDelegateForColumn(TransferReceiveModel::Damaged, counts);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TransferReceiveModel::Product, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 11);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferReceiveDialog::showProgress);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            m_view->openPersistentEditor(m_model->index(row, TransferReceiveModel::Received));
            m_view->openPersistentEditor(m_model->index(row, TransferReceiveModel::Damaged));
        }
    });

    m_receive->setObjectName(u"confirmReceive"_s);
    m_receive->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_receive, QDialogButtonBox::ActionRole);
    // Return in a scan field is a scan, never a press of Receive.
    for (QPushButton *b : buttons->findChildren<QPushButton *>())
        b->setAutoDefault(false);
    connect(m_receive, &QPushButton::clicked, this, &TransferReceiveDialog::receive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slip, &QLineEdit::returnPressed, this, [this] { lookUp(m_slip->text()); });
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        scan(m_scan->text());
        m_scan->clear();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Slip:"), m_slip);
    form->addRow(tr("S&can:"), m_scan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    showStatus(tr("Scan the transfer slip that came with the goods."), Notice::Info);
    m_slip->setFocus();
    resize(760, 440);
}

void TransferReceiveDialog::showStatus(const QString &text, Notice notice)
{
    m_status->setText(text);
    m_status->setStyleSheet(notice == Notice::Error ? u"color:#842029;font-weight:bold"_s
                                                    : QString());
}

void TransferReceiveDialog::clear()
{
    m_transfer = {};
    m_model->setTransfer({});
    m_heading->clear();
    m_receive->setEnabled(false);
}

void TransferReceiveDialog::lookUp(const QString &transferId)
{
    const QString id = transferId.trimmed();
    if (id.isEmpty())
        return;
    m_slip->setText(id);
    const auto copy = std::find_if(m_known.cbegin(), m_known.cend(),
                                   [&](const Transfer &t) { return t.id == id; });
    if (!m_session.online()) {
        if (copy != m_known.cend())
            return present(*copy, Source::Copy);
        clear();
        return showStatus(tr("Transfer %1 is not in this till's list and the server cannot be "
                             "reached now: try again when the till is online.")
                              .arg(id),
                          Notice::Error);
    }
    showStatus(tr("Looking up transfer %1…").arg(id), Notice::Info);
    std::optional<Transfer> fallback;
    if (copy != m_known.cend())
        fallback = *copy;
    TransferDesk(m_session).fetch(id, [self = QPointer(this), id, fallback](Result<QJsonObject> t) {
        if (!self)
            return;
        if (t)
            return self->present(transferFromJson(t.value()), Source::Server);
        if (t.error().code() == ErrorCode::Unavailable && fallback)
            return self->present(*fallback, Source::Copy);
        self->clear();
        self->showStatus(
            t.error().code() == ErrorCode::NotFound
                ? tr("There is no transfer %1.").arg(id)
                : tr("Transfer %1 cannot be read: %2").arg(id, ErrorText::describe(t.error())),
            Notice::Error);
    });
}

void TransferReceiveDialog::present(const Transfer &transfer, Source source)
{
    if (transfer.toStoreId != m_session.storeId()) {
        clear();
        return showStatus(
            tr("Transfer %1 goes to %2, not to this store.")
                .arg(transfer.id, StoreNames::of(m_session.cache(), transfer.toStoreId)),
            Notice::Error);
    }
    if (!Transfer::isOnTheWay(transfer.status)) {
        clear();
        return showStatus(tr("Transfer %1 is %2: nothing is on its way.")
                              .arg(transfer.id, TransferListModel::statusText(transfer).toLower()),
                          Notice::Error);
    }
    m_transfer = transfer;
    m_fromCopy = source == Source::Copy;
    m_model->setTransfer(transfer);
    m_heading->setText(
        tr("<b>Transfer %1</b> from %2")
            .arg(transfer.id.toHtmlEscaped(),
                 StoreNames::of(m_session.cache(), transfer.fromStoreId).toHtmlEscaped()));
    showProgress();
    m_scan->setFocus();
}

void TransferReceiveDialog::showProgress()
{
    if (m_transfer.id.isEmpty())
        return;
    const qint64 counted = m_model->receivedTotal() + m_model->damagedTotal();
    m_receive->setEnabled(counted > 0);
    const QString copy = m_fromCopy ? tr("The server cannot be reached: the receipt will be "
                                         "queued and sent when it is back. ")
                                    : QString();
    if (counted == 0)
        showStatus(copy
                       + tr("Scan each product as you unpack it, or type the units on its line. "
                            "%n unit(s) on their way.",
                            nullptr, int(m_model->missing())),
                   Notice::Info);
    else if (m_model->missing() > 0)
        showStatus(copy
                       + tr("%n unit(s) not counted stay on their way: a manager closes the "
                            "transfer if they do not come.",
                            nullptr, int(m_model->missing())),
                   Notice::Info);
    else
        showStatus(copy + tr("Everything on its way is counted."), Notice::Info);
}

void TransferReceiveDialog::scan(const QString &code)
{
    const QString text = code.trimmed();
    if (text.isEmpty())
        return;
    const auto product = m_session.cache().product(text);
    if (!product || !product.value()) {
        // Not a product: the slip of a transfer, scanned into this field.
        if (m_transfer.id.isEmpty()
            || std::any_of(m_known.cbegin(), m_known.cend(),
                           [&](const Transfer &t) { return t.id == text; }))
            return lookUp(text);
        return showStatus(tr("No product has the code %1.").arg(text), Notice::Error);
    }
    if (m_transfer.id.isEmpty())
        return showStatus(tr("Scan the transfer slip first."), Notice::Error);
    const QString id = product.value()->id;
    const QString name = m_names.of(id);
    switch (m_model->scan(id)) {
    case TransferReceiveModel::Scan::NotInTransfer:
        return showStatus(tr("%1 is not in this transfer.").arg(name), Notice::Error);
    case TransferReceiveModel::Scan::AlreadyComplete:
        return showStatus(tr("%1: every unit on its way is counted already.").arg(name),
                          Notice::Error);
    case TransferReceiveModel::Scan::Counted:
        showProgress();
        break;
    }
}

void TransferReceiveDialog::receive()
{
    const QList<TransferLine> lines = m_model->receiving();
    if (m_transfer.id.isEmpty() || lines.isEmpty())
        return showStatus(tr("Count at least one unit received or damaged."), Notice::Error);
    m_receive->setEnabled(false);
    const QString id = m_transfer.id;
    const qint64 received = m_model->receivedTotal();
    const qint64 damaged = m_model->damagedTotal();
    TransferDesk(m_session).receive(
        id, lines, [self = QPointer(this), id, received, damaged](Result<QJsonObject> answer) {
            if (!self)
                return;
            if (!answer) {
                self->m_receive->setEnabled(true);
                return self->showStatus(
                    tr("Not received: %1").arg(ErrorText::describe(answer.error())), Notice::Error);
            }
            const bool queued = answer->value(u"queued"_s).toBool();
            QString message = queued
                ? tr("Receipt of transfer %1 queued, will sync: %n unit(s) received.", nullptr,
                     int(received))
                      .arg(id)
                : tr("Transfer %1: %n unit(s) received.", nullptr, int(received)).arg(id);
            if (damaged > 0)
                message += u' ' + tr("%n damaged.", nullptr, int(damaged));
            if (!queued
                && transferFromJson(answer.value()).status == TransferStatus::PartiallyReceived)
                message += u' ' + tr("The rest is still on its way.");
            emit self->received(id, queued);
            emit self->done(message, Notice::Info);
            self->accept();
        });
}

} // namespace inventory::ui
