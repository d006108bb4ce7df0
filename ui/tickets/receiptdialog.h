#pragma once

#include "core/domain/result.h"
#include "ui/notice.h"
#include "ui/tickets/receiptdocument.h"

#include <QDialog>

namespace inventory::ui {

// The receipt after Charge: shown as it will print, then printed (a receipt printer
// installed as a system printer, or any printer) or saved as PDF.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiptDialog(ReceiptDocument receipt, QWidget *parent = nullptr);

    const ReceiptDocument &receipt() const { return m_receipt; }
    Status savePdf(const QString &path) const;

signals:
    void done(const QString &message, Notice notice);

private:
    void print();
    void chooseAndSave();

    ReceiptDocument m_receipt;
};

} // namespace inventory::ui
