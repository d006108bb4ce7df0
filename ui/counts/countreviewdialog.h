#pragma once

#include "core/client/counts/countdesk.h"
#include "ui/notice.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class CountReviewModel;
class ProductNames;

// A manager's review of a count (issue 27): counted vs expected per product, the lines to count
// again marked, then Apply posts every variance as a correction with reason `count` in one
// transaction (after a confirmation the tests answer through a seam). Products nobody counted
// keep their quantity unless "nobody found them" is ticked (a full count). Exports as CSV.
class CountReviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Confirmation = std::function<bool(const QString &question)>;

    CountReviewDialog(ClientSession &session, const ProductNames &names, const QString &countId,
                      QWidget *parent = nullptr);

    CountReviewModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *zeroUncounted() const { return m_zero; }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    void load();
    void apply();
    // The review as a CSV file at path.
    Status exportTo(const QString &path) const;

signals:
    void loaded();
    void reported(const QString &message, Notice notice);
    void applied();

private:
    void exportCsv();

    ClientSession &m_session;
    QString m_countId;
    CountDesk m_desk;
    CountReviewModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QCheckBox *m_zero;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_apply;
    Confirmation m_confirm;
    bool m_busy = false;
};

} // namespace inventory::ui
