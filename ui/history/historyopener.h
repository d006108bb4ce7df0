#pragma once

#include "core/domain/product.h"
#include "ui/notice.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class HistoryDialog;
class ProductNames;

// Where the main window opens a movement history from: a row of the availability table
// (double-click or Return: that product at that row's store) and Ctrl+H (the product at the
// counter, at the till's store). One history dialog at a time; opening another replaces it.
class HistoryOpener : public QObject
{
    Q_OBJECT

public:
    // availability shows an AvailabilityModel.
    HistoryOpener(ClientSession &session, const ProductNames &names, QTableView *availability,
                  QWidget *window);

    // The product at the counter here; without one, says what to do first.
    void openFor(const std::optional<Product> &product);
    void open(const QString &productId, const QString &storeId);
    // The dialog open now, if any.
    HistoryDialog *dialog() const;

signals:
    void done(const QString &message, Notice notice);

private:
    QString storeName(const QString &storeId) const;

    ClientSession &m_session;
    const ProductNames &m_names;
    QWidget *m_window;
    QPointer<HistoryDialog> m_dialog;
};

} // namespace inventory::ui
