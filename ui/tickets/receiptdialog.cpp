#include "ui/tickets/receiptdialog.h"

#include "ui/tickets/receiptprinter.h"
#include "ui/tickets/receiptrenderer.h"

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

ReceiptDialog::ReceiptDialog(ReceiptDocument receipt, QWidget *parent)
    : QDialog(parent)
    , m_receipt(std::move(receipt))
{
    setObjectName(u"receiptDialog"_s);
    setWindowTitle(ReceiptDocument::tr("Ticket %1").arg(m_receipt.ticketId));
    auto *image = new QLabel(this);
    image->setObjectName(u"receiptPreview"_s);
    image->setPixmap(QPixmap::fromImage(ReceiptRenderer::preview(m_receipt, 320)));
    image->setAccessibleName(m_receipt.textLines().join(u'\n'));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(image);
    scroll->setAlignment(Qt::AlignHCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    print->setDefault(true);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(pdf, &QPushButton::clicked, this, &ReceiptDialog::chooseAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(400, 560);
}

Status ReceiptDialog::savePdf(const QString &path) const
{
    return ReceiptRenderer::writePdf(m_receipt, path);
}

void ReceiptDialog::print()
{
    auto printed = ReceiptPrinter::print(m_receipt, this);
    if (!printed)
        emit done(tr("Could not print the receipt: %1").arg(printed.error().message()),
                  Notice::Error);
    else if (!printed.value().isEmpty())
        emit done(printed.value(), Notice::Info);
}

void ReceiptDialog::chooseAndSave()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(m_receipt.ticketId + u".pdf"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = savePdf(path); !saved)
        emit done(tr("Could not save %1: %2").arg(path, saved.error().message()), Notice::Error);
    else
        emit done(tr("Receipt saved to %1").arg(path), Notice::Info);
}

} // namespace inventory::ui
