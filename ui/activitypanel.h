#pragma once

#include <QWidget>

class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ActivityModel;
class ProductNames;

// What changed, live, newest first: opens with the recent past kept in the till's cache, then
// adds what the feed brings; all stores or only this one.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    ActivityPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    // Reads the recent past again from the cache (after the filter changed).
    void reload();

private:
    ClientSession &m_session;
    ActivityModel *m_model;
    QTableView *m_view;
};

} // namespace inventory::ui
