#include "consolesession.h"

#include "auraclient.h"
#include "completionwatcher.h"
#include "consolepage.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "instanceactionset.h"
#include "instancecontroller.h"
#include "inventory.h"
#include "mainwindow.h"
#include "operationreporter.h"
#include "provisioningcontroller.h"
#include "synchronizer.h"

namespace Aura {

ConsoleSession::ConsoleSession(const ClientSettings &settings, SecretStore &secrets, Inventory &inventory,
    ActivityLog &activity, DesktopNotifier &notifier, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_window(window)
{
    m_client = new AuraClient(settings, &secrets, this);
    m_synchronizer = new Synchronizer(*m_client, inventory, this);
    m_reporter = new OperationReporter(activity, *window.banner(), notifier, &window, this);
    m_watcher = new CompletionWatcher(inventory, notifier, this);
    m_instances = new InstanceController(*m_client, *m_synchronizer, inventory, window, *m_reporter, *m_watcher, this);
    m_provisioning
        = new ProvisioningController(*m_client, *m_synchronizer, inventory, window, *m_reporter, *m_watcher, this);
    wireWindow();
    wireSynchronizer();
}

ConsoleSession::~ConsoleSession()
{
    // Answers still on their way are dropped with their context; the window keeps nothing of this session.
    m_synchronizer->stop();
}

void ConsoleSession::start()
{
    m_inventory.clear();
    m_window.setConnection(MainWindow::Connection::Connecting);
    m_window.showConsole();
    m_synchronizer->setWindowVisible(m_window.isVisible() && !m_window.isMinimized());
    m_synchronizer->start();
}

void ConsoleSession::wireWindow()
{
    connect(m_window.actions(), &InstanceActionSet::triggered, this, [this](InstanceAction action) {
        const QList<Instance> selection = m_window.selectedInstances();
        switch (action) {
        case InstanceAction::Create:
            // The project the table is filtered to is the likely home of the new instance.
            m_provisioning->create(m_window.console()->filterBar()->filter().tenantId());
            break;
        case InstanceAction::RestoreSnapshot:
            if (selection.size() == 1)
                m_provisioning->restore(selection.first(), m_window.console()->selectedSnapshotId());
            break;
        case InstanceAction::OverwriteFromSnapshot:
            if (selection.size() == 1)
                m_provisioning->overwrite(selection.first());
            break;
        default:
            m_instances->trigger(action);
        }
    });
    connect(&m_window, &MainWindow::selectionChanged, this, [this](const QStringList &ids) {
        m_synchronizer->setSelectedInstance(ids.size() == 1 ? ids.first() : QString());
    });
    connect(&m_window, &MainWindow::visibilityChanged, m_synchronizer, &Synchronizer::setWindowVisible);
    connect(m_window.banner(), &ErrorBanner::retryRequested, m_synchronizer, &Synchronizer::refreshNow);
}

void ConsoleSession::wireSynchronizer()
{
    connect(m_synchronizer, &Synchronizer::refreshed, this, [this](const QDateTime &at) {
        const bool wasDown = m_window.connection() == MainWindow::Connection::Offline
            || m_window.connection() == MainWindow::Connection::RateLimited;
        m_window.setConnection(MainWindow::Connection::Online);
        m_window.setLastRefresh(at);
        if (wasDown)
            m_window.banner()->dismiss();
        if (!m_settled) {
            m_settled = true;
            Q_EMIT firstRefreshSettled();
        }
    });
    connect(m_synchronizer, &Synchronizer::refreshFailed, this, [this](const ApiError &error) {
        const bool limited = error.kind == ApiError::Kind::RateLimited;
        const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        if (limited || unreachable) {
            m_window.setConnection(
                limited ? MainWindow::Connection::RateLimited : MainWindow::Connection::Offline, error.userMessage());
            m_window.banner()->showMessage(ErrorBanner::Severity::Warning,
                tr("%1 The last known data stays visible.").arg(error.userMessage()), error.requestId, tr("Retry now"));
        } else {
            m_window.banner()->showMessage(
                ErrorBanner::Severity::Error, error.userMessage(), error.requestId, tr("Retry now"));
        }
        if (!m_settled) {
            m_settled = true;
            Q_EMIT firstRefreshSettled();
        }
    });
    connect(m_client, &AuraService::rateLimited, this, [this](const QDateTime &until) {
        m_window.setConnection(MainWindow::Connection::RateLimited,
            tr("Requests are held back until %1.").arg(until.toLocalTime().toString(u"HH:mm:ss")));
    });
}

} // namespace Aura
