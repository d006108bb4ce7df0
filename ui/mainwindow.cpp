#include "ui/mainwindow.h"

#include "core/client/clientsession.h"
#include "ui/counterpanel.h"
#include "ui/matrixpanel.h"
#include "ui/models/activitymodel.h"
#include "ui/models/availabilitymodel.h"
#include "ui/models/productsearchmodel.h"
#include "ui/pendingpanel.h"
#include "ui/reservationspanel.h"
#include "ui/settingsdialog.h"
#include "ui/toast.h"
#include "ui/uilog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QTableView *tableFor(QAbstractItemModel *model, const QString &name, const QString &accessible,
                     QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAccessibleName(accessible);
    return view;
}
} // namespace

MainWindow::MainWindow(ClientSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_results(new ProductSearchModel(session.cache(), this))
    , m_counter(new CounterPanel(session, this))
    , m_availability(new AvailabilityModel(this))
    , m_reservations(new ReservationsPanel(session, this))
    , m_pending(new PendingPanel(session, this))
    , m_activity(new ActivityModel(this))
    , m_tabs(new QTabWidget(this))
    , m_connection(new QLabel(this))
    , m_pendingCount(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_lastSeq(new QLabel(this))
    , m_toast(new Toast(this))
{
    setWindowTitle(tr("Inventory POS — %1 at %2").arg(session.user().id, session.storeId()));
    setMinimumSize(1024, 600);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search by name, SKU or barcode (F2 or /)"));
    m_search->setAccessibleName(tr("Product search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(40);
    m_resultsView = tableFor(m_results, u"resultsView"_s, tr("Products found"), this);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_tabs->addTab(
        tableFor(m_availability, u"availabilityView"_s, tr("Availability in every store"), this),
        tr("&Availability"));
    m_tabs->addTab(m_reservations, tr("&Reservations"));
    m_tabs->addTab(m_pending, tr("&Pending"));
    auto *activity = new QWidget(this);
    auto *activityLayout = new QVBoxLayout(activity);
    auto *ownStore = new QCheckBox(tr("Only this store (%1)").arg(session.storeId()), activity);
    ownStore->setAccessibleName(ownStore->text());
    connect(ownStore, &QCheckBox::toggled, this, [this](bool only) {
        m_activity->setStoreFilter(only ? m_session.storeId() : QString());
    });
    activityLayout->addWidget(ownStore);
    activityLayout->addWidget(
        tableFor(m_activity, u"activityView"_s, tr("Live activity"), activity));
    m_tabs->addTab(activity, tr("Ac&tivity"));
    if (session.user().role != Role::Clerk) {
        m_matrix = new MatrixPanel(session.cache(), this);
        m_tabs->addTab(m_matrix, tr("Stock &matrix"));
    }

    auto *top = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_resultsView);
    top->addWidget(left);
    top->addWidget(m_counter);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    setCentralWidget(split);

    for (QLabel *l : { m_connection, m_pendingCount, m_lastSync, m_lastSeq })
        statusBar()->addPermanentWidget(l);
    m_connection->setObjectName(u"connectionStatus"_s);
    m_pendingCount->setObjectName(u"pendingStatus"_s);
    buildActions();

    connect(m_search, &QLineEdit::textChanged, m_results, &ProductSearchModel::search);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::onSearchEntered);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectProduct(m_results->productAt(current.row()).id);
            });
    connect(m_counter, &CounterPanel::done, this, &MainWindow::toast);
    connect(m_reservations, &ReservationsPanel::done, this, &MainWindow::toast);
    SyncEngine &sync = session.sync();
    connect(&sync, &SyncEngine::cacheChanged, this, &MainWindow::onCacheChanged);
    connect(&sync, &SyncEngine::stateChanged, this, &MainWindow::updateStatus);
    connect(&sync, &SyncEngine::pendingCountChanged, this, &MainWindow::updateStatus);
    connect(&sync, &SyncEngine::synced, this, &MainWindow::updateStatus);
    connect(&sync, &SyncEngine::eventsApplied, m_activity, &ActivityModel::add);
    connect(&sync, &SyncEngine::operationRejected, this, &MainWindow::onRejected);
    connect(&session, &ClientSession::operationQueued, this, &MainWindow::onCacheChanged);
    m_results->search({});
    onCacheChanged();
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings
        = file->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); });
    settings->setShortcut(QKeySequence::Preferences);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *counter = menuBar()->addMenu(tr("&Counter"));
    const QList<std::tuple<QString, QString, void (CounterPanel::*)()>> actions {
        { tr("&Sell"), u"F5"_s, &CounterPanel::sell },
        { tr("&Receive"), u"F6"_s, &CounterPanel::receive },
        { tr("&Count"), u"F7"_s, &CounterPanel::count },
        { tr("Re&serve"), u"F8"_s, &CounterPanel::reserve }
    };
    for (const auto &[text, key, slot] : actions) {
        QAction *action = counter->addAction(text, m_counter, slot);
        action->setShortcut(QKeySequence(key));
    }
    QAction *find = counter->addAction(tr("&Find product"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence(u"F2"_s));
    auto *slash = new QShortcut(QKeySequence(u"/"_s), this);
    connect(slash, &QShortcut::activated, find, &QAction::trigger);
    QAction *syncNow
        = counter->addAction(tr("Sync &now"), this, [this] { m_session.sync().queueChanged(); });
    syncNow->setShortcut(QKeySequence(u"Ctrl+R"_s));
}

void MainWindow::selectProduct(const QString &idSkuOrBarcode)
{
    const auto product = m_session.cache().product(idSkuOrBarcode);
    if (!product)
        return toast(tr("This till's cache cannot be read: %1").arg(product.error().message()),
                     true);
    m_counter->setProduct(product.value());
    showAvailability(product.value());
}

void MainWindow::showAvailability(const std::optional<Product> &product)
{
    if (!product)
        return m_availability->setRows({});
    const auto rows = m_session.cache().availability(product->id);
    if (rows)
        m_availability->setRows(rows.value());
    else
        qCWarning(lcUi) << "cannot read the availability of" << product->id << ':'
                        << rows.error().message();
}

void MainWindow::onSearchEntered()
{
    // A barcode scanner types the code and Enter: an exact code selects the product at once.
    const QString text = m_search->text().trimmed();
    if (const auto exact = m_session.cache().product(text); exact && exact.value()) {
        selectProduct(exact.value()->id);
        m_search->clear();
        return;
    }
    if (m_results->rowCount() > 0)
        m_resultsView->selectRow(0);
}

void MainWindow::onCacheChanged()
{
    if (const auto product = m_counter->product())
        showAvailability(product);
    m_counter->refresh();
    m_reservations->refresh();
    m_pending->refresh();
    if (m_matrix && m_tabs->currentWidget() == m_matrix)
        m_matrix->refresh();
    updateStatus();
}

void MainWindow::onRejected(const PendingOperation &operation)
{
    const QJsonObject error = operation.result.value(u"error"_s).toObject();
    if (error.value(u"code"_s).toString() == u"VERSION_CONFLICT"_s) {
        const QJsonObject details = error.value(u"details"_s).toObject();
        if (!m_conflict) {
            m_conflict = new QMessageBox(QMessageBox::Warning, tr("Count not recorded"), {},
                                         QMessageBox::Ok, this);
            m_conflict->setObjectName(u"conflictDialog"_s);
        }
        m_conflict->setText(
            tr("Someone changed this stock while you were counting.\n"
               "The server now has %1 units (version %2). Count again and enter what you see.")
                .arg(details.value(u"currentQuantity"_s).toInteger())
                .arg(details.value(u"currentVersion"_s).toInteger()));
        m_conflict->open();
    } else {
        toast(tr("Rejected by the server: %1").arg(operation.reason()), true);
    }
    onCacheChanged();
}

void MainWindow::updateStatus()
{
    const SyncEngine::State state = m_session.sync().state();
    const QString text = state == SyncEngine::State::Live ? tr("● Online")
        : state == SyncEngine::State::Offline             ? tr("● Offline")
        : state == SyncEngine::State::Connecting          ? tr("● Reconnecting…")
                                                          : tr("● Catching up…");
    m_connection->setText(text);
    m_connection->setStyleSheet(state == SyncEngine::State::Live          ? u"color:#0f5132"_s
                                    : state == SyncEngine::State::Offline ? u"color:#842029"_s
                                                                          : u"color:#664d03"_s);
    LocalCache &cache = m_session.cache();
    const auto pending = cache.queuedCount();
    const auto lastSync = cache.meta(u"lastSyncMs"_s);
    const auto lastSeq = cache.lastSeq();
    if (!pending || !lastSync || !lastSeq) {
        m_pendingCount->setText(tr("Cache unreadable"));
        qCWarning(lcUi) << "cannot read the till's cache for the status bar";
    } else {
        m_pendingCount->setText(tr("%n pending", nullptr, pending.value()));
        const qint64 last = lastSync->toLongLong();
        m_lastSync->setText(
            last
                ? tr("Last sync %1").arg(QDateTime::fromMSecsSinceEpoch(last).toString(u"HH:mm:ss"))
                : tr("Never synced"));
        m_lastSeq->setText(tr("Seq %1").arg(lastSeq.value()));
    }
    m_counter->refresh();
}

void MainWindow::toast(const QString &message, bool error)
{
    m_toast->show(message, error);
}

} // namespace inventory::ui
