#include "ui/counts/countingdialog.h"

#include "core/client/clientsession.h"
#include "core/client/syncengine.h"
#include "core/client/text/errortext.h"
#include "ui/counts/countlinesmodel.h"
#include "ui/counts/countlistmodel.h"
#include "ui/models/productnames.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CountingDialog::CountingDialog(ClientSession &session, const ProductNames &names,
                               const QJsonObject &count, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_names(names)
    , m_countId(count.value(u"countId"_s).toString())
    , m_desk(session)
    , m_model(new CountLinesModel(names, this))
    , m_scan(new QLineEdit(this))
    , m_product(new QLabel(this))
    , m_counted(new QSpinBox(this))
    , m_record(new QPushButton(tr("&Record"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"countingDialog"_s);
    setWindowTitle(tr("Count %1 — %2").arg(m_countId, CountListModel::scopeText(count)));
    m_scan->setObjectName(u"countScan"_s);
    m_scan->setPlaceholderText(tr("Scan a product, or type its SKU, barcode or name"));
    m_scan->setClearButtonEnabled(true);
    m_counted->setObjectName(u"countCounted"_s);
    m_counted->setRange(0, 1'000'000);
    m_counted->setAccessibleName(tr("Counted"));
    m_counted->setMinimumHeight(44);
    QFont big = m_counted->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_counted->setFont(big);
    m_product->setObjectName(u"countProduct"_s);
    m_product->setWordWrap(true);
    m_product->setFont(big);
    m_record->setObjectName(u"countRecord"_s);
    m_record->setMinimumHeight(44);
    m_record->setToolTip(tr("Record what this till counted of the product (Enter)"));
    m_status->setObjectName(u"countStatus"_s);
    m_status->setWordWrap(true);
    m_progress->setObjectName(u"countProgress"_s);
    m_progress->setFormat(tr("%v of %m products counted"));

    auto *pad = new QGridLayout;
    const QString keys = u"789456123C0<"_s;
    for (int i = 0; i < keys.size(); ++i) {
        const QChar key = keys.at(i);
        const QString text = key == u'C' ? tr("Clear") : key == u'<' ? u"⌫"_s : QString(key);
        auto *button = new QPushButton(text, this);
        button->setObjectName(u"pad"_s
                              + (key == u'<'       ? u"Back"_s
                                     : key == u'C' ? u"Clear"_s
                                                   : QString(key)));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(64, 48);
        button->setFont(big);
        connect(button, &QPushButton::clicked, this, [this, key] { pressPad(key); });
        pad->addWidget(button, i / 3, i % 3);
    }
    auto *entry = new QVBoxLayout;
    entry->addWidget(m_scan);
    entry->addWidget(m_product);
    auto *countedRow = new QHBoxLayout;
    auto *countedLabel = new QLabel(tr("Cou&nted:"), this);
    countedLabel->setBuddy(m_counted);
    countedRow->addWidget(countedLabel);
    countedRow->addWidget(m_counted, 1);
    entry->addLayout(countedRow);
    entry->addLayout(pad);
    entry->addWidget(m_record);
    entry->addWidget(m_status);
    entry->addStretch(1);

    m_view->setModel(m_model);
    m_view->setObjectName(u"countLines"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CountLinesModel::Product,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    auto *right = new QVBoxLayout;
    right->addWidget(m_progress);
    right->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addLayout(entry, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(980, 600);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] { scan(m_scan->text()); });
    connect(m_counted, &QSpinBox::valueChanged, this, [this] { m_unsent = !m_armed.isEmpty(); });
    connect(m_record, &QPushButton::clicked, this, &CountingDialog::record);
    m_record->setAutoDefault(false);
    connect(&session.sync(), &SyncEngine::eventsApplied, this, &CountingDialog::onEventsApplied);
    arm({});
    m_model->setCount(count);
    m_view->setColumnHidden(CountLinesModel::AtStart, !m_model->showsSnapshot());
    updateProgress();
    load();
    m_scan->setFocus();
}

void CountingDialog::load()
{
    m_desk.fetch(m_countId, [self = QPointer(this)](Result<QJsonObject> count) {
        if (!self)
            return;
        if (!count) {
            self->showStatus(ErrorText::describe(count.error()), Notice::Error);
            return;
        }
        self->m_model->setCount(count.value());
        self->m_view->setColumnHidden(CountLinesModel::AtStart, !self->m_model->showsSnapshot());
        self->updateProgress();
    });
}

void CountingDialog::scan(const QString &given)
{
    const QString text = given.trimmed();
    m_scan->clear();
    if (text.isEmpty())
        return;
    auto found = m_session.cache().product(text);
    std::optional<Product> product = found ? found.value() : std::nullopt;
    if (!product) {
        auto matches = m_session.cache().searchProducts(text, 2);
        if (matches && matches->size() == 1)
            product = matches->first();
    }
    if (!product) {
        QApplication::beep();
        arm({});
        showStatus(tr("No product with barcode %1.").arg(text), Notice::Error);
        return;
    }
    if (product->id == m_armed) { // one more unit of it
        m_counted->setValue(m_counted->value() + 1);
        m_typing = false;
        return;
    }
    if (m_unsent)
        record();
    arm(product->id);
    m_counted->setValue(1);
    m_unsent = true;
}

void CountingDialog::arm(const QString &productId)
{
    m_armed = productId;
    m_typing = false;
    m_unsent = false;
    m_product->setText(productId.isEmpty() ? tr("Scan the first product.") : m_names.of(productId));
    m_counted->setEnabled(!productId.isEmpty());
    m_record->setEnabled(!productId.isEmpty());
    if (productId.isEmpty())
        m_counted->setValue(0);
    const int row = m_model->rowOf(productId);
    if (row >= 0)
        m_view->selectRow(row);
}

void CountingDialog::pressPad(QChar key)
{
    if (m_armed.isEmpty())
        return;
    qint64 value = m_counted->value();
    if (key == u'C') {
        value = 0;
        m_typing = true;
    } else if (key == u'<') {
        value /= 10;
        m_typing = true;
    } else if (key.isDigit()) {
        value = m_typing ? value * 10 + key.digitValue() : key.digitValue();
        m_typing = true;
    }
    m_counted->setValue(int(std::min<qint64>(value, m_counted->maximum())));
    m_unsent = true;
}

void CountingDialog::record()
{
    if (m_armed.isEmpty())
        return;
    const QString productId = m_armed;
    const qint64 counted = m_counted->value();
    m_unsent = false;
    m_typing = false;
    m_desk.enter(
        m_countId, productId, counted,
        [self = QPointer(this), productId, counted](Result<QJsonObject> answer) {
            if (!self)
                return;
            const QString name = self->m_names.of(productId);
            if (!answer) {
                self->showStatus(
                    tr("%1 not recorded: %2").arg(name, ErrorText::describe(answer.error())),
                    Notice::Error);
                emit self->reported(tr("%1 not recorded").arg(name), Notice::Error);
                return;
            }
            if (answer->value(u"queued"_s).toBool()) {
                self->m_model->setCounted(productId, counted, counted);
                self->showStatus(
                    tr("%1: %2 counted — queued, will sync").arg(name, QLocale().toString(counted)),
                    Notice::Info);
            } else {
                const qint64 total = answer->value(u"total"_s).toInteger();
                self->m_model->setCounted(productId, total, counted);
                self->showStatus(
                    tr("%1: %2 counted here, %3 by every till")
                        .arg(name, QLocale().toString(counted), QLocale().toString(total)),
                    Notice::Info);
            }
            self->updateProgress();
        });
    m_scan->setFocus();
}

void CountingDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (focusWidget() != m_scan)
            record();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CountingDialog::reject()
{
    if (m_unsent)
        record();
    QDialog::reject();
}

void CountingDialog::showStatus(const QString &text, Notice notice)
{
    m_status->setText(text);
    m_status->setStyleSheet(notice == Notice::Error ? u"color: #b02020;"_s : QString());
}

void CountingDialog::updateProgress()
{
    m_progress->setRange(0, std::max(1, m_model->rowCount()));
    m_progress->setValue(m_model->countedLines());
}

void CountingDialog::onEventsApplied(const QList<Event> &events)
{
    for (const Event &event : events) {
        if (event.type == u"count.applied"_s || event.type == u"count.cancelled"_s) {
            const QJsonObject data = event.data.object();
            if (data.value(u"countId"_s).toString() == m_countId) {
                showStatus(event.type == u"count.applied"_s
                               ? tr("A manager applied this count: nothing more can be recorded.")
                               : tr("A manager cancelled this count."),
                           Notice::Error);
                m_record->setEnabled(false);
            }
            continue;
        }
        if (event.type != u"count.entered"_s)
            continue;
        const QJsonObject data = event.data.object();
        if (data.value(u"countId"_s).toString() != m_countId)
            continue;
        m_model->setCounted(data.value(u"productId"_s).toString(),
                            data.value(u"total"_s).toInteger());
    }
    updateProgress();
}

} // namespace inventory::ui
