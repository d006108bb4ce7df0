#pragma once

#include "core/domain/result.h"
#include "ui/notice.h"
#include "ui/transfers/slip/transferslip.h"

#include <QDialog>

class QPushButton;

namespace inventory::ui {

// A transfer slip as it will print, offered right after shipping (and from the Transfers
// tab): "Print transfer slip" sends it where receipts go; "Save as PDF…" asks for a file.
class TransferSlipDialog : public QDialog
{
    Q_OBJECT

public:
    // heading: what just happened ("Transfer … shipped"), or empty.
    TransferSlipDialog(TransferSlip slip, const QString &heading, QWidget *parent = nullptr);

    const TransferSlip &slip() const { return m_slip; }
    QPushButton *printButton() const { return m_print; }
    void print();

signals:
    void done(const QString &message, Notice notice);

private:
    void chooseAndSave();

    TransferSlip m_slip;
    QPushButton *m_print;
};

} // namespace inventory::ui
