#pragma once

#include "api/capabilities.h"
#include "api/dto/instance.h"

#include <QDateTime>
#include <QMainWindow>

class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QTableView;

namespace Aura {

class ActivityLog;
class ConsolePage;
class ErrorBanner;
class InstanceActionSet;
class Inventory;
class WelcomePanel;

// The console's main window: the welcome panel until an account is connected, then the projects, instances and
// details, with the actions in a toolbar, the menus and a context menu, problems in a non-blocking banner, every
// operation in the activity panel, and the connection's state in the status bar. It shows and asks; it never
// talks to the service (controllers do).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Connection { NotConnected, Connecting, Online, Offline, RateLimited, Failed };

    MainWindow(const Inventory &inventory, ActivityLog &activity, QWidget *parent = nullptr);

    void showWelcome();
    void showConsole();
    bool isShowingConsole() const;

    WelcomePanel *welcomePanel() const { return m_welcome; }
    ConsolePage *console() const { return m_console; }
    ErrorBanner *banner() const { return m_banner; }
    InstanceActionSet *actions() const { return m_actions; }
    QTableView *activityView() const { return m_activityView; }

    // The selected instances, resolved from ids now (never stale copies).
    QList<Instance> selectedInstances() const;
    const Inventory &inventory() const { return m_inventory; }
    // What the service of the (first) selected instance's account can do.
    Capabilities selectionCapabilities() const;

    // The status bar follows the accounts in the Inventory by itself (ConnectionSummary); these set it directly.
    void setAccountLabel(const QString &text);
    // Offline and rate-limited keep the last data visible and say how old it is.
    void setConnection(Connection state, const QString &detail = {});
    Connection connection() const { return m_connection; }
    void setLastRefresh(const QDateTime &at);

    // The menu of an account in the tree (refresh it, open its settings); the caller owns and shows it.
    QMenu *createAccountMenu(const QString &accountKey, QWidget *parent);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void addCredentialsRequested();
    void trySandboxRequested();
    void manageAccountsRequested();
    // From an account's menu in the tree.
    void editAccountRequested(const QString &accountKey);
    void refreshAccountRequested(const QString &accountKey);
    void selectionChanged(const QStringList &instanceIds);
    // Hidden or minimised windows poll less.
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Sizes and centres the window on its screen, for a first run without a saved layout.
    void sizeToScreen();
    void createMenus();
    void createStatusBar();
    void createActivityDock();
    void updateActions();
    void updateConnectionLabel();
    void showAccountsSummary();
    void showAbout();

    const Inventory &m_inventory;
    ActivityLog &m_activity;
    InstanceActionSet *m_actions = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePanel *m_welcome = nullptr;
    ConsolePage *m_console = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_activityView = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    Connection m_connection = Connection::NotConnected;
    QString m_connectionDetail;
    QDateTime m_lastRefresh;
    bool m_reportedVisible = false;
    bool m_docksSized = false;
    bool m_stateRestored = false;
};

} // namespace Aura
