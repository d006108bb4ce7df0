#include "ui/transfers/transferrequestdialog.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/transfers/transferdesk.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TransferRequestDialog::TransferRequestDialog(ClientSession &session, Subject subject,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_subject(std::move(subject))
    , m_units(new QSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_request(new QPushButton(tr("&Request"), this))
{
    setObjectName(u"transferRequestDialog"_s);
    setWindowTitle(tr("Request a transfer"));
    auto *heading = new QLabel(
        tr("<b>%1</b><br>from %2 to this store")
            .arg(m_subject.productName.toHtmlEscaped(), m_subject.fromStoreName.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    auto *available = new QLabel(
        tr("Available there now: %1").arg(QLocale().toString(m_subject.available)), this);
    m_units->setObjectName(u"transferUnits"_s);
    m_units->setRange(1, int(std::clamp<qint64>(m_subject.available, 1, 1000000)));
    m_units->setValue(1);
    m_units->setMinimumHeight(36);
    m_units->setAccessibleName(tr("Units to ask for"));
    m_note->setObjectName(u"transferNote"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("optional, e.g. a customer is waiting"));
    m_error->setObjectName(u"transferRequestError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#842029;font-weight:bold"_s);
    m_error->hide();
    m_request->setObjectName(u"sendTransferRequest"_s);
    m_request->setDefault(true);
    m_request->setEnabled(m_subject.available > 0);
    connect(m_request, &QPushButton::clicked, this, &TransferRequestDialog::send);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_request, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Units:"), m_units);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(available);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    m_units->setFocus();
    m_units->selectAll();
    resize(440, sizeHint().height());
}

void TransferRequestDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void TransferRequestDialog::send()
{
    if (!m_request->isEnabled())
        return;
    if (!m_session.online())
        return showError(tr("A transfer request needs the server, which cannot be reached now. "
                            "Try again when the till is online."));
    m_request->setEnabled(false);
    m_error->hide();
    TransferLine line;
    line.productId = m_subject.productId;
    line.requested = m_units->value();
    const qint64 units = line.requested;
    TransferDesk(m_session).request(
        m_subject.fromStoreId, m_session.storeId(), { line }, m_note->text().trimmed(),
        [self = QPointer(this), units](Result<QJsonObject> answer) {
            if (!self)
                return;
            if (!answer) {
                self->m_request->setEnabled(true);
                return self->showError(tr("The transfer was not requested: %1")
                                           .arg(ErrorText::describe(answer.error())));
            }
            const QString id = answer->value(u"transferId"_s).toString();
            emit self->requested(id);
            emit self->done(
                tr("Transfer %1 requested: %n unit(s) of %2 from %3", nullptr, int(units))
                    .arg(id, self->m_subject.productName, self->m_subject.fromStoreName),
                Notice::Info);
            self->accept();
        });
}

} // namespace inventory::ui
