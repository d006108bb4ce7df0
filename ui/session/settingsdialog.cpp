#include "ui/session/settingsdialog.h"

#include "ui/tickets/receiptprinter.h"
#include "ui/tills/idlelock.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrinterInfo>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace inventory::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_servers(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_printer(new QComboBox(this))
    , m_receiptFolder(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_servers->setText(settings.value(u"servers"_s, u"http://127.0.0.1:8080"_s).toString());
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(language() == u"es"_s ? 0 : 1);
    m_fontSize->setRange(8, 28);
    m_fontSize->setValue(settings.value(u"fontSize"_s, QApplication::font().pointSize()).toInt());
    m_printer->addItem(tr("Ask each time"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    const int chosen = m_printer->findData(settings.value(ReceiptPrinter::printerKey()).toString());
    m_printer->setCurrentIndex(qMax(0, chosen));
    m_receiptFolder->setText(settings.value(ReceiptPrinter::folderKey()).toString());
    m_receiptFolder->setPlaceholderText(tr("none"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Server(s), comma separated:"), m_servers);
    form->addRow(tr("Language (at next start):"), m_language);
    form->addRow(tr("Font size (tablets: 14 or more):"), m_fontSize);
    form->addRow(tr("Receipt printer:"), m_printer);
    form->addRow(tr("Save receipts as PDF in (no printer, or an archive):"), m_receiptFolder);
    m_idleSeconds = new QSpinBox(this);
    m_idleSeconds->setObjectName(u"idleSeconds"_s);
    m_idleSeconds->setRange(0, 3600);
    m_idleSeconds->setSingleStep(30);
    m_idleSeconds->setSuffix(tr(" s"));
    m_idleSeconds->setSpecialValueText(tr("never"));
    m_idleSeconds->setValue(IdleLock::configuredIdleMs() / 1000);
    form->addRow(tr("Lock an enrolled till after idle:"), m_idleSeconds);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(u"servers"_s, m_servers->text());
    settings.setValue(u"language"_s, m_language->currentData());
    settings.setValue(u"fontSize"_s, m_fontSize->value());
    settings.setValue(IdleLock::settingsKey(), m_idleSeconds->value());
    settings.setValue(ReceiptPrinter::printerKey(), m_printer->currentData());
    settings.setValue(ReceiptPrinter::folderKey(), m_receiptFolder->text().trimmed());
    applyFontSize();
    QDialog::accept();
}

QString SettingsDialog::language()
{
    const QString saved = QSettings().value(u"language"_s).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale().language() == QLocale::Spanish ? u"es"_s : u"en"_s;
}

void SettingsDialog::applyFontSize()
{
    const int size = QSettings().value(u"fontSize"_s).toInt();
    if (size > 0) {
        QFont font = QApplication::font();
        font.setPointSize(size);
        QApplication::setFont(font);
    }
}

} // namespace inventory::ui
