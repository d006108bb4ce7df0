#include "ui/tickets/ticketpanel.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/text/localetext.h"
#include "ui/tickets/ticketmodel.h"
#include "ui/uilog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TicketPanel::TicketPanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_desk(session)
    , m_model(new TicketModel(this))
    , m_view(new QTableView(this))
    , m_total(new QLabel(this))
    , m_payment(new QComboBox(this))
    , m_charge(new QPushButton(tr("Charge (F12)"), this))
    , m_clear(new QPushButton(tr("Clear ticket"), this))
    , m_remove(new QPushButton(tr("Remove line (Del)"), this))
{
    m_view->setObjectName(u"ticketView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TicketModel::Name, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Lines of the ticket"));
    m_total->setObjectName(u"ticketTotal"_s);
    QFont big = QApplication::font();
    big.setPointSize(big.pointSize() + 4);
    big.setBold(true);
    m_total->setFont(big);
    m_payment->setObjectName(u"paymentMethod"_s);
    m_payment->setAccessibleName(tr("Payment method"));
    m_payment->addItem(tr("Cash"), u"cash"_s);
    m_payment->addItem(tr("Card"), u"card"_s);
    m_payment->addItem(tr("Other"), u"other"_s);
    m_charge->setObjectName(u"chargeButton"_s);
    m_charge->setMinimumHeight(48);
    m_charge->setFont(big);
    m_remove->setShortcut(QKeySequence::Delete);
    for (QPushButton *b : { m_charge, m_clear, m_remove })
        b->setAccessibleName(b->text());
    connect(m_charge, &QPushButton::clicked, this, &TicketPanel::charge);
    connect(m_clear, &QPushButton::clicked, this, &TicketPanel::clear);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_model->removeLine(m_view->currentIndex().row()); });
    connect(m_model, &TicketModel::totalsChanged, this, &TicketPanel::updateTotals);

    auto *side = new QVBoxLayout;
    side->addWidget(m_total);
    side->addWidget(m_payment);
    side->addWidget(m_charge);
    side->addWidget(m_remove);
    side->addWidget(m_clear);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 3);
    layout->addLayout(side, 1);
    updateTotals();
}

void TicketPanel::addProduct(const Product &product, qint64 quantity)
{
    const auto row = m_session.cache().row(product.id, m_session.storeId());
    if (!row)
        qCWarning(lcUi) << "cannot read the stock of" << product.id << ':' << row.error().message();
    m_model->add(product, quantity, row ? row->available() : 0);
}

void TicketPanel::refreshAvailability()
{
    for (const TicketModel::Line &line : m_model->lines()) {
        if (const auto row = m_session.cache().row(line.product.id, m_session.storeId()))
            m_model->setAvailable(line.product.id, row->available());
    }
}

void TicketPanel::clear()
{
    if (!m_charging)
        m_model->clear();
}

void TicketPanel::updateTotals()
{
    m_total->setText(tr("%n item(s) · %1", nullptr, int(m_model->itemCount()))
                         .arg(LocaleText::money(m_model->totalCents())));
    m_charge->setEnabled(!m_charging && m_model->rowCount() > 0);
    emit linesChanged(m_model->itemCount());
}

void TicketPanel::switchSeller(const QString &userId)
{
    if (userId == m_seller)
        return;
    if (!m_seller.isEmpty() && m_model->rowCount() > 0)
        m_parked.insert(m_seller, m_model->lines());
    m_seller = userId;
    m_model->setLines(m_parked.take(userId));
    refreshAvailability();
    emit linesChanged(m_model->itemCount());
}

void TicketPanel::charge()
{
    if (m_charging || m_model->rowCount() == 0)
        return;
    QList<TicketLine> lines;
    for (const TicketModel::Line &line : m_model->lines())
        lines.append({ line.product.id, line.quantity, {}, {}, 0 });
    // One request at a time: a second press would be a second ticket.
    m_charging = true;
    updateTotals();
    m_desk.charge(lines, m_payment->currentData().toString(),
                  [this](Result<QJsonObject> result) { onCharged(result); });
}

void TicketPanel::onCharged(const Result<QJsonObject> &result)
{
    m_charging = false;
    if (!result) {
        const Error &error = result.error();
        const QJsonArray shortLines = error.details().value(u"lines"_s).toArray();
        for (const QJsonValue &line : shortLines)
            m_model->setAvailable(line[u"productId"_s].toString(),
                                  line[u"available"_s].toInteger());
        if (error.code() == ErrorCode::InsufficientStock && !shortLines.isEmpty())
            emit done(tr("Nothing was sold: %n line(s) lack stock (marked in red).", nullptr,
                         int(shortLines.size())),
                      Notice::Error);
        else
            emit done(tr("Not charged: %1").arg(ErrorText::describe(error)), Notice::Error);
        updateTotals();
        return;
    }
    const QJsonObject ticket = result.value();
    const QString id = ticket.value(u"ticketId"_s).toString();
    const QString total = LocaleText::money(qRound64(ticket.value(u"total"_s).toDouble() * 100));
    if (ticket.value(u"queued"_s).toBool())
        emit done(tr("Ticket %1 charged offline: %2. It is queued and will sync when the server "
                     "can be reached.")
                      .arg(id, total),
                  Notice::Info);
    else
        emit done(tr("Ticket %1 charged: %2").arg(id, total), Notice::Info);
    m_model->clear();
    emit charged(ticket);
    m_session.sync().queueChanged(); // fetch the rows the ticket left
}

} // namespace inventory::ui
