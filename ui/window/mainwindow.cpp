#include "ui/window/mainwindow.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "ui/activitypanel.h"
#include "ui/availabilitypanel.h"
#include "ui/counterpanel.h"
#include "ui/counts/countspanel.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/history/historyopener.h"
#include "ui/levels/levelseditor.h"
#include "ui/levels/lowstockbadge.h"
#include "ui/matrixpanel.h"
#include "ui/models/activitymodel.h"
#include "ui/models/availabilitymodel.h"
#include "ui/pendingpanel.h"
#include "ui/reservationspanel.h"
#include "ui/searchpanel.h"
#include "ui/session/settingsdialog.h"
#include "ui/tickets/exceptionspanel.h"
#include "ui/tickets/ticketpanel.h"
#include "ui/tills/enroltilldialog.h"
#include "ui/tills/idlelock.h"
#include "ui/tills/tilllock.h"
#include "ui/tills/tillsdialog.h"
#include "ui/transfers/transferrequester.h"
#include "ui/transfers/transferspanel.h"
#include "ui/uilog.h"
#include "ui/window/toast.h"

#include <QApplication>
#include <QMenuBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace inventory::ui {

MainWindow::MainWindow(ClientSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_names(session.cache())
    , m_search(new SearchPanel(session.cache(), this))
    , m_counter(new CounterPanel(session, this))
    , m_availability(new AvailabilityModel(this))
    , m_reservations(new ReservationsPanel(session, m_names, this))
    , m_pending(new PendingPanel(session, m_names, this))
    , m_ticket(new TicketPanel(session, this))
    , m_activity(new ActivityPanel(session, m_names, this))
    , m_tabs(new QTabWidget(this))
    , m_dialogs(new PosDialogs(session, m_names, this))
    , m_toast(new Toast(this))
{
    setMinimumSize(1024, 600);
    buildTabs();
    buildLayout();
    buildActions();

    connect(m_search, &SearchPanel::productSelected, this, &MainWindow::selectProduct);
    connect(m_search, &SearchPanel::productPicked, this, [this](const QString &id) {
        selectProduct(id);
        m_counter->quantityField()->setFocus();
        m_counter->quantityField()->selectAll();
    });
    connect(m_search, &SearchPanel::disarmed, this, [this] {
        m_counter->setProduct(std::nullopt);
        showAvailability(std::nullopt);
    });
    connect(m_search, &SearchPanel::productScanned, this, [this] {
        // Scan, scan, scan while the ticket is shown: each scan is a line (or one more unit).
        if (m_tabs->currentWidget() == m_ticket)
            addToTicket();
    });
    connect(m_ticket, &TicketPanel::done, this, &MainWindow::toast);
    connect(m_ticket, &TicketPanel::charged, m_dialogs, &PosDialogs::showReceipt);
    connect(m_dialogs, &PosDialogs::done, this, &MainWindow::toast);
    connect(m_ticket, &TicketPanel::linesChanged, this, [this](qint64 items) {
        m_tabs->setTabText(m_tabs->indexOf(m_ticket),
                           items > 0 ? tr("T&icket (%1)").arg(items) : tr("T&icket"));
    });
    connect(m_search, &SearchPanel::failed, this,
            [this](const QString &message) { toast(message, Notice::Error); });
    connect(m_counter, &CounterPanel::done, this, &MainWindow::toast);
    connect(m_reservations, &ReservationsPanel::done, this, &MainWindow::toast);
    connect(m_pending, &PendingPanel::countsChanged, this, &MainWindow::onQueueCounts);
    connect(m_pending, &PendingPanel::failed, this,
            [this](const QString &message) { toast(message, Notice::Error); });
    SyncEngine &sync = session.sync();
    connect(&sync, &SyncEngine::cacheChanged, this, &MainWindow::onCacheChanged);
    connect(&sync, &SyncEngine::stateChanged, this, &MainWindow::updateStatus);
    connect(&sync, &SyncEngine::pendingCountChanged, this, &MainWindow::updateStatus);
    connect(&sync, &SyncEngine::synced, this, &MainWindow::updateStatus);
    connect(&sync, &SyncEngine::operationRejected, this, &MainWindow::onRejected);
    connect(&sync, &SyncEngine::pushRefused, this, [this](const Error &error) {
        toast(tr("The server refused this till's queue: %1 Nothing queued is lost; it waits "
                 "here.")
                  .arg(ErrorText::describe(error)),
              Notice::Error);
    });
    connect(&session, &ClientSession::operationQueued, this, &MainWindow::onCacheChanged);
    onCacheChanged();
}

QLabel *MainWindow::noResultsLabel() const
{
    return m_search->noResultsLabel();
}

ActivityModel *MainWindow::activity() const
{
    return m_activity->model();
}

void MainWindow::buildTabs()
{
    auto *availability = new AvailabilityPanel(m_availability, this);
    m_availabilityPanel = availability;
    availability->follow(m_session);
    m_history = new HistoryOpener(m_session, m_names, availability->view(), this);
    m_requester = new TransferRequester(m_session, m_names, availability, this);
    m_transfers = new TransfersPanel(m_session, m_names, this);
    connect(m_history, &HistoryOpener::done, this, &MainWindow::toast);
    connect(m_requester, &TransferRequester::done, this, &MainWindow::toast);
    connect(m_transfers, &TransfersPanel::done, this, &MainWindow::toast);
    m_tabs->addTab(m_ticket, tr("T&icket"));
    m_tabs->addTab(availability, tr("&Availability"));
    m_tabs->addTab(m_reservations, tr("&Reservations"));
    m_tabs->addTab(m_pending, tr("Sync &queue"));
    m_tabs->addTab(m_activity, tr("Ac&tivity"));
    m_tabs->addTab(m_transfers, tr("Transf&ers"));
    m_counts = new CountsPanel(m_session, m_names, this);
    connect(m_counts, &CountsPanel::done, this, &MainWindow::toast);
    m_tabs->addTab(m_counts, tr("Stoc&k counts"));
    m_lowStock = new LowStockBadge(m_session, m_names, this);
    connect(m_lowStock, &LowStockBadge::done, this, &MainWindow::toast);
    connect(m_lowStock, &LowStockBadge::alerted, this,
            [this](const QString &message) { toast(message, Notice::Error); });
    if (m_session.user().role != Role::Clerk) {
        m_levels = new LevelsEditor(m_session, m_names, this);
        connect(m_levels, &LevelsEditor::done, this, &MainWindow::toast);
        connect(m_levels, &LevelsEditor::changed, this, &MainWindow::onCacheChanged);
        m_matrix = new MatrixPanel(m_session.cache(), this);
        connect(m_matrix, &MatrixPanel::done, this, &MainWindow::toast);
        connect(m_matrix, &MatrixPanel::levelsRequested, m_levels, &LevelsEditor::edit);
        m_tabs->addTab(m_matrix, tr("Stock &matrix"));
        m_exceptions = new ExceptionsPanel(m_session, m_names, this);
        connect(m_exceptions, &ExceptionsPanel::done, this, &MainWindow::toast);
        connect(m_exceptions, &ExceptionsPanel::openCountChanged, this, [this](int open) {
            m_tabs->setTabText(m_tabs->indexOf(m_exceptions),
                               open > 0 ? tr("E&xceptions (%1)").arg(open) : tr("E&xceptions"));
        });
        m_tabs->addTab(m_exceptions, tr("E&xceptions"));
        m_dashboard = new DashboardPanel(m_session, m_names, this);
        connect(m_dashboard, &DashboardPanel::done, this, &MainWindow::toast);
        m_tabs->addTab(m_dashboard, tr("Dashboard"));
        connect(m_exceptions, &ExceptionsPanel::countSessionOpened, this,
                [this](const QJsonObject &count) {
                    m_tabs->setCurrentWidget(m_counts);
                    m_counts->refresh();
                    m_counts->startCounting(count);
                });
    }
}

void MainWindow::updateIdentity()
{
    // The stores arrive with the first sync: until then the store shows as its id.
    QString storeName = m_session.storeId();
    QString storeShort = storeName;
    QHash<QString, QString> names;
    if (const auto stores = m_session.cache().stores()) {
        for (const Store &s : stores.value()) {
            names.insert(s.id, s.name);
            if (s.id == m_session.storeId()) {
                storeName = tr("%1 (%2)").arg(s.name, s.id);
                storeShort = s.name;
            }
        }
    }
    m_availability->setStoreNames(names);
    setWindowTitle(tr("Inventory POS — %1 at %2").arg(m_session.user().id, storeName));
    m_status->showIdentity(storeShort, storeName);
}

void MainWindow::buildLayout()
{
    auto *top = m_top = new QSplitter(Qt::Horizontal, this);
    auto *left = m_search;
    top->addWidget(left);
    top->addWidget(m_counter);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    // The results keep room for product names, also with the tablet font.
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);

    m_status = new PosStatusBar(m_session, statusBar(), m_lowStock);
    setTabOrder(m_search->findChild<QTableView *>(u"resultsView"_s), m_counter->quantityField());
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        if (SettingsDialog(this).exec() == QDialog::Accepted)
            m_tillLock->idle()->setIdleMs(IdleLock::configuredIdleMs());
    });
    settings->setShortcut(QKeySequence::Preferences);
    m_tillLock = new TillLock(m_session, this);
    file->addAction(m_tillLock->action());
    connect(m_tillLock, &TillLock::notEnrolled, this, [this] {
        toast(tr("This till is not enrolled: a manager enrols it (File → Enrol this till…) "
                 "before it can be locked and unlocked with PINs"),
              Notice::Error);
    });
    QAction *enrol = file->addAction(tr("&Enrol this till…"), this, [this] {
        EnrolTillDialog dialog(m_session, this);
        connect(&dialog, &EnrolTillDialog::enrolled, this, [this](const QString &deviceId) {
            toast(tr("This till is enrolled as %1: staff unlock it with their PIN (Ctrl+L locks "
                     "it)")
                      .arg(deviceId),
                  Notice::Info);
        });
        dialog.exec();
    });
    enrol->setObjectName(u"enrolTill"_s);
    enrol->setVisible(m_session.user().role != Role::Clerk);
    QAction *tills
        = file->addAction(tr("&Tills…"), this, [this] { TillsDialog(m_session, this).exec(); });
    tills->setObjectName(u"tills"_s);
    tills->setVisible(m_session.user().role != Role::Clerk);
    m_ticket->switchSeller(m_session.user().id);
    connect(m_tillLock, &TillLock::unlocked, this, [this](const QString &userId) {
        m_ticket->switchSeller(userId);
        updateIdentity();
        toast(tr("Unlocked: %1").arg(userId), Notice::Info);
    });
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *counter = menuBar()->addMenu(tr("&Counter"));
    const QList<std::tuple<QString, QString, void (CounterPanel::*)()>> actions {
        { tr("&Sell"), u"F5"_s, &CounterPanel::sell },
        { tr("&Receive"), u"F6"_s, &CounterPanel::receive },
        { tr("&Count"), u"F7"_s, &CounterPanel::count },
        { tr("Re&serve"), u"F8"_s, &CounterPanel::reserve },
        { tr("&Write off…"), u"Ctrl+Shift+W"_s, &CounterPanel::writeOff }
    };
    for (const auto &[text, key, slot] : actions) {
        QAction *action = counter->addAction(text, m_counter, slot);
        action->setShortcut(QKeySequence(key));
    }
    QAction *add = counter->addAction(tr("&Add to ticket"), this, &MainWindow::addToTicket);
    add->setShortcut(QKeySequence(u"F4"_s));
    QAction *charge = counter->addAction(tr("C&harge ticket"), m_ticket, &TicketPanel::charge);
    charge->setShortcut(QKeySequence(u"F12"_s));
    QAction *tickets
        = counter->addAction(tr("Today's tic&kets…"), m_dialogs, &PosDialogs::openTicketList);
    tickets->setShortcut(QKeySequence(u"Ctrl+T"_s));
    QAction *takeBack = counter->addAction(tr("Re&turn…"), m_dialogs, &PosDialogs::openReturn);
    takeBack->setShortcut(QKeySequence(u"F9"_s));
    QAction *history = counter->addAction(tr("&Movement history…"), this,
                                          [this] { m_history->openFor(m_counter->product()); });
    history->setShortcut(QKeySequence(u"Ctrl+H"_s));
    counter->addAction(m_requester->action()); // Ctrl+Shift+T
    QAction *find = counter->addAction(tr("&Find product"), m_search, &SearchPanel::focusSearch);
    find->setShortcut(QKeySequence(u"F2"_s));
    auto *slash = new QShortcut(QKeySequence(u"/"_s), this);
    connect(slash, &QShortcut::activated, find, &QAction::trigger);
    QAction *syncNow
        = counter->addAction(tr("Sync &now"), this, [this] { m_session.sync().queueChanged(); });
    syncNow->setShortcut(QKeySequence(u"Ctrl+R"_s));
    QAction *low = counter->addAction(tr("&Low stock and replenishment…"), m_lowStock,
                                      &LowStockBadge::openList);
    low->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));

    if (m_session.user().role == Role::Clerk)
        return;
    QAction *levels = counter->addAction(tr("Reorder le&vels…"), this, [this] {
        const auto product = m_counter->product();
        m_levels->edit(product ? QStringList { product->id } : QStringList {});
    });
    levels->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
    // No mnemonic: every letter of the word is taken by a tab or a button (Alt+P accepts a
    // discrepancy); the report has its own key.
    QMenu *reports = menuBar()->addMenu(tr("Reports"));
    QAction *shrink
        = reports->addAction(tr("&Shrink by reason…"), m_dialogs, &PosDialogs::openShrink);
    shrink->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    QAction *day = reports->addAction(tr("&Day report…"), m_dialogs, &PosDialogs::openDayReport);
    day->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Half the width for the results (product names), half for the counter: the splitter
    // would otherwise give the counter's large buttons all they ask for.
    if (!m_splitSet) {
        m_splitSet = true;
        m_top->setSizes({ width() / 2, width() - width() / 2 });
    }
}

void MainWindow::selectProduct(const QString &idSkuOrBarcode)
{
    const auto product = m_session.cache().product(idSkuOrBarcode);
    if (!product)
        return toast(tr("This till's cache cannot be read: %1").arg(product.error().message()),
                     Notice::Error);
    m_counter->setProduct(product.value());
    showAvailability(product.value());
    if (m_dashboard && product.value())
        m_dashboard->setProduct(product.value()->id);
}

void MainWindow::showAvailability(const std::optional<Product> &product)
{
    m_availabilityPanel->showProduct(product ? product->id : QString());
}

void MainWindow::addToTicket()
{
    const auto product = m_counter->product();
    if (!product)
        return toast(tr("Scan or search a product first (F2)"), Notice::Error);
    m_ticket->addProduct(*product, m_counter->quantityField()->value());
    m_counter->quantityField()->setValue(1);
    m_tabs->setCurrentWidget(m_ticket);
}

void MainWindow::onCacheChanged()
{
    m_names.forget(); // a product may have been renamed
    updateIdentity();
    m_ticket->refreshAvailability();
    if (const auto product = m_counter->product())
        showAvailability(product);
    m_counter->refresh();
    m_reservations->refresh();
    m_pending->refresh();
    if (m_matrix && m_matrix->isVisible())
        m_matrix->refresh();
    updateStatus();
}

void MainWindow::onRejected(const PendingOperation &operation)
{
    const QJsonObject error = operation.result.value(u"error"_s).toObject();
    qCInfo(lcUi) << "operation" << operation.key << "rejected:" << operation.reason();
    if (error.value(u"code"_s).toString() == u"VERSION_CONFLICT"_s) {
        m_dialogs->showCountConflict(error.value(u"details"_s).toObject());
    } else {
        toast(tr("Refused by the server: %1").arg(ErrorText::describe(error)), Notice::Error);
    }
    onCacheChanged();
}

void MainWindow::onQueueCounts(int waiting, int attention)
{
    // Operations leave the waiting list either accepted or refused (needing attention).
    const int sent = m_lastWaiting - waiting - qMax(0, attention - m_lastAttention);
    if (waiting == 0 && sent > 0 && m_session.online())
        toast(tr("All queued operations sent: %n accepted by the server", nullptr, sent),
              Notice::Info);
    m_lastWaiting = waiting;
    m_lastAttention = attention;
    const int index = m_tabs->indexOf(m_pending);
    m_tabs->setTabText(index,
                       attention > 0     ? tr("Sync &queue (%1 ⚠)").arg(attention)
                           : waiting > 0 ? tr("Sync &queue (%1)").arg(waiting)
                                         : tr("Sync &queue"));
}

void MainWindow::updateStatus()
{
    m_status->refresh();
    m_counter->refresh();
}

void MainWindow::toast(const QString &message, Notice notice)
{
    m_toast->show(message, notice);
}

} // namespace inventory::ui
