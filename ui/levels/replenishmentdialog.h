#pragma once

#include "core/client/levels/leveldesk.h"
#include "ui/notice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class ReplenishmentModel;

// What this store should reorder (the low-stock badge opens it): every product below its min,
// with the need and a store that can spare units. The checked lines become transfer requests
// in one click, one per source store. It asks the server; offline it shows the low products
// the till's cache knows, without sources, and says why.
class ReplenishmentDialog : public QDialog
{
    Q_OBJECT

public:
    ReplenishmentDialog(ClientSession &session, const ProductNames &names,
                        QWidget *parent = nullptr);

    void reload();
    void requestTransfers();

    ReplenishmentModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *requestButton() const { return m_request; }

signals:
    // Transfers were requested (their ids), or something failed; for the window's toast.
    void done(const QString &message, Notice notice);
    void loaded();

private:
    void show(const Result<QList<ReplenishmentLine>> &lines);
    void showCached(const Error &why);
    void updateButton();

    ClientSession &m_session;
    ReplenishmentModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_request;
    QPushButton *m_reload;
};

} // namespace inventory::ui
