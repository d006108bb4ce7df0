#include "ui/transfers/transfershipdialog.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/transfers/transferdesk.h"
#include "core/protocol/transfers/transferjson.h"
#include "ui/models/productnames.h"
#include "ui/transfers/countdelegate.h"
#include "ui/transfers/storenames.h"
#include "ui/transfers/transferpickmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TransferShipDialog::TransferShipDialog(ClientSession &session, const ProductNames &names,
                                       const Transfer &transfer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_names(names)
    , m_transfer(transfer)
    , m_model(new TransferPickModel(names, this))
    , m_scan(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_ship(new QPushButton(tr("&Ship"), this))
{
    setObjectName(u"transferShipDialog"_s);
    setWindowTitle(tr("Ship transfer %1").arg(transfer.id));
    QHash<QString, qint64> available;
    for (const TransferLine &line : transfer.lines) {
        if (const auto row = session.cache().row(line.productId, transfer.fromStoreId))
            available.insert(line.productId, row->available());
    }
    m_model->setTransfer(transfer, available);

    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    const QString to = StoreNames::of(session.cache(), transfer.toStoreId).toHtmlEscaped();
    heading->setText(transfer.note.isEmpty()
                         ? tr("<b>To %1</b>").arg(to)
                         : tr("<b>To %1</b> · “%2”").arg(to, transfer.note.toHtmlEscaped()));
    m_scan->setObjectName(u"shipScan"_s);
    m_scan->setPlaceholderText(tr("scan each product's barcode, or type its SKU"));
    m_scan->setAccessibleName(tr("Scan a product to pick it"));
    m_scan->setMinimumHeight(36);
    m_status->setObjectName(u"shipStatus"_s);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"shipLines"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 16);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setItemDelegateForColumn(TransferPickModel::Picked, new CountDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TransferPickModel::Product, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 12);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->openPersistentEditor(m_model->index(row, TransferPickModel::Picked));
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferShipDialog::showProgress);

    m_ship->setObjectName(u"confirmShip"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ship, QDialogButtonBox::ActionRole);
    // Return in the scan field is a scan, never a press of Ship.
    for (QPushButton *b : buttons->findChildren<QPushButton *>())
        b->setAutoDefault(false);
    connect(m_ship, &QPushButton::clicked, this, &TransferShipDialog::ship);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        scan(m_scan->text());
        m_scan->clear();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("S&can:"), m_scan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    showProgress();
    m_scan->setFocus();
    resize(720, 420);
}

void TransferShipDialog::showStatus(const QString &text, Notice notice)
{
    m_status->setText(text);
    m_status->setStyleSheet(notice == Notice::Error ? u"color:#842029;font-weight:bold"_s
                                                    : QString());
}

void TransferShipDialog::showProgress()
{
    const qint64 picked = m_model->pickedTotal();
    const qint64 asked = m_model->requestedTotal();
    m_ship->setEnabled(picked > 0);
    if (picked == 0)
        showStatus(tr("Scan each unit as you take it from the shelf (or type the units on its "
                      "line). %n unit(s) asked for.",
                      nullptr, int(asked)),
                   Notice::Info);
    else if (picked < asked)
        showStatus(
            tr("%1 of %n unit(s) picked: what is not picked is not sent.", nullptr, int(asked))
                .arg(picked),
            Notice::Info);
    else
        showStatus(tr("Everything asked for is picked: ship it."), Notice::Info);
}

void TransferShipDialog::scan(const QString &code)
{
    const QString text = code.trimmed();
    if (text.isEmpty())
        return;
    const auto product = m_session.cache().product(text);
    if (!product || !product.value())
        return showStatus(tr("No product has the code %1.").arg(text), Notice::Error);
    const QString name = m_names.of(product.value()->id);
    switch (m_model->scan(product.value()->id)) {
    case TransferPickModel::Scan::NotInTransfer:
        return showStatus(tr("%1 is not in this transfer: leave it out.").arg(name), Notice::Error);
    case TransferPickModel::Scan::AlreadyComplete:
        return showStatus(tr("%1: all %n unit(s) asked for are picked already.", nullptr,
                             int(m_model->requested(m_model->rowOf(product.value()->id))))
                              .arg(name),
                          Notice::Error);
    case TransferPickModel::Scan::Counted: {
        const int row = m_model->rowOf(product.value()->id);
        showStatus(tr("%1: %2 of %3 picked.")
                       .arg(name)
                       .arg(m_model->picked(row))
                       .arg(m_model->requested(row)),
                   Notice::Info);
        break;
    }
    }
}

QString TransferShipDialog::shortageText(const QJsonObject &details) const
{
    QStringList lines;
    for (const QJsonValue &v : details.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        lines << tr("%1: %2 available here, %3 picked")
                     .arg(m_names.of(line.value(u"productId"_s).toString()))
                     .arg(line.value(u"available"_s).toInteger())
                     .arg(line.value(u"requested"_s).toInteger());
    }
    return lines.join(u"; "_s);
}

void TransferShipDialog::ship()
{
    if (m_model->pickedTotal() == 0)
        return showStatus(tr("Pick at least one unit first."), Notice::Error);
    if (!m_session.online())
        return showStatus(tr("Shipping needs the server, which cannot be reached now. The goods "
                             "stay on the shelf until the till is online."),
                          Notice::Error);
    m_ship->setEnabled(false);
    showStatus(tr("Shipping…"), Notice::Info);
    TransferDesk(m_session).ship(
        m_transfer.id, m_model->shipping(), [self = QPointer(this)](Result<QJsonObject> answer) {
            if (!self)
                return;
            if (!answer) {
                self->m_ship->setEnabled(true);
                const Error &e = answer.error();
                const QString why
                    = e.code() == ErrorCode::InsufficientStock && e.details().contains(u"lines"_s)
                    ? tr("Not enough available here: %1. Nothing was shipped.")
                          .arg(self->shortageText(e.details()))
                    : ErrorText::describe(e);
                return self->showStatus(tr("Not shipped: %1").arg(why), Notice::Error);
            }
            emit self->shipped(transferFromJson(answer.value()));
            self->accept();
        });
}

} // namespace inventory::ui
