#pragma once

#include "core/domain/product.h"
#include "core/domain/result.h"
#include "ui/notice.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

// The selected product and the counter actions on it for the current store: Sell, Receive,
// Reserve take "units" (back to 1 after every action, so a large receipt is never sold by
// the next key), Count takes what is on the shelf in its own field, shows the difference and
// asks before a large correction. Each action is one key (F5–F8) or one tap.
class CounterPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks the clerk a yes/no question; a seam for tests.
    using Confirmation = std::function<bool(const QString &question)>;

    explicit CounterPanel(ClientSession &session, QWidget *parent = nullptr);

    void setProduct(const std::optional<Product> &product);
    void refresh();
    std::optional<Product> product() const { return m_product; }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    // What a write-off asks the clerk (units, reason code, note); nullopt when cancelled. A
    // seam for tests: the default shows a WriteOffDialog.
    struct WriteOff
    {
        qint64 units = 0;
        QString reason;
        QString note;
    };
    using WriteOffQuestion
        = std::function<std::optional<WriteOff>(const Product &product, qint64 available)>;
    void setWriteOffQuestion(WriteOffQuestion question) { m_askWriteOff = std::move(question); }
    QSpinBox *quantityField() const { return m_quantity; }
    QLineEdit *countedField() const { return m_counted; }
    QList<QPushButton *> actionButtons() const { return m_buttons; }
    // A count differing from the system by at least this many units and this share of it
    // asks for confirmation.
    static constexpr qint64 LargeDifferenceUnits = 5;
    static constexpr qint64 LargeDifferencePercent = 20;

    void sell();
    void receive();
    void count();
    void reserve();
    void writeOff();

signals:
    void done(const QString &message, Notice notice);

private:
    void report(const QString &what, const Status &outcome);
    void updateDifference();
    void resetInputs();
    std::optional<qint64> systemQuantity() const;

    ClientSession &m_session;
    Confirmation m_confirm;
    WriteOffQuestion m_askWriteOff;
    std::optional<Product> m_product;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_stock;
    QSpinBox *m_quantity;
    QLineEdit *m_counted;
    QLabel *m_difference;
    QLineEdit *m_customer;
    QSpinBox *m_ttl;
    QList<QPushButton *> m_buttons;
    QPushButton *m_reserve;
};

} // namespace inventory::ui
