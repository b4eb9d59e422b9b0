#include "ui/mainwindow.h"

#include "models/activitylog.h"
#include "models/inventory.h"
#include "ui/connectionsummary.h"
#include "ui/consolepage.h"
#include "ui/errorbanner.h"
#include "ui/filterbar.h"
#include "ui/icons.h"
#include "ui/instanceactionset.h"
#include "ui/welcomepanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

MainWindow::MainWindow(const Inventory &inventory, ActivityLog &activity, QWidget *parent)
    : QMainWindow(parent)
    , m_inventory(inventory)
    , m_activity(activity)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Aura Console"));

    m_actions = new InstanceActionSet(this);
    m_banner = new ErrorBanner(this);
    m_welcome = new WelcomePanel(this);
    m_console = new ConsolePage(inventory, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_console);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    createActivityDock();
    createStatusBar();

    connect(m_welcome, &WelcomePanel::addCredentialsRequested, this, &MainWindow::addCredentialsRequested);
    connect(m_welcome, &WelcomePanel::trySandboxRequested, this, &MainWindow::trySandboxRequested);
    connect(m_console, &ConsolePage::selectionChanged, this, [this](const QStringList &ids) {
        updateActions();
        Q_EMIT selectionChanged(ids);
    });
    connect(m_console, &ConsolePage::contextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        m_actions->addToMenu(&menu);
        menu.exec(at);
    });
    connect(m_console, &ConsolePage::accountMenuRequested, this, [this](const QString &key, const QPoint &at) {
        QMenu *menu = createAccountMenu(key, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(at);
    });
    // A selected instance whose status changes may allow other actions now.
    connect(&m_inventory, &Inventory::instanceChanged, this, [this](const QString &id) {
        if (m_console->selectedInstanceIds().contains(id))
            updateActions();
    });
    connect(&m_inventory, &Inventory::instancesRemoved, this, &MainWindow::updateActions);
    // The status bar tells how the accounts shown are connected.
    connect(&m_inventory, &Inventory::accountsAdded, this, &MainWindow::showAccountsSummary);
    connect(&m_inventory, &Inventory::accountRemoved, this, &MainWindow::showAccountsSummary);
    connect(&m_inventory, &Inventory::accountChanged, this, &MainWindow::showAccountsSummary);
    showWelcome();
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(m_welcome);
    // Nothing has happened yet: the activity panel comes with the console.
    if (auto *dock = findChild<QDockWidget *>(u"activityDock"_s))
        dock->hide();
    updateActions();
}

void MainWindow::showConsole()
{
    if (m_pages->currentWidget() != m_console) {
        if (auto *dock = findChild<QDockWidget *>(u"activityDock"_s))
            dock->show();
    }
    m_pages->setCurrentWidget(m_console);
    updateActions();
}

bool MainWindow::isShowingConsole() const
{
    return m_pages->currentWidget() == m_console;
}

QList<Instance> MainWindow::selectedInstances() const
{
    QList<Instance> out;
    for (const QString &id : m_console->selectedInstanceIds()) {
        if (const Instance *i = m_inventory.instance(id))
            out << *i;
    }
    return out;
}

Capabilities MainWindow::selectionCapabilities() const
{
    const QStringList ids = m_console->selectedInstanceIds();
    return ids.isEmpty() ? Capabilities {} : m_inventory.capabilitiesOfInstance(ids.first());
}

void MainWindow::updateActions()
{
    const bool usable = isShowingConsole() && m_connection != Connection::NotConnected;
    m_actions->update(selectedInstances(), usable, selectionCapabilities());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *accounts = file->addAction(tr("&Accounts..."), this, &MainWindow::manageAccountsRequested);
    accounts->setObjectName(u"actionAccounts"_s);
    // The sandbox shows beside the accounts, to try an operation before doing it for real.
    QAction *sandbox = file->addAction(tr("Show the &Sandbox"), this, &MainWindow::trySandboxRequested);
    sandbox->setObjectName(u"actionSandbox"_s);
    sandbox->setToolTip(tr("Adds a local Aura API with demo data to the tree: every operation, no account needed"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *instance = menuBar()->addMenu(tr("&Instance"));
    m_actions->addToMenu(instance);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Ctrl+F: straight to the search field, its text selected to type over.
    QAction *find = view->addAction(tr("&Find Instances"), this, [this] { m_console->filterBar()->focusSearch(); });
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_actions->action(InstanceAction::Refresh));
    view->addSeparator();
    m_viewMenu = view;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Aura Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Instance actions"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addToToolBar(toolBar);
}

void MainWindow::createActivityDock()
{
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(u"activityDock"_s);
    m_activityView = new QTableView(dock);
    m_activityView->setObjectName(u"activityView"_s);
    m_activityView->setAccessibleName(tr("Activity"));
    m_activityView->setModel(&m_activity);
    m_activityView->verticalHeader()->hide();
    m_activityView->horizontalHeader()->setStretchLastSection(true);
    m_activityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityView->setWordWrap(false);
    dock->setWidget(m_activityView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    // The newest operation stays in view.
    connect(&m_activity, &QAbstractItemModel::rowsInserted, m_activityView, &QTableView::scrollToBottom);
}

void MainWindow::createStatusBar()
{
    auto label = [this](const QString &name, const QString &accessible) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setAccessibleName(accessible);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_inFlightLabel = label(u"inFlightLabel"_s, tr("Operations in progress"));
    m_refreshLabel = label(u"refreshLabel"_s, tr("Last refresh"));
    m_connectionLabel = label(u"connectionLabel"_s, tr("Connection"));
    m_accountLabel = label(u"accountLabel"_s, tr("Account"));
    m_accountLabel->setText(tr("No account"));
    connect(&m_activity, &ActivityLog::inFlightChanged, this, [this](int count) {
        m_inFlightLabel->setText(count > 0 ? tr("%n operation(s) in progress", nullptr, count) : QString());
    });
    updateConnectionLabel();
}

QMenu *MainWindow::createAccountMenu(const QString &accountKey, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"accountMenu"_s);
    QAction *refresh = menu->addAction(icon(IconId::Refresh), tr("&Refresh This Account"), this,
        [this, accountKey] { Q_EMIT refreshAccountRequested(accountKey); });
    refresh->setObjectName(u"refreshAccountAction"_s);
    QAction *edit = menu->addAction(
        tr("Account &Settings..."), this, [this, accountKey] { Q_EMIT editAccountRequested(accountKey); });
    edit->setObjectName(u"editAccountAction"_s);
    return menu;
}

void MainWindow::showAccountsSummary()
{
    const ConnectionSummary summary = ConnectionSummary::of(m_inventory);
    setAccountLabel(summary.accountLabel);
    if (summary.lastRefresh.isValid() && summary.lastRefresh != m_lastRefresh)
        setLastRefresh(summary.lastRefresh);
    setConnection(summary.state, summary.detail);
}

void MainWindow::setAccountLabel(const QString &text)
{
    m_accountLabel->setText(text);
}

void MainWindow::setConnection(Connection state, const QString &detail)
{
    m_connection = state;
    m_connectionDetail = detail;
    updateConnectionLabel();
    updateActions();
}

void MainWindow::setLastRefresh(const QDateTime &at)
{
    m_lastRefresh = at;
    m_refreshLabel->setText(tr("Updated %1").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
    updateConnectionLabel();
}

void MainWindow::updateConnectionLabel()
{
    QString text;
    switch (m_connection) {
    case Connection::NotConnected:
        text = tr("Not connected");
        break;
    case Connection::Connecting:
        text = tr("Connecting...");
        break;
    case Connection::Online:
        text = tr("Online");
        break;
    case Connection::Offline:
        text = tr("Offline: showing the last known data");
        break;
    case Connection::RateLimited:
        text = tr("Rate limited: showing the last known data");
        break;
    case Connection::Failed:
        text = tr("Not connected: the service refused");
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(m_connectionDetail);
    // The time of the last refresh greys out while the data shown may be stale.
    const bool stale = m_connection == Connection::Offline || m_connection == Connection::RateLimited;
    m_refreshLabel->setEnabled(!stale);
}

void MainWindow::saveState(QSettings &settings) const
{
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"windowState"_s, QMainWindow::saveState());
    settings.setValue(u"splitter"_s, m_console->splitter()->saveState());
    settings.setValue(u"tableHeader"_s, m_console->table()->horizontalHeader()->saveState());
    settings.setValue(u"filterText"_s, m_console->filterBar()->filter().text());
    settings.setValue(u"filterStatus"_s, m_console->filterBar()->statusChoice());
    settings.setValue(u"filterTenant"_s, m_console->filterBar()->filter().tenantId());
    settings.endGroup();
}

void MainWindow::restoreState(const QSettings &settings)
{
    const QString g = u"MainWindow/"_s;
    if (!restoreGeometry(settings.value(g + u"geometry"_s).toByteArray()))
        sizeToScreen();
    m_stateRestored = QMainWindow::restoreState(settings.value(g + u"windowState"_s).toByteArray());
    m_console->restoreSplitter(settings.value(g + u"splitter"_s).toByteArray());
    m_console->table()->horizontalHeader()->restoreState(settings.value(g + u"tableHeader"_s).toByteArray());
    m_console->filterBar()->setText(settings.value(g + u"filterText"_s).toString());
    m_console->filterBar()->setStatusChoice(settings.value(g + u"filterStatus"_s, 0).toInt());
    m_console->filterBar()->setTenantId(settings.value(g + u"filterTenant"_s).toString());
}

void MainWindow::sizeToScreen()
{
    // The first run: most of the screen, not the widgets' smallest comfortable size, at which the table shows two
    // of its columns. Bounded, so a very large screen does not get a window spanning it.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = (available.size() * 0.85).boundedTo(QSize(1800, 1100)).expandedTo(minimumSizeHint());
    resize(size.boundedTo(available.size()));
    move(available.center() - QPoint(width() / 2, height() / 2));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_docksSized) {
        // The activity panel starts small; the instances are what the window is for.
        m_docksSized = true;
        if (auto *dock = findChild<QDockWidget *>(u"activityDock"_s); dock && !m_stateRestored)
            QTimer::singleShot(0, this, [this, dock] { resizeDocks({dock}, {height() / 6}, Qt::Vertical); });
    }
    if (!m_reportedVisible) {
        m_reportedVisible = true;
        Q_EMIT visibilityChanged(true);
    }
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    if (m_reportedVisible) {
        m_reportedVisible = false;
        Q_EMIT visibilityChanged(false);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::WindowStateChange)
        return;
    const bool visible = !isMinimized() && isVisible();
    if (visible != m_reportedVisible) {
        m_reportedVisible = visible;
        Q_EMIT visibilityChanged(visible);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Aura Console"),
        tr("<h3>Aura Console %1</h3><p>A native desktop console for the Neo4j Aura API.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace Aura
