#pragma once

#include "core/domain/discrepancy.h"
#include "core/domain/result.h"
#include "ui/notice.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
class DiscrepancyDesk;
} // namespace inventory

namespace inventory::ui {

class DiscrepancyModel;
class ProductNames;

// Managers' and admins' exceptions: the open stock discrepancies of their stores (offline
// sales the books could not cover, API.md "Stock discrepancies"), read again whenever the
// feed raises or resolves one, and one-click resolutions for the selected one: start a count
// (asks what is on the shelf, records it and resolves as counted), release the reservations
// at risk, or accept the difference (with an optional note); or count every affected product of
// the store in one count session, for several tills at once.
class ExceptionsPanel : public QWidget
{
    Q_OBJECT

public:
    // Seams for tests, as CounterPanel's confirmation: nullopt / false when the person backs out.
    using CountPrompt = std::function<std::optional<qint64>(const QString &question, qint64 shown)>;
    using NotePrompt = std::function<std::optional<QString>(const QString &question)>;
    using Confirmation = std::function<bool(const QString &question)>;

    ExceptionsPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    // Reads the open discrepancies from the server (several calls in a row make one read).
    void refresh();
    DiscrepancyModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DiscrepancyDesk &desk() const { return *m_desk; }
    QPushButton *countButton() const { return m_count; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *countAllButton() const { return m_countAll; }
    // -1 until the first read succeeded.
    int openCount() const { return m_openCount; }
    void setCountPrompt(CountPrompt prompt) { m_askCount = std::move(prompt); }
    void setNotePrompt(NotePrompt prompt) { m_askNote = std::move(prompt); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    void startCount();
    void release();
    void accept();
    // Opens one count session of every product of this store with an open discrepancy.
    void countAffected();

signals:
    // A count session was opened: the Stock counts tab shows its counting screen.
    void countSessionOpened(const QJsonObject &count);
    void done(const QString &message, Notice notice);
    void openCountChanged(int count);

private:
    void load();
    std::optional<Discrepancy> selected() const;
    void updateButtons();
    // Reports a resolution, and takes the row out at once when it worked.
    void finished(const Discrepancy &discrepancy, const Result<Discrepancy> &outcome,
                  const QString &success);
    void setOpenCount(int count);

    ClientSession &m_session;
    DiscrepancyDesk *m_desk;
    DiscrepancyModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_count;
    QPushButton *m_release;
    QPushButton *m_accept;
    QPushButton *m_countAll;
    QTimer m_reload;
    CountPrompt m_askCount;
    NotePrompt m_askNote;
    Confirmation m_confirm;
    quint64 m_generation = 0; // of the read whose answer is still wanted
    bool m_busy = false; // a resolution in flight
    int m_openCount = -1;
};

} // namespace inventory::ui
