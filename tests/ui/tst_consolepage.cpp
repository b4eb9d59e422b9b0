#include "models/activitylog.h"
#include "models/inventory.h"
#include "models/tenanttreemodel.h"
#include "ui/consolepage.h"
#include "ui/errorbanner.h"
#include "ui/filterbar.h"
#include "ui/instanceactionset.h"
#include "ui/instancedetailspanel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &status, const QString &tenant = u"t1"_s)
{
    Instance i;
    i.id = id;
    i.name = u"db-"_s + id;
    i.status = status;
    i.tenantId = tenant;
    i.type = u"enterprise-db"_s;
    i.memory = u"8GB"_s;
    i.connectionUrl = u"neo4j+s://"_s + id + u".databases.neo4j.io"_s;
    return i;
}
} // namespace

class TestConsolePage : public QObject
{
    Q_OBJECT
private:
    Inventory m_inventory;
    ActivityLog m_activity;

private Q_SLOTS:
    void init()
    {
        m_inventory.clear();
        m_inventory.applyTenants({{u"t1"_s, u"Team One"_s, {}}, {u"t2"_s, u"Team Two"_s, {}}});
        QList<Instance> list;
        for (int n = 0; n < 30; ++n)
            list << make(
                u"i%1"_s.arg(n, 2, 10, QChar(u'0')), n % 3 ? u"running"_s : u"paused"_s, n % 2 ? u"t1"_s : u"t2"_s);
        m_inventory.applyInstances(list);
    }

    void selectionSurvivesRefreshAndActionsFollowStatus()
    {
        MainWindow window(m_inventory, m_activity);
        window.showConsole();
        window.setConnection(MainWindow::Connection::Online);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ConsolePage *page = window.console();
        page->selectInstance(u"i04"_s);
        QCOMPARE(page->selectedInstanceIds(), QStringList {u"i04"_s});
        QCOMPARE(page->details()->fieldText(u"name"_s), u"db-i04"_s);
        QAction *pause = window.actions()->action(InstanceAction::Pause);
        QAction *resume = window.actions()->action(InstanceAction::Resume);
        QVERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());

        // A refresh in which the selected instance paused and others came and went.
        QList<Instance> next;
        for (const QString &id : m_inventory.instanceIds()) {
            if (id == u"i07"_s || id == u"i01"_s)
                continue;
            next << *m_inventory.instance(id);
        }
        for (Instance &i : next) {
            if (i.id == u"i04"_s)
                i.status = u"paused"_s;
        }
        next << make(u"i99"_s, u"creating"_s);
        m_inventory.applyInstances(next);

        QCOMPARE(page->selectedInstanceIds(), QStringList {u"i04"_s});
        QVERIFY(!pause->isEnabled());
        QVERIFY(resume->isEnabled());
        QVERIFY(pause->toolTip().contains(u"paused"_s));
        QCOMPARE(page->details()->fieldText(u"status"_s), u"paused"_s);
    }

    // The tree's status column holds a typical status, but leaves a narrow tree's names the most room.
    void treeStatusColumnLeavesTheNamesRoom()
    {
        ConsolePage page(m_inventory);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeView *tree = page.tree();
        const int wide = tree->header()->sectionSize(TenantTreeModel::StatusColumn);
        QVERIFY(wide > 0);
        QVERIFY(wide <= tree->viewport()->width() * 2 / 5);
        page.splitter()->setSizes({150, 700, 350});
        QTRY_VERIFY(tree->viewport()->width() < 160);
        QTRY_VERIFY(tree->header()->sectionSize(TenantTreeModel::StatusColumn) <= tree->viewport()->width() * 2 / 5);
        QVERIFY(tree->header()->sectionSize(TenantTreeModel::StatusColumn) < wide);
    }

    void filtersNarrowTheTableAndNothingActsWhileNotConnected()
    {
        MainWindow window(m_inventory, m_activity);
        window.showConsole();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.console()->table();
        QCOMPARE(table->model()->rowCount(), 30);
        QTest::keyClicks(window.console()->filterBar()->searchBox(), u"db-i1"_s);
        QCOMPARE(table->model()->rowCount(), 10);
        window.console()->filterBar()->setTenantId(u"t1"_s);
        QCOMPARE(table->model()->rowCount(), 5);

        window.console()->selectInstance(u"i11"_s);
        QVERIFY(!window.actions()->action(InstanceAction::Pause)->isEnabled()); // not connected yet
        window.setConnection(MainWindow::Connection::Online);
        QVERIFY(window.actions()->action(InstanceAction::Pause)->isEnabled());
        window.setConnection(MainWindow::Connection::Offline, u"Connection refused"_s);
        auto *connection = window.findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(connection->text().contains(u"last known data"_s));
        QCOMPARE(table->model()->rowCount(), 5); // the data stays visible
    }

    void layoutAndFiltersAreRemembered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        {
            MainWindow window(m_inventory, m_activity);
            window.showConsole();
            window.show();
            window.console()->filterBar()->setText(u"db-i2"_s);
            window.console()->filterBar()->setStatusChoice(1);
            window.console()->filterBar()->setTenantId(u"t2"_s);
            window.console()->table()->setColumnHidden(3, true);
            window.saveState(settings);
        }
        MainWindow again(m_inventory, m_activity);
        again.restoreState(settings);
        again.showConsole();
        again.show();
        const InstanceFilter f = again.console()->filterBar()->filter();
        QCOMPARE(f.text(), u"db-i2"_s);
        QCOMPARE(f.tenantId(), u"t2"_s);
        QCOMPARE(again.console()->filterBar()->statusChoice(), 1);
        QVERIFY(again.console()->table()->isColumnHidden(3));
    }

    void activityPanelAndStatusBarCountOperations()
    {
        MainWindow window(m_inventory, m_activity);
        window.show();
        const int id = m_activity.start(u"Pause"_s, u"db-i03"_s);
        auto *inFlight = window.findChild<QLabel *>(u"inFlightLabel"_s);
        QVERIFY(inFlight->text().contains(u"1"_s));
        QCOMPARE(window.activityView()->model()->rowCount(), m_activity.rowCount());
        m_activity.succeed(id, u"req-1"_s);
        QVERIFY(inFlight->text().isEmpty());
    }
};

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"
