#pragma once

#include "core/client/reports/shrinkquery.h"
#include "core/domain/result.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ApiClient;
class LocalCache;
class ReasonCatalog;
} // namespace inventory

namespace inventory::ui {

class ShrinkModel;

// The managers' shrink view (issue 26): units that left each store other than by a sale or a
// transfer — damage, theft, loss, own use, samples, corrections — by store, month and reason,
// for a store or all of them over a span of months, exported as CSV. It asks the server; when
// a read fails it says so and offers to try again, never showing an empty report instead.
class ShrinkDialog : public QDialog
{
    Q_OBJECT

public:
    ShrinkDialog(ApiClient &api, LocalCache &cache, const ReasonCatalog &reasons,
                 QWidget *parent = nullptr);

    // Months, both included (the day is ignored).
    void setMonths(const QDate &first, const QDate &last);
    // Empty: every store.
    void setStore(const QString &storeId);
    void reload();
    Status exportTo(const QString &path) const;

    ShrinkQuery *query() const { return m_query; }
    ShrinkModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *storeFilter() const { return m_store; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }

private:
    void loaded(const QList<ShrinkEntry> &entries);
    void failed(const Error &error);
    void exportCsv();

    ShrinkQuery *m_query;
    ShrinkModel *m_model;
    QComboBox *m_store;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_export;
};

} // namespace inventory::ui
