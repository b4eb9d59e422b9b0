#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "app/accountsession.h"
#include "app/consolesession.h"
#include "models/activitylog.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "ui/consolepage.h"
#include "ui/desktopnotifier.h"
#include "ui/errorbanner.h"
#include "ui/filterbar.h"
#include "ui/instanceactionset.h"
#include "ui/mainwindow.h"
#include "ui/nomatchpanel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// The whole console (client, synchronizer, controllers, window) against the real sandbox over HTTP, driven
// through the window as a user would: select, act, confirm, watch the status change.
class TestConsole : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AuraSandbox::SandboxServer> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleSession> m_session;

    QString idOf(const QString &name) const
    {
        for (const QString &id : m_inventory->instanceIds()) {
            if (m_inventory->instance(id)->name == name)
                return id;
        }
        return {};
    }
    QString statusOf(const QString &id) const
    {
        const Instance *i = m_inventory->instance(id);
        return i ? i->status : QString();
    }
    QAction *action(InstanceAction a) const { return m_window->actions()->action(a); }

    // Whether a dialog, which deletes itself once closed, is still on screen.
    static bool stillShown(const QPointer<QWidget> &dialog)
    {
        const QWidget *w = dialog.data();
        return w != nullptr && w->isVisible();
    }

    // The dialog or message box the window has open now, once it shows.
    template<typename T>
    T *openDialog(const QString &objectName)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                found = m_window->findChild<T *>(objectName);
                return found && found->isVisible();
            },
            5000);
        return shown ? found : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<AuraSandbox::SandboxServer>(
            nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
        m_sandbox->loadDemoData();
        m_sandbox->setTimeScale(0.02); // a 40 s pause takes 0.8 s
        QVERIFY(m_sandbox->listenOnLoopback() != 0);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_secrets->write(Aura::SecretKeys::clientSecret(u"sandbox"_s),
            QString::fromLatin1(AuraSandbox::DemoClientSecret), nullptr, {});
        m_inventory = std::make_unique<Inventory>();
        m_activity = std::make_unique<ActivityLog>();
        m_notifier = std::make_unique<DesktopNotifier>();
        m_notifier->setEnabled(false);
        m_window = std::make_unique<MainWindow>(*m_inventory, *m_activity);
        ClientSettings settings;
        settings.apiBaseUrl = m_sandbox->baseUrl();
        settings.tokenUrl = m_sandbox->tokenUrl();
        settings.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
        settings.accountId = u"sandbox"_s;
        settings.requestsPerMinute = 125 * 20; // the budget runs as fast as the scaled-down schedule
        settings.dialect = ApiDialect::Seed;
        m_session = std::make_unique<ConsoleSession>(*m_inventory, *m_activity, *m_notifier, *m_window);
        m_session->setSyncSettings(SyncSettings().scaledDown(20)); // 5 s fast polls become 250 ms
        QSignalSpy settled(m_session.get(), &ConsoleSession::firstRefreshSettled);
        m_session->addAccount(u"sandbox"_s, u"Sandbox"_s, settings, *m_secrets);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(settled.wait(10000));
        QCOMPARE(m_window->connection(), MainWindow::Connection::Online);
        QCOMPARE(m_window->console()->table()->model()->rowCount(), 12);
    }

    void cleanup()
    {
        m_session.reset();
        m_window.reset();
        m_sandbox.reset();
    }

    void aSearchWithoutMatchSaysSoAndClearsWithOneClick()
    {
        ConsolePage *console = m_window->console();
        QTest::keyClicks(console->filterBar()->searchBox(), u"no-such-graph"_s);
        QTRY_VERIFY(console->noMatchPanel()->isVisible());
        QVERIFY(!console->table()->isVisible()); // no empty table that looks like an empty account
        const QAbstractItemModel *tree = console->tree()->model();
        QCOMPARE(tree->rowCount(), 1); // the account and its projects stay, to choose from
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 3);
        QCOMPARE(console->noMatchPanel()->message(), u"No instance matches “no-such-graph”."_s);
        auto *clear = console->noMatchPanel()->findChild<QPushButton *>(u"clearFiltersButton"_s);
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_VERIFY(console->table()->isVisible());
        QVERIFY(!console->noMatchPanel()->isVisible());
        QVERIFY(console->filterBar()->searchBox()->text().isEmpty());
        QCOMPARE(console->table()->model()->rowCount(), 12);
    }

    void pauseThenResumeFromTheToolbar()
    {
        const QString id = idOf(u"orders-graph"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(statusOf(id), u"running"_s);
        m_window->console()->selectInstance(id);
        QVERIFY(action(InstanceAction::Pause)->isEnabled());
        QVERIFY(!action(InstanceAction::Resume)->isEnabled());
        QVERIFY(action(InstanceAction::Resume)->toolTip().contains(u"running"_s));

        action(InstanceAction::Pause)->trigger();
        auto *question = openDialog<QMessageBox>(u"pauseQuestion"_s);
        QVERIFY(question);
        QVERIFY(question->informativeText().contains(u"cannot serve queries"_s));
        QTest::mouseClick(question->findChild<QPushButton *>(u"confirmPauseButton"_s), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"pausing"_s, 5000);
        QVERIFY(!action(InstanceAction::Pause)->isEnabled()); // nothing to do while it pauses
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"paused"_s, 10000);
        QTRY_VERIFY(action(InstanceAction::Resume)->isEnabled());
        QCOMPARE(m_window->console()->selectedInstanceIds(), QStringList {id}); // selection survived every refresh

        action(InstanceAction::Resume)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 10000);
        QTRY_VERIFY(action(InstanceAction::Pause)->isEnabled());

        // Both operations are in the activity panel with the server's request ids.
        QCOMPARE(m_activity->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(m_activity->index(row, ActivityLog::Outcome).data().toString(), u"Succeeded"_s);
            QVERIFY(!m_activity->index(row, ActivityLog::RequestId).data().toString().isEmpty());
        }
    }

    void cancellingThePauseQuestionSendsNothing()
    {
        const QString id = idOf(u"orders-graph"_s);
        m_window->console()->selectInstance(id);
        action(InstanceAction::Pause)->trigger();
        auto *question = openDialog<QMessageBox>(u"pauseQuestion"_s);
        QVERIFY(question);
        question->reject();
        // A request is logged the moment it is sent, and the answer to the question is handled on the spot: had a
        // pause gone out, the activity log would show it now.
        QCoreApplication::processEvents();
        QCOMPARE(m_activity->rowCount(), 0);
        QCOMPARE(statusOf(id), u"running"_s);
    }

    void deleteNeedsTheTypedName()
    {
        const QString id = idOf(u"staging-customers"_s);
        QVERIFY(!id.isEmpty());
        m_window->console()->selectInstance(id);
        QVERIFY(action(InstanceAction::Delete)->isEnabled());
        action(InstanceAction::Delete)->trigger();
        QPointer<QDialog> dialog = openDialog<QDialog>(u"confirmDeleteDialog"_s);
        QVERIFY(dialog);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s);
        QVERIFY(accept && name);
        QVERIFY(!accept->isEnabled());
        QTest::keyClicks(name, u"staging-custom"_s);
        QVERIFY(!accept->isEnabled());
        QTest::keyClicks(name, u"ers"_s);
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!stillShown(dialog.data()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->instance(id), 15000); // destroying, destroyed, gone
        QCOMPARE(m_window->console()->table()->model()->rowCount(), 11);
    }

    void actionsFollowEachStatus()
    {
        struct Case
        {
            QString name;
            bool pause, resume, resize, snapshot;
        };
        const QList<Case> cases = {
            {u"orders-graph"_s, true, false, true, true}, // running
            {u"supply-chain"_s, false, true, false, false}, // paused
            {u"movies-playground"_s, false, false, false, false}, // free, running
        };
        for (const Case &c : cases) {
            const QString id = idOf(c.name);
            QVERIFY2(!id.isEmpty(), qPrintable(c.name));
            m_window->console()->selectInstance(id);
            QCOMPARE(action(InstanceAction::Pause)->isEnabled(), c.pause);
            QCOMPARE(action(InstanceAction::Resume)->isEnabled(), c.resume);
            QCOMPARE(action(InstanceAction::Resize)->isEnabled(), c.resize);
            QCOMPARE(action(InstanceAction::TakeSnapshot)->isEnabled(), c.snapshot);
        }
    }

    void serverTroubleShowsInTheBannerAndKeepsTheData()
    {
        AuraSandbox::FaultSettings faults;
        faults.serverErrorRate = 1.0;
        m_sandbox->faults().setSettings(faults);
        AuraClient &client = m_session->account(u"sandbox"_s)->client();
        client.setSettings([&] {
            ClientSettings s = client.settings();
            s.policy.maxAttempts = 1;
            return s;
        }());
        action(InstanceAction::Refresh)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->banner()->message().isEmpty(), 10000);
        QCOMPARE(m_window->console()->table()->model()->rowCount(), 12);

        m_sandbox->faults().setSettings({});
        action(InstanceAction::Refresh)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->banner()->message().isEmpty() || m_window->connection() == MainWindow::Connection::Online, 10000);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
