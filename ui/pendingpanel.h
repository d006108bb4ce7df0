#pragma once

#include <QWidget>

class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class PendingModel;

// What the terminal still has to send, and what the server rejected: retry or discard.
class PendingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PendingPanel(ClientSession &session, QWidget *parent = nullptr);
    void refresh();
    PendingModel *model() const { return m_model; }

private:
    void act(bool retry);

    ClientSession &m_session;
    PendingModel *m_model;
    QTableView *m_view;
};

} // namespace inventory::ui
