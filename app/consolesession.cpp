#include "app/consolesession.h"

#include "api/auraclient.h"
#include "app/accountsession.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "ui/completionwatcher.h"
#include "ui/consolepage.h"
#include "ui/errorbanner.h"
#include "ui/filterbar.h"
#include "ui/instanceactionset.h"
#include "ui/instancecontroller.h"
#include "ui/instancedetailspanel.h"
#include "ui/mainwindow.h"
#include "ui/operationreporter.h"
#include "ui/provisioningcontroller.h"

#include <QTimer>

#include <chrono>

namespace Aura {

ConsoleSession::ConsoleSession(
    Inventory &inventory, ActivityLog &activity, DesktopNotifier &notifier, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_window(window)
{
    m_reporter = new OperationReporter(activity, *window.banner(), notifier, &window, this);
    m_watcher = new CompletionWatcher(inventory, notifier, this);
    m_instances = new InstanceController(m_connections, inventory, window, *m_reporter, *m_watcher, this);
    connect(m_instances, &InstanceController::changeRequested, &inventory, &Inventory::expectChange);
    m_provisioning = new ProvisioningController(m_connections, inventory, window, *m_reporter, *m_watcher, this);
    // An instance created without its password: the user may delete it, through the usual confirmation.
    connect(m_provisioning, &ProvisioningController::deleteOffered, this, [this](const QString &instanceId) {
        whenListed(instanceId, [this, instanceId] {
            m_window.console()->selectInstance(instanceId);
            m_instances->trigger(InstanceAction::Delete);
        });
    });
    // A new instance is selected once it is listed, so its details and actions are at hand.
    // Not if the user has chosen something else meanwhile.
    connect(m_provisioning, &ProvisioningController::instanceMade, this, [this](const QString &instanceId) {
        const QStringList before = m_window.console()->selectedInstanceIds();
        whenListed(instanceId, [this, instanceId, before] {
            if (m_window.console()->selectedInstanceIds() == before)
                m_window.console()->selectInstance(instanceId);
        });
    });
    window.console()->details()->setFleetMetrics(&m_fleet);
    connect(&inventory, &Inventory::instancesRemoved, &m_fleet, &FleetMetrics::forget);
    wireWindow();
}

void ConsoleSession::whenListed(const QString &instanceId, const std::function<void()> &then)
{
    if (m_inventory.instance(instanceId)) {
        then();
        return;
    }
    // Made or found by the service a moment ago: it is in the table as soon as the synchronizer has read it.
    auto *waiting = new QObject(this);
    connect(&m_inventory, &Inventory::instancesAdded, waiting, [waiting, instanceId, then](const QStringList &ids) {
        if (!ids.contains(instanceId))
            return;
        waiting->deleteLater();
        then();
    });
    QTimer::singleShot(std::chrono::minutes(1), waiting, &QObject::deleteLater); // gone meanwhile: nothing to do
}

ConsoleSession::~ConsoleSession()
{
    // The controllers go first (children), then the accounts: nothing looks up a connection that is gone.
    delete m_provisioning;
    delete m_instances;
    for (const QString &key : m_connections.accountKeys())
        m_connections.remove(key);
    m_accounts.clear();
}

AccountSession &ConsoleSession::addAccount(
    const QString &accountKey, const QString &label, const ClientSettings &settings, SecretStore &secrets)
{
    removeAccount(accountKey);
    auto account = std::make_unique<AccountSession>(accountKey, label, settings, secrets, m_inventory, m_fleet);
    AccountSession &added = *account;
    m_accounts.emplace(accountKey, std::move(account));
    added.synchronizer().setSettings(m_syncSettings);
    m_connections.add(accountKey, added.client(), added.synchronizer());
    wireAccount(added);
    m_window.showConsole();
    added.start(m_window.isVisible() && !m_window.isMinimized());
    return added;
}

void ConsoleSession::removeAccount(const QString &accountKey)
{
    const auto it = m_accounts.find(accountKey);
    if (it == m_accounts.end())
        return;
    m_connections.remove(accountKey);
    m_accounts.erase(it);
    m_inventory.removeAccount(accountKey);
}

void ConsoleSession::renameAccount(const QString &accountKey, const QString &label)
{
    if (AccountSession *a = account(accountKey))
        a->setLabel(label);
}

AccountSession *ConsoleSession::account(const QString &accountKey) const
{
    const auto it = m_accounts.find(accountKey);
    return it == m_accounts.end() ? nullptr : it->second.get();
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
        case InstanceAction::RestoreInPlace:
            if (selection.size() == 1)
                m_provisioning->restoreInPlace(selection.first(), m_window.console()->selectedSnapshotId());
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
        // Only the account that owns the one selected instance follows its snapshots; the others let go.
        const QString selected = ids.size() == 1 ? ids.first() : QString();
        const QString owner = selected.isEmpty() ? QString() : m_inventory.accountOfInstance(selected);
        for (const auto &[key, account] : m_accounts) {
            account->synchronizer().setSnapshotDate({}); // a newly shown instance starts with today's snapshots
            account->synchronizer().setSelectedInstance(!selected.isEmpty() && key == owner ? selected : QString());
        }
    });
    // What the table shows on screen gets its details first, from the account that owns each row.
    connect(m_window.console(), &ConsolePage::visibleInstancesChanged, this, [this](const QStringList &ids) {
        for (const auto &[key, account] : m_accounts) {
            QStringList mine;
            for (const QString &id : ids) {
                if (m_inventory.accountOfInstance(id) == key)
                    mine << id;
            }
            account->synchronizer().setVisibleInstances(mine);
        }
    });
    // The day of snapshots the details show goes to the account that owns the instance shown.
    connect(m_window.console()->details(), &InstanceDetailsPanel::snapshotDayChanged, this, [this](const QDate &day) {
        const QString shown = m_window.console()->details()->instanceId();
        const QString owner = shown.isEmpty() ? QString() : m_inventory.accountOfInstance(shown);
        if (AccountSession *a = shown.isEmpty() ? nullptr : account(owner))
            a->synchronizer().setSnapshotDate(day);
    });
    connect(&m_window, &MainWindow::visibilityChanged, this, [this](bool visible) {
        for (const auto &[key, account] : m_accounts)
            account->synchronizer().setWindowVisible(visible);
    });
    connect(&m_window, &MainWindow::refreshAccountRequested, this, [this](const QString &key) {
        if (AccountSession *a = account(key))
            a->synchronizer().refreshNow();
    });
    connect(m_window.banner(), &ErrorBanner::retryRequested, this, [this] {
        if (AccountSession *a = showsProblemOf(); a) {
            a->synchronizer().refreshNow();
            return;
        }
        for (const auto &[key, account] : m_accounts)
            account->synchronizer().refreshNow();
    });
}

void ConsoleSession::wireAccount(AccountSession &account)
{
    connect(&account, &AccountSession::settled, this, [this] {
        for (const auto &[key, a] : m_accounts) {
            if (!a->hasSettled())
                return;
        }
        Q_EMIT firstRefreshSettled();
    });
    connect(&account, &AccountSession::recovered, this, [this, &account] {
        if (showsProblemOf() == &account)
            m_window.banner()->dismiss(); // another account's problem, or an operation's, stays
    });
    connect(&account, &AccountSession::problem, this, [this, &account](const ApiError &error) {
        const QString words = error.userMessage({MessageContext::Situation::Refresh, {}});
        const QString text = error.isTransient()
            ? aboutAccount(account, tr("%1 The last known data stays visible.").arg(words))
            : aboutAccount(account, words);
        m_window.banner()->showMessage(
            error.isTransient() ? ErrorBanner::Severity::Warning : ErrorBanner::Severity::Error, text, error.requestId,
            tr("Retry now"));
        m_bannerAccount = account.key();
        m_bannerText = m_window.banner()->message();
    });
}

AccountSession *ConsoleSession::showsProblemOf() const
{
    if (m_bannerText.isEmpty() || m_window.banner()->message() != m_bannerText)
        return nullptr; // dismissed, or replaced by something else
    return account(m_bannerAccount);
}

QString ConsoleSession::aboutAccount(const AccountSession &account, const QString &message) const
{
    if (m_accounts.size() < 2)
        return message;
    //: A problem of one of several accounts: %1 the account's name, %2 the problem
    return tr("%1: %2").arg(account.label(), message);
}

} // namespace Aura
