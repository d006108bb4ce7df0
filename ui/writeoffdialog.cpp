#include "ui/writeoffdialog.h"

#include "core/client/reasons/reasoncatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace inventory::ui {

WriteOffDialog::WriteOffDialog(const Product &product, qint64 available,
                               const ReasonCatalog &reasons, QWidget *parent)
    : QDialog(parent)
    , m_units(new QSpinBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Write off units"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(
        tr("<b>%1</b><br>%n unit(s) on the shelf here", nullptr, int(available)).arg(product.name),
        this);
    form->addRow(what);
    m_units->setRange(1, int(qMax<qint64>(1, available)));
    form->addRow(tr("&Units:"), m_units);
    for (const ReasonCode &reason : reasons.writeOffCodes())
        m_reason->addItem(reasons.label(reason.code), reason.code);
    form->addRow(tr("&Reason:"), m_reason);
    m_note->setMaxLength(ReasonCode::MaxNoteLength);
    m_note->setPlaceholderText(tr("optional, e.g. box crushed in the store room"));
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write off"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(available > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

qint64 WriteOffDialog::units() const
{
    return m_units->value();
}

QString WriteOffDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString WriteOffDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace inventory::ui
