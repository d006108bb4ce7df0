#include "ui/counterpanel.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/text/eventlabel.h"
#include "core/client/text/localetext.h"
#include "ui/uilog.h"
#include "ui/writeoffdialog.h"

#include <QApplication>
#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QFont scaled(int extraPoints, QFont::Weight weight)
{
    // Relative to the application's font, so the tablet setting makes these bigger too.
    QFont font = QApplication::font();
    font.setPointSize(font.pointSize() + extraPoints);
    font.setWeight(weight);
    return font;
}
} // namespace

CounterPanel::CounterPanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Confirm count"), question) == QMessageBox::Yes;
    })
    , m_askWriteOff([this](const Product &product, qint64 available) -> std::optional<WriteOff> {
        WriteOffDialog dialog(product, available, m_session.reasons(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return WriteOff { dialog.units(), dialog.reason(), dialog.note() };
    })
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_stock(new QLabel(this))
    , m_quantity(new QSpinBox(this))
    , m_counted(new QLineEdit(this))
    , m_difference(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_ttl(new QSpinBox(this))
{
    m_title->setObjectName(u"productTitle"_s);
    m_title->setWordWrap(true);
    m_title->setFont(scaled(4, QFont::Bold));
    m_details->setObjectName(u"productDetails"_s);
    m_stock->setObjectName(u"productStock"_s);
    m_stock->setWordWrap(true);
    m_quantity->setObjectName(u"quantity"_s);
    m_quantity->setRange(1, 1'000'000);
    m_quantity->setValue(1);
    m_quantity->setAccessibleName(tr("Units to sell, receive or reserve"));
    m_counted->setObjectName(u"counted"_s);
    m_counted->setValidator(new QIntValidator(0, 1'000'000, m_counted));
    m_counted->setPlaceholderText(tr("units on the shelf"));
    m_counted->setAccessibleName(tr("Units counted"));
    m_difference->setObjectName(u"countDifference"_s);
    m_customer->setObjectName(u"customer"_s);
    m_customer->setPlaceholderText(tr("for reservations"));
    m_customer->setAccessibleName(tr("Customer"));
    m_ttl->setObjectName(u"holdFor"_s);
    m_ttl->setRange(1, 1440);
    m_ttl->setValue(30);
    m_ttl->setSuffix(tr(" min"));
    m_ttl->setAccessibleName(tr("Hold for"));
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_quantity, m_counted, m_customer, m_ttl })
        field->setMinimumHeight(36);
    connect(m_counted, &QLineEdit::textChanged, this, &CounterPanel::updateDifference);
    connect(m_counted, &QLineEdit::returnPressed, this, &CounterPanel::count);

    // Two inputs per row: a 1024×600 screen with the tablet font still shows every field.
    auto *form = new QGridLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Units:"), m_quantity), 0, 0);
    form->addWidget(m_quantity, 0, 1);
    form->addWidget(label(tr("Cou&nted:"), m_counted), 0, 2);
    form->addWidget(m_counted, 0, 3);
    form->addWidget(m_difference, 1, 2, 1, 2);
    form->addWidget(label(tr("C&ustomer:"), m_customer), 2, 0);
    form->addWidget(m_customer, 2, 1);
    form->addWidget(label(tr("&Hold for:"), m_ttl), 2, 2);
    form->addWidget(m_ttl, 2, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

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
        button->setMinimumHeight(48);
        button->setFont(scaled(2, QFont::DemiBold));
        connect(button, &QPushButton::clicked, this, slot);
        grid->addWidget(button, i / 2, i % 2);
        m_buttons << button;
    }
    m_reserve = m_buttons.last();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_stock);
    layout->addLayout(form);
    layout->addLayout(grid);
    layout->addStretch();
    setTabOrder(m_quantity, m_counted);
    setTabOrder(m_counted, m_customer);
    setTabOrder(m_customer, m_ttl);
    setTabOrder(m_ttl, m_buttons.first());
    for (qsizetype i = 1; i < m_buttons.size(); ++i)
        setTabOrder(m_buttons.at(i - 1), m_buttons.at(i));
    setProduct(std::nullopt);
}

void CounterPanel::setProduct(const std::optional<Product> &product)
{
    const bool changed = !product || !m_product || m_product->id != product->id;
    m_product = product;
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(product.has_value());
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_quantity, m_counted, m_customer, m_ttl })
        field->setEnabled(product.has_value());
    if (changed)
        resetInputs();
    refresh();
}

std::optional<qint64> CounterPanel::systemQuantity() const
{
    if (!m_product)
        return std::nullopt;
    const auto row = m_session.cache().row(m_product->id, m_session.storeId());
    if (!row)
        return std::nullopt;
    return row->quantity;
}

void CounterPanel::refresh()
{
    if (!m_product) {
        m_title->setText(tr("Scan or search a product (F2)"));
        m_details->clear();
        m_stock->clear();
        m_difference->clear();
        return;
    }
    m_title->setText(m_product->name);
    m_details->setText(
        tr("%1 · %2 · %3")
            .arg(m_product->sku,
                 m_product->barcode.isEmpty() ? tr("no barcode") : m_product->barcode,
                 LocaleText::money(m_product->priceCents)));
    const auto read = m_session.cache().row(m_product->id, m_session.storeId());
    if (!read) {
        qCWarning(lcUi) << "cannot read the stock row:" << read.error().message();
        m_stock->setText(tr("The stock of this product cannot be read from this till's cache."));
        return;
    }
    const StockRow &row = read.value();
    const QLocale locale;
    m_stock->setText(tr("Here: %1 in stock, %2 reserved, %3 available")
                         .arg(locale.toString(row.quantity), locale.toString(row.reserved),
                              locale.toString(row.available())));
    updateDifference();
    const bool online = m_session.online();
    m_reserve->setEnabled(online);
    m_reserve->setToolTip(online ? QString()
                                 : tr("Reservations need the server; this till is offline."));
}

void CounterPanel::updateDifference()
{
    const auto system = systemQuantity();
    if (!system || m_counted->text().isEmpty()) {
        m_difference->setText(system ? tr("system: %1").arg(QLocale().toString(*system))
                                     : QString());
        return;
    }
    const qint64 diff = m_counted->text().toLongLong() - *system;
    m_difference->setText(
        tr("system: %1, difference: %2")
            .arg(QLocale().toString(*system),
                 diff > 0 ? u"+"_s + QLocale().toString(diff) : QLocale().toString(diff)));
}

void CounterPanel::resetInputs()
{
    m_quantity->setValue(1);
    m_counted->clear();
}

void CounterPanel::report(const QString &what, const Status &outcome)
{
    if (!outcome)
        emit done(tr("Not done: %1").arg(ErrorText::describe(outcome.error())), Notice::Error);
    else if (!m_session.online())
        emit done(tr("%1 — queued, will sync").arg(what), Notice::Info);
    else
        emit done(what, Notice::Info);
    resetInputs();
    refresh();
}

void CounterPanel::sell()
{
    if (!m_product)
        return;
    const qint64 units = m_quantity->value();
    const auto op = m_session.sell(m_product->id, units);
    report(tr("Sold %1 × %2").arg(units).arg(m_product->name), op ? Status() : Status(op.error()));
}

void CounterPanel::receive()
{
    if (!m_product)
        return;
    const qint64 units = m_quantity->value();
    const auto op = m_session.receive(m_product->id, units);
    report(tr("Received %1 × %2").arg(units).arg(m_product->name),
           op ? Status() : Status(op.error()));
}

void CounterPanel::count()
{
    if (!m_product)
        return;
    if (m_counted->text().isEmpty()) {
        emit done(tr("Enter the units you counted on the shelf"), Notice::Error);
        m_counted->setFocus();
        return;
    }
    const auto row = m_session.cache().row(m_product->id, m_session.storeId());
    if (!row)
        return report(tr("Count of %1").arg(m_product->name), row.error());
    const qint64 counted = m_counted->text().toLongLong();
    const qint64 diff = counted - row->quantity;
    if (qAbs(diff) >= LargeDifferenceUnits
        && qAbs(diff) * 100 >= LargeDifferencePercent * qMax<qint64>(1, row->quantity)
        && !m_confirm(
            tr("The system has %1 of %2 and you counted %3 (%4). Record the count?")
                .arg(row->quantity)
                .arg(m_product->name)
                .arg(counted)
                .arg(diff > 0 ? u"+"_s + QString::number(diff) : QString::number(diff)))) {
        emit done(tr("Count not recorded"), Notice::Info);
        return;
    }
    const auto op = m_session.count(m_product->id, counted, row->version);
    report(tr("Counted %1: %2 (was %3)").arg(m_product->name).arg(counted).arg(row->quantity),
           op ? Status() : Status(op.error()));
}

void CounterPanel::reserve()
{
    if (!m_product)
        return;
    const QString customer = m_customer->text().trimmed();
    if (customer.isEmpty()) {
        emit done(tr("Enter the customer for the reservation"), Notice::Error);
        m_customer->setFocus();
        return;
    }
    const qint64 units = m_quantity->value();
    const auto op = m_session.reserve(m_product->id, units, customer, m_ttl->value() * 60);
    if (op)
        m_customer->clear();
    report(tr("Reserved %1 × %2 for %3").arg(units).arg(m_product->name, customer),
           op ? Status() : Status(op.error()));
}

void CounterPanel::writeOff()
{
    if (!m_product)
        return;
    const auto row = m_session.cache().row(m_product->id, m_session.storeId());
    if (!row)
        return report(tr("Write-off of %1").arg(m_product->name), row.error());
    const std::optional<WriteOff> asked = m_askWriteOff(*m_product, row->available());
    if (!asked)
        return;
    const auto op = m_session.writeOff(m_product->id, asked->units, asked->reason, asked->note);
    report(tr("Wrote off %1 × %2 (%3)")
               .arg(asked->units)
               .arg(m_product->name, EventLabel::reason(asked->reason)),
           op ? Status() : Status(op.error()));
}

} // namespace inventory::ui
