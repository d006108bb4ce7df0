#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace inventory::ui {

// Server URL(s), language (applies at the next start), font size (applies now), and where
// receipts go (ReceiptPrinter).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    // The language to use: the saved choice, else the system's when it is Spanish, else English.
    static QString language();
    static void applyFontSize();

private:
    QLineEdit *m_servers;
    QComboBox *m_language;
    QSpinBox *m_fontSize;
    QComboBox *m_printer;
    QLineEdit *m_receiptFolder;
    QSpinBox *m_idleSeconds;
};

} // namespace inventory::ui
