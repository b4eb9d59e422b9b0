#include "models/activitylog.h"
#include "models/inventory.h"
#include "ui/connectionsummary.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

// What the status bar says of the accounts shown, from their states in the Inventory.
class TestConnectionSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noAccountIsNotConnected()
    {
        Inventory inventory;
        const ConnectionSummary s = ConnectionSummary::of(inventory);
        QCOMPARE(s.state, MainWindow::Connection::NotConnected);
        QCOMPARE(s.accountLabel, u"No account"_s);
        QVERIFY(!s.lastRefresh.isValid());
    }

    void oneAccountSaysItsOwnState()
    {
        Inventory inventory;
        inventory.addAccount(u"a"_s, u"Work"_s);
        QCOMPARE(ConnectionSummary::of(inventory).state, MainWindow::Connection::Connecting);
        inventory.setAccountState(u"a"_s, AccountState::Failed, u"The client secret was refused."_s);
        const ConnectionSummary s = ConnectionSummary::of(inventory);
        QCOMPARE(s.state, MainWindow::Connection::Failed);
        QCOMPARE(s.detail, u"The client secret was refused."_s); // one account: no name before it
        QCOMPARE(s.accountLabel, u"Work"_s);
    }

    void theLeastHealthyAccountDecidesAndNamesItself()
    {
        Inventory inventory;
        inventory.addAccount(u"a"_s, u"Work"_s);
        inventory.addAccount(u"b"_s, u"Lab"_s);
        inventory.setAccountState(u"a"_s, AccountState::Online);
        inventory.setAccountState(u"b"_s, AccountState::RateLimited, u"Held back."_s);
        ConnectionSummary s = ConnectionSummary::of(inventory);
        QCOMPARE(s.state, MainWindow::Connection::RateLimited);
        QCOMPARE(s.detail, u"Lab: Held back."_s);
        QCOMPARE(s.accountLabel, u"Work, Lab"_s);

        inventory.setAccountState(u"a"_s, AccountState::Offline, u"No route."_s);
        s = ConnectionSummary::of(inventory);
        QCOMPARE(s.state, MainWindow::Connection::Offline);
        QCOMPARE(s.detail, u"Work: No route.\nLab: Held back."_s);

        inventory.setAccountState(u"a"_s, AccountState::Online);
        inventory.setAccountState(u"b"_s, AccountState::Online);
        s = ConnectionSummary::of(inventory);
        QCOMPARE(s.state, MainWindow::Connection::Online);
        QVERIFY(s.detail.isEmpty());
    }

    void theOldestRefreshIsTheOneShown()
    {
        Inventory inventory;
        const QDateTime early(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        const QDateTime late = early.addSecs(90);
        inventory.addAccount(u"a"_s, u"Work"_s);
        inventory.addAccount(u"b"_s, u"Lab"_s);
        inventory.setAccountRefreshed(u"a"_s, late);
        QCOMPARE(ConnectionSummary::of(inventory).lastRefresh, late); // b has never answered: it does not count
        inventory.setAccountRefreshed(u"b"_s, early);
        QCOMPARE(ConnectionSummary::of(inventory).lastRefresh, early);
    }

    void theWindowFollowsTheAccounts()
    {
        Inventory inventory;
        ActivityLog activity;
        MainWindow window(inventory, activity);
        inventory.addAccount(u"a"_s, u"Work"_s);
        QCOMPARE(window.connection(), MainWindow::Connection::Connecting);
        inventory.setAccountState(u"a"_s, AccountState::Online);
        QCOMPARE(window.connection(), MainWindow::Connection::Online);
        inventory.removeAccount(u"a"_s);
        QCOMPARE(window.connection(), MainWindow::Connection::NotConnected);
    }
};

QTEST_MAIN(TestConnectionSummary)
#include "tst_connectionsummary.moc"
