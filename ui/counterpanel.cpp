#include "ui/counterpanel.h"

#include "core/client/clientsession.h"
#include "ui/uilog.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CounterPanel::CounterPanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_stock(new QLabel(this))
    , m_quantity(new QSpinBox(this))
    , m_customer(new QLineEdit(this))
    , m_ttl(new QSpinBox(this))
{
    m_title->setObjectName(u"productTitle"_s);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(u"font-size:16pt;font-weight:bold"_s);
    m_stock->setObjectName(u"productStock"_s);
    m_quantity->setRange(0, 1'000'000);
    m_quantity->setValue(1);
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setMinimumHeight(40);
    m_customer->setPlaceholderText(tr("Customer (for reservations)"));
    m_customer->setAccessibleName(tr("Customer"));
    m_ttl->setRange(1, 1440);
    m_ttl->setValue(30);
    m_ttl->setSuffix(tr(" min"));
    m_ttl->setAccessibleName(tr("Hold for"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("&Hold for:"), m_ttl);

    auto *grid = new QGridLayout;
    const QList<std::tuple<QString, QString, void (CounterPanel::*)()>> actions {
        { tr("Sell (F5)"), u"sellButton"_s, &CounterPanel::sell },
        { tr("Receive (F6)"), u"receiveButton"_s, &CounterPanel::receive },
        { tr("Count (F7)"), u"countButton"_s, &CounterPanel::count },
        { tr("Reserve (F8)"), u"reserveButton"_s, &CounterPanel::reserve }
    };
    for (int i = 0; i < actions.size(); ++i) {
        const auto &[text, name, slot] = actions.at(i);
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(text);
        button->setMinimumHeight(56);
        button->setStyleSheet(u"font-size:13pt"_s);
        connect(button, &QPushButton::clicked, this, slot);
        grid->addWidget(button, i / 2, i % 2);
        m_buttons << button;
    }
    m_reserve = m_buttons.last();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stock);
    layout->addLayout(form);
    layout->addLayout(grid);
    layout->addStretch();
    setProduct(std::nullopt);
}

void CounterPanel::setProduct(const std::optional<Product> &product)
{
    m_product = product;
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(product.has_value());
    refresh();
}

void CounterPanel::refresh()
{
    if (!m_product) {
        m_title->setText(tr("Scan or search a product (F2)"));
        m_stock->clear();
        return;
    }
    const auto read = m_session.cache().row(m_product->id, m_session.storeId());
    if (!read) {
        qCWarning(lcUi) << "cannot read the stock row:" << read.error().message();
        m_stock->setText(tr("The stock of this product cannot be read from this till's cache."));
        return;
    }
    const StockRow &row = read.value();
    m_title->setText(u"%1 — %2"_s.arg(m_product->sku, m_product->name));
    m_stock->setText(tr("At %1: %2 in stock, %3 reserved, %4 available (version %5)")
                         .arg(m_session.storeId())
                         .arg(row.quantity)
                         .arg(row.reserved)
                         .arg(row.available())
                         .arg(row.version));
    const bool online = m_session.online();
    m_reserve->setEnabled(online);
    m_reserve->setToolTip(online ? QString()
                                 : tr("Reservations need the server; this terminal is offline."));
}

void CounterPanel::report(const QString &what, bool ok, const QString &error)
{
    emit done(ok ? what : tr("Not done: %1").arg(error), !ok);
    refresh();
}

void CounterPanel::sell()
{
    if (!m_product || m_quantity->value() < 1)
        return;
    auto op = m_session.sell(m_product->id, m_quantity->value());
    report(tr("Sold %1 × %2").arg(m_quantity->value()).arg(m_product->name), op.ok(),
           op ? QString() : op.error().message());
}

void CounterPanel::receive()
{
    if (!m_product || m_quantity->value() < 1)
        return;
    auto op = m_session.receive(m_product->id, m_quantity->value());
    report(tr("Received %1 × %2").arg(m_quantity->value()).arg(m_product->name), op.ok(),
           op ? QString() : op.error().message());
}

void CounterPanel::count()
{
    if (!m_product)
        return;
    const auto row = m_session.cache().row(m_product->id, m_session.storeId());
    if (!row)
        return report(tr("Count of %1").arg(m_product->name), false, row.error().message());
    auto op = m_session.count(m_product->id, m_quantity->value(), row->version);
    report(tr("Counted %1: %2 (at version %3)")
               .arg(m_product->name)
               .arg(m_quantity->value())
               .arg(row->version),
           op.ok(), op ? QString() : op.error().message());
}

void CounterPanel::reserve()
{
    if (!m_product || m_quantity->value() < 1)
        return;
    if (m_customer->text().trimmed().isEmpty()) {
        emit done(tr("Enter the customer for the reservation"), true);
        m_customer->setFocus();
        return;
    }
    auto op = m_session.reserve(m_product->id, m_quantity->value(), m_customer->text().trimmed(),
                                m_ttl->value() * 60);
    report(tr("Reserved %1 × %2 for %3")
               .arg(m_quantity->value())
               .arg(m_product->name, m_customer->text().trimmed()),
           op.ok(), op ? QString() : op.error().message());
}

} // namespace inventory::ui
