#pragma once

#include "core/client/counts/countdesk.h"
#include "core/protocol/event.h"
#include "ui/notice.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class CountListModel;
class CountReviewDialog;
class CountingDialog;
class ProductNames;

// The Stock counts tab (issue 27): this store's count sessions, open ones first, read from the
// server and again when the feed reports a step of a count. Everybody counts into an open count
// (Count…, or a double-click); managers open a count, review it, apply it or cancel it.
class CountsPanel : public QWidget
{
    Q_OBJECT

public:
    // Seams for tests: nullopt / false when the person backs out.
    using ScopePrompt = std::function<std::optional<CountDesk::Scope>()>;
    using Confirmation = std::function<bool(const QString &question)>;

    CountsPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    void refresh();
    CountListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filter() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *countButton() const { return m_count; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The counting screen and the review open now, if any.
    CountingDialog *countingDialog() const;
    CountReviewDialog *reviewDialog() const;
    void setScopePrompt(ScopePrompt prompt) { m_askScope = std::move(prompt); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    bool select(const QString &countId);

    void openCount();
    void countSelected();
    void reviewSelected();
    void cancelSelected();
    // Shows the counting screen of a count (one opened elsewhere, as from the exceptions).
    void startCounting(const QJsonObject &count);

signals:
    void done(const QString &message, Notice notice);
    void loaded();

private:
    void load();
    void onEventsApplied(const QList<Event> &events);
    void updateButtons();
    std::optional<QJsonObject> selected() const;

    ClientSession &m_session;
    const ProductNames &m_names;
    bool m_manager;
    CountListModel *m_model;
    QTableView *m_view;
    QComboBox *m_filter;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_new;
    QPushButton *m_count;
    QPushButton *m_review;
    QPushButton *m_cancel;
    QPointer<CountingDialog> m_counting;
    QPointer<CountReviewDialog> m_reviewing;
    QTimer m_reload;
    ScopePrompt m_askScope;
    Confirmation m_confirm;
    quint64 m_generation = 0;
};

} // namespace inventory::ui
