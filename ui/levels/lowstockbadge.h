#pragma once

#include "ui/levels/replenishmentdialog.h"
#include "ui/notice.h"

#include <QPointer>
#include <QToolButton>

namespace inventory {
class ClientSession;
struct Event;
} // namespace inventory

namespace inventory::ui {

class ProductNames;

// The status bar's count of this store's products below their minimum, kept current from the
// till's cache; it turns amber when there are any, says so when the feed reports a new crossing
// (stock.low of this store), and opens the low-stock list with replenishment (click, or
// Ctrl+Shift+R).
class LowStockBadge : public QToolButton
{
    Q_OBJECT

public:
    LowStockBadge(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    int lowCount() const { return m_count; }
    void recount();
    void openList();
    ReplenishmentDialog *list() const { return m_list; }

signals:
    // A product of this store fell below its minimum (for the window's toast).
    void alerted(const QString &message);
    void done(const QString &message, Notice notice);

private:
    void onEvents(const QList<inventory::Event> &events);

    ClientSession &m_session;
    const ProductNames &m_names;
    int m_count = -1;
    QPointer<ReplenishmentDialog> m_list; // deletes itself when closed
};

} // namespace inventory::ui
