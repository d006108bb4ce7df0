#pragma once

#include "core/client/counts/countdesk.h"
#include "core/protocol/event.h"
#include "ui/notice.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class CountLinesModel;
class ProductNames;

// The counting screen of a count session (issue 27), built for a scanner: scan a product and
// it is armed with one unit; scan it again for each further unit, or type the number on the
// pad; Enter (or scanning the next product) records it. Each entry is this till's count of the
// product: recording it again replaces it, other tills' entries add up. Offline, entries queue
// ("— queued, will sync"). Progress and the other tills' counts follow the feed.
class CountingDialog : public QDialog
{
    Q_OBJECT

public:
    CountingDialog(ClientSession &session, const ProductNames &names, const QJsonObject &count,
                   QWidget *parent = nullptr);

    QLineEdit *scanField() const { return m_scan; }
    QSpinBox *countedField() const { return m_counted; }
    QPushButton *recordButton() const { return m_record; }
    CountLinesModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progress() const { return m_progress; }
    // The product armed, if any.
    QString armed() const { return m_armed; }

    // A scan (or typed id, SKU, barcode or name) as the scan field's Enter does.
    void scan(const QString &text);
    // Records the armed product's count.
    void record();
    // A key of the pad: '0'..'9', 'C' clears, '<' deletes the last digit.
    void pressPad(QChar key);

    // Records what is still unsent before the screen closes: nothing counted is lost.
    void reject() override;

signals:
    void reported(const QString &message, Notice notice);

protected:
    // Enter in the scan field scans; anywhere else it records.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load();
    void arm(const QString &productId);
    void showStatus(const QString &text, Notice notice);
    void updateProgress();
    void onEventsApplied(const QList<Event> &events);

    ClientSession &m_session;
    const ProductNames &m_names;
    QString m_countId;
    CountDesk m_desk;
    CountLinesModel *m_model;
    QLineEdit *m_scan;
    QLabel *m_product;
    QSpinBox *m_counted;
    QPushButton *m_record;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableView *m_view;
    QString m_armed;
    bool m_unsent = false; // the armed product's number is not recorded yet
    bool m_typing = false; // the pad appends digits (after the first, which replaces)
};

} // namespace inventory::ui
