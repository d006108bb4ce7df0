#pragma once

#include "core/domain/product.h"

#include <QWidget>
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
// Count, Reserve — each one key (F5–F8) or one tap.
class CounterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CounterPanel(ClientSession &session, QWidget *parent = nullptr);

    void setProduct(const std::optional<Product> &product);
    void refresh();
    std::optional<Product> product() const { return m_product; }

    void sell();
    void receive();
    void count();
    void reserve();

signals:
    void done(const QString &message, bool error);

private:
    void report(const QString &what, bool ok, const QString &error);

    ClientSession &m_session;
    std::optional<Product> m_product;
    QLabel *m_title;
    QLabel *m_stock;
    QSpinBox *m_quantity;
    QLineEdit *m_customer;
    QSpinBox *m_ttl;
    QList<QPushButton *> m_buttons;
    QPushButton *m_reserve;
};

} // namespace inventory::ui
