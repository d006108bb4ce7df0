#pragma once

#include "core/domain/result.h"
#include "ui/notice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class DayReportModel;

// The day report of the till's store (issue 27): pick a day (today first), read it from the
// server, export it as CSV (for a spreadsheet) or as a PDF (to print or mail). A read that
// fails says why in red; it is never shown as an empty day.
class DayReportDialog : public QDialog
{
    Q_OBJECT

public:
    DayReportDialog(ClientSession &session, QWidget *parent = nullptr);

    DayReportModel *model() const { return m_model; }
    QDateEdit *dateField() const { return m_date; }
    QLabel *statusLabel() const { return m_status; }

    void reload();
    Status exportCsv(const QString &path) const;
    Status exportPdf(const QString &path) const;

signals:
    void loaded();
    void failed(const QString &message);
    void reported(const QString &message, Notice notice);

private:
    void chooseCsv();
    void choosePdf();
    QString suggestedPath(const QString &extension) const;

    ClientSession &m_session;
    DayReportModel *m_model;
    QDateEdit *m_date;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    quint64 m_generation = 0;
};

} // namespace inventory::ui
