#pragma once

#include "ui/notice.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
struct StockRow;
} // namespace inventory

namespace inventory::ui {

class AvailabilityPanel;
class ProductNames;
class TransferRequestDialog;

// "Request transfer…" on another store's row of the availability table (issue 26): in the
// row's context menu, as a button below the table and as Ctrl+Shift+T. It asks that store for
// units of the product shown, to be sent to the till's store; enabled when the row selected is
// another store with units available.
class TransferRequester : public QObject
{
    Q_OBJECT

public:
    TransferRequester(ClientSession &session, const ProductNames &names, AvailabilityPanel *panel,
                      QWidget *window);

    QAction *action() const { return m_action; }
    QPushButton *button() const { return m_button; }
    // The dialog open now, if any.
    TransferRequestDialog *dialog() const;
    // Opens the dialog for the row selected; says what to do first when it cannot.
    void open();

signals:
    void done(const QString &message, Notice notice);

private:
    std::optional<StockRow> selectedRow() const;
    void update();
    QString storeName(const QString &storeId) const;

    ClientSession &m_session;
    const ProductNames &m_names;
    QTableView *m_view;
    QWidget *m_window;
    QAction *m_action;
    QPushButton *m_button;
    QLabel *m_hint;
    QPointer<TransferRequestDialog> m_dialog;
};

} // namespace inventory::ui
