#pragma once

#include "core/domain/transfers/transfer.h"
#include "ui/notice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class TransferPickModel;

// Shipping a requested transfer from the till's store (issue 26): a pick list of what was
// asked for; scanning a product's barcode (or typing its SKU) in the scan field picks one
// more unit, and each line's spin box takes a number. Ship sends the picked units; what was
// not picked is not sent. Shipping needs the server.
class TransferShipDialog : public QDialog
{
    Q_OBJECT

public:
    TransferShipDialog(ClientSession &session, const ProductNames &names, const Transfer &transfer,
                       QWidget *parent = nullptr);

    QLineEdit *scanField() const { return m_scan; }
    TransferPickModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *shipButton() const { return m_ship; }
    QLabel *statusLabel() const { return m_status; }
    const Transfer &transfer() const { return m_transfer; }
    // A scanned or typed barcode, SKU or product id.
    void scan(const QString &code);
    void ship();

signals:
    // The transfer as the server shipped it.
    void shipped(const inventory::Transfer &transfer);

private:
    void showStatus(const QString &text, Notice notice);
    void showProgress();
    QString shortageText(const QJsonObject &details) const;

    ClientSession &m_session;
    const ProductNames &m_names;
    Transfer m_transfer;
    TransferPickModel *m_model;
    QLineEdit *m_scan;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_ship;
};

} // namespace inventory::ui
