#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "app/accountsession.h"
#include "app/consolesession.h"
#include "models/activitylog.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/synchronizer.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "ui/consolepage.h"
#include "ui/desktopnotifier.h"
#include "ui/errorbanner.h"
#include "ui/instanceactionset.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

// Several accounts in one console, each against its own sandbox over HTTP on loopback: the tree shows each account
// with its projects, every request goes to the account the instance or project belongs to, and one account's
// trouble or removal leaves the others as they are.
class TestMultiAccount : public QObject
{
    Q_OBJECT
private:
    struct Sandbox
    {
        std::unique_ptr<AuraSandbox::SandboxServer> server;
        ClientSettings settings;
    };

    MemorySecretStore m_secrets;
    std::map<QString, Sandbox> m_sandboxes; // by account key
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleSession> m_session;

    // A sandbox with the demo data, or (lab) with one project of two instances that no other sandbox has.
    Sandbox &startSandbox(const QString &key, bool lab)
    {
        Sandbox &s = m_sandboxes[key];
        s.server = std::make_unique<AuraSandbox::SandboxServer>(
            nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
        s.server->loadDemoData();
        if (lab) {
            AuraSandbox::SandboxData data = s.server->state().data();
            AuraSandbox::SandboxData only;
            AuraSandbox::TenantRecord tenant = data.tenants.constLast();
            const QString oldTenant = tenant.id;
            tenant.id = u"5ab0c0de-0000-4000-8000-00000000000b"_s;
            tenant.name = u"Lab projects"_s;
            only.tenants << tenant;
            int n = 0;
            for (AuraSandbox::InstanceRecord i : data.instances) {
                if (i.tenantId != oldTenant)
                    continue;
                i.id = u"bb00000%1"_s.arg(++n);
                i.name = u"lab-%1"_s.arg(n);
                i.tenantId = tenant.id;
                i.status = AuraSandbox::InstanceStatus::Running;
                only.instances << i;
            }
            s.server->state().reset(only);
        }
        if (s.server->listenOnLoopback() == 0)
            qFatal("the sandbox cannot listen");
        m_secrets.write(
            Aura::SecretKeys::clientSecret(key), QString::fromLatin1(AuraSandbox::DemoClientSecret), nullptr, {});
        s.settings.apiBaseUrl = s.server->baseUrl();
        s.settings.tokenUrl = s.server->tokenUrl();
        s.settings.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
        s.settings.accountId = key;
        s.settings.requestsPerMinute = 125 * 20; // the budget runs as fast as the scaled-down schedule
        s.settings.dialect = ApiDialect::Seed;
        s.settings.policy.maxAttempts = 1; // a stopped sandbox is reported at once
        return s;
    }

    bool connectAccount(const QString &key, const QString &label)
    {
        QSignalSpy settled(m_session.get(), &ConsoleSession::firstRefreshSettled);
        m_session->addAccount(key, label, m_sandboxes.at(key).settings, m_secrets);
        return settled.wait(10000) && m_inventory->account(key)->state == AccountState::Online;
    }

    QAbstractItemModel *tree() const { return m_window->console()->tree()->model(); }
    QAbstractItemModel *table() const { return m_window->console()->table()->model(); }

    QModelIndex accountRow(const QString &key) const
    {
        for (int row = 0; row < tree()->rowCount(); ++row) {
            const QModelIndex index = tree()->index(row, 0);
            if (index.data(AccountRole).toString() == key)
                return index;
        }
        return {};
    }
    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int row = 0; row < tree()->rowCount(parent); ++row)
            names << tree()->index(row, 0, parent).data().toString();
        return names;
    }
    static qsizetype snapshotCount(AuraSandbox::SandboxState &state, const QString &instanceId)
    {
        const auto listed = state.snapshots(instanceId);
        const auto *snapshots = std::get_if<QList<AuraSandbox::SnapshotRecord>>(&listed);
        return snapshots ? snapshots->size() : -1;
    }
    QString idOf(const QString &name) const
    {
        for (const QString &id : m_inventory->instanceIds()) {
            if (m_inventory->instance(id)->name == name)
                return id;
        }
        return {};
    }
    void select(const QString &instanceId) const
    {
        QTableView *view = m_window->console()->table();
        view->selectionModel()->clearSelection();
        for (int row = 0; row < table()->rowCount(); ++row) {
            const QModelIndex index = table()->index(row, 0);
            if (index.data(IdRole).toString() == instanceId)
                view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_activity = std::make_unique<ActivityLog>();
        m_notifier = std::make_unique<DesktopNotifier>();
        m_notifier->setEnabled(false);
        m_window = std::make_unique<MainWindow>(*m_inventory, *m_activity);
        m_session = std::make_unique<ConsoleSession>(*m_inventory, *m_activity, *m_notifier, *m_window);
        m_session->setSyncSettings(SyncSettings().scaledDown(20));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        startSandbox(u"work"_s, false);
        startSandbox(u"lab"_s, true);
        QVERIFY(connectAccount(u"work"_s, u"Work"_s));
        QVERIFY(connectAccount(u"lab"_s, u"Lab"_s));
    }

    void cleanup()
    {
        m_session.reset();
        m_window.reset();
        m_sandboxes.clear();
    }

    void theTreeShowsEachAccountWithItsProjects()
    {
        QCOMPARE(tree()->rowCount(), 2);
        const QModelIndex work = accountRow(u"work"_s);
        const QModelIndex lab = accountRow(u"lab"_s);
        QVERIFY(work.isValid() && lab.isValid());
        QCOMPARE(work.data().toString(), u"Work"_s);
        QCOMPARE(childNames(work), (QStringList {u"Acme Production"_s, u"Acme Staging"_s, u"Personal projects"_s}));
        QCOMPARE(childNames(lab), QStringList {u"Lab projects"_s});
        QCOMPARE(childNames(tree()->index(0, 0, lab)), (QStringList {u"lab-1"_s, u"lab-2"_s}));

        // The table lists every account's instances, the project named with its account.
        QCOMPARE(table()->rowCount(), 14);
        QCOMPARE(m_inventory->accountOfInstance(idOf(u"lab-1"_s)), u"lab"_s);
        QCOMPARE(m_inventory->qualifiedTenantName(m_inventory->instance(idOf(u"lab-1"_s))->tenantId),
            u"Lab / Lab projects"_s);

        // For the documentation: AURA_SCREENSHOT_DIR=docs/screenshots saves what this test sees.
        if (const QString dir = qEnvironmentVariable("AURA_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + u"/several-accounts.png"_s));
    }

    void clickingAnAccountShowsItsInstancesAlone()
    {
        QTreeView *view = m_window->console()->tree();
        const auto click = [&](const QString &key) {
            const QRect rect = view->visualRect(accountRow(key));
            QVERIFY(rect.isValid());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        };
        click(u"lab"_s);
        QCOMPARE(table()->rowCount(), 2);
        QCOMPARE(tree()->rowCount(), 2); // the tree still offers every account
        click(u"work"_s);
        QCOMPARE(table()->rowCount(), 12);
        click(u"work"_s); // again: everything
        QCOMPARE(table()->rowCount(), 14);
    }

    void anAccountsMenuActsOnItAlone()
    {
        // Right-clicking an account row offers its menu.
        QTreeView *view = m_window->console()->tree();
        const QPoint at = view->visualRect(accountRow(u"lab"_s)).center();
        QSignalSpy asked(m_window->console(), &ConsolePage::accountMenuRequested);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &click);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), u"lab"_s);
        QTRY_VERIFY(m_window->findChild<QMenu *>(u"accountMenu"_s));
        m_window->findChild<QMenu *>(u"accountMenu"_s)->close();

        // "Refresh This Account" asks that account now, not at its next scheduled refresh (a minute away for an
        // account polled at the normal pace).
        m_session->setSyncSettings(SyncSettings());
        startSandbox(u"slow"_s, true);
        QVERIFY(connectAccount(u"slow"_s, u"Slow"_s));
        std::unique_ptr<QMenu> menu(m_window->createAccountMenu(u"slow"_s, nullptr));
        m_sandboxes.at(u"slow"_s).server.reset();
        menu->findChild<QAction *>(u"refreshAccountAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->account(u"slow"_s)->state, AccountState::Offline, 5000);
        QCOMPARE(m_inventory->account(u"work"_s)->state, AccountState::Online);
        QCOMPARE(m_inventory->account(u"lab"_s)->state, AccountState::Online);

        QSignalSpy edit(m_window.get(), &MainWindow::editAccountRequested);
        menu->findChild<QAction *>(u"editAccountAction"_s)->trigger();
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.first().first().toString(), u"slow"_s);
    }

    void anActionGoesToTheAccountOfItsInstance()
    {
        const QString id = idOf(u"lab-2"_s);
        AuraSandbox::SandboxState &lab = m_sandboxes.at(u"lab"_s).server->state();
        const qsizetype before = snapshotCount(lab, id);
        QVERIFY(before >= 0);
        select(id);
        QAction *snapshot = m_window->actions()->action(InstanceAction::TakeSnapshot);
        QVERIFY(snapshot->isEnabled());
        snapshot->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(snapshotCount(lab, id), before + 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_activity->inFlight(), 0, 10000);
        QVERIFY2(m_window->banner()->message().isEmpty(), qPrintable(m_window->banner()->message()));
    }

    void anAccountThatGoesDownIsMarkedAloneAndKeepsItsData()
    {
        m_sandboxes.at(u"lab"_s).server.reset(); // the service of one account is gone
        m_window->actions()->action(InstanceAction::Refresh)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->account(u"lab"_s)->state, AccountState::Offline, 15000);
        QCOMPARE(m_inventory->account(u"work"_s)->state, AccountState::Online);
        QCOMPARE(m_window->connection(), MainWindow::Connection::Offline);
        QCOMPARE(table()->rowCount(), 14);
        // The tree says which account is offline.
        const QModelIndex lab = accountRow(u"lab"_s);
        const QString state = lab.siblingAtColumn(1).data().toString();
        QVERIFY2(state.contains(u"Offline"_s), qPrintable(state));
        QCOMPARE(accountRow(u"work"_s).siblingAtColumn(1).data().toString(), u"Online"_s);
    }

    void oneAccountRecoveringLeavesAnothersProblemShown()
    {
        AuraSandbox::FaultSettings drop;
        drop.dropRate = 1.0;
        m_sandboxes.at(u"work"_s).server->faults().setSettings(drop);
        Q_EMIT m_window->refreshAccountRequested(u"work"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->account(u"work"_s)->state, AccountState::Offline, 15000);

        m_sandboxes.at(u"lab"_s).server.reset();
        Q_EMIT m_window->refreshAccountRequested(u"lab"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->account(u"lab"_s)->state, AccountState::Offline, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->message().startsWith(u"Lab: "_s), 15000);

        // Work answers again: its recovery does not take away what the banner says of Lab.
        m_sandboxes.at(u"work"_s).server->faults().setSettings({});
        Q_EMIT m_window->refreshAccountRequested(u"work"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->account(u"work"_s)->state, AccountState::Online, 15000);
        QVERIFY2(m_window->banner()->message().startsWith(u"Lab: "_s), qPrintable(m_window->banner()->message()));
    }

    void removingAnAccountRemovesOnlyItsPart()
    {
        m_session->removeAccount(u"lab"_s);
        QCOMPARE(tree()->rowCount(), 1);
        QCOMPARE(table()->rowCount(), 12);
        QVERIFY(idOf(u"lab-1"_s).isEmpty());
        QCOMPARE(m_window->connection(), MainWindow::Connection::Online);
        QCOMPARE(m_session->accountKeys(), QStringList {u"work"_s});
    }

    void aProjectTwoAccountsSeeShowsOnce()
    {
        // A second key for the same projects: nothing is listed twice, and the first account keeps them.
        startSandbox(u"twin"_s, false);
        QVERIFY(connectAccount(u"twin"_s, u"Twin"_s));
        QCOMPARE(tree()->rowCount(), 3);
        QCOMPARE(table()->rowCount(), 14);
        QCOMPARE(tree()->rowCount(accountRow(u"twin"_s)), 0);
        QCOMPARE(m_inventory->accountOfInstance(idOf(u"orders-graph"_s)), u"work"_s);
    }
};

QTEST_MAIN(TestMultiAccount)
#include "tst_multiaccount.moc"
