#include "ui/transfers/slip/transferslipdialog.h"

#include "ui/transfers/slip/transferslipprinter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TransferSlipDialog::TransferSlipDialog(TransferSlip slip, const QString &heading, QWidget *parent)
    : QDialog(parent)
    , m_slip(std::move(slip))
    , m_print(new QPushButton(tr("&Print transfer slip"), this))
{
    setObjectName(u"transferSlipDialog"_s);
    setWindowTitle(TransferSlip::tr("Transfer slip %1").arg(m_slip.transferId));
    auto *top = new QLabel(heading, this);
    top->setWordWrap(true);
    top->setVisible(!heading.isEmpty());
    auto *image = new QLabel(this);
    image->setObjectName(u"slipPreview"_s);
    image->setPixmap(QPixmap::fromImage(TransferSlipPrinter::preview(m_slip, 320)));
    image->setAccessibleName(m_slip.textLines().join(u'\n'));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(image);
    scroll->setAlignment(Qt::AlignHCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print->setObjectName(u"printSlip"_s);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_print->setDefault(true);
    connect(m_print, &QPushButton::clicked, this, &TransferSlipDialog::print);
    connect(pdf, &QPushButton::clicked, this, &TransferSlipDialog::chooseAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(420, 560);
}

void TransferSlipDialog::print()
{
    auto printed = TransferSlipPrinter::print(m_slip, this);
    if (!printed)
        emit done(tr("Could not print the transfer slip: %1").arg(printed.error().message()),
                  Notice::Error);
    else if (!printed.value().isEmpty())
        emit done(printed.value(), Notice::Info);
}

void TransferSlipDialog::chooseAndSave()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(TransferSlipPrinter::fileName(m_slip));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the transfer slip"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = TransferSlipPrinter::writePdf(m_slip, path); !saved)
        emit done(tr("Could not save %1: %2").arg(path, saved.error().message()), Notice::Error);
    else
        emit done(tr("Transfer slip saved to %1").arg(path), Notice::Info);
}

} // namespace inventory::ui
