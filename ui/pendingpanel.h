#pragma once

#include <QWidget>

class QGroupBox;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class PendingModel;
class ProductNames;

// The till's sync queue in two parts: what is waiting to be sent (nothing to do), and what
// the server refused and needs the clerk's attention (why, what to do: retry or discard).
class PendingPanel : public QWidget
{
    Q_OBJECT

public:
    PendingPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    void refresh();
    PendingModel *waiting() const { return m_waiting; }
    PendingModel *attention() const { return m_attention; }
    QTableView *attentionView() const { return m_attentionView; }

signals:
    void countsChanged(int waiting, int attention);
    void failed(const QString &message);

private:
    enum class Action { Retry, Discard };
    void act(Action action);
    void updateButtons();

    ClientSession &m_session;
    PendingModel *m_waiting;
    PendingModel *m_attention;
    QGroupBox *m_waitingBox;
    QGroupBox *m_attentionBox;
    QTableView *m_attentionView;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace inventory::ui
