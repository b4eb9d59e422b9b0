#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/restoresnapshotdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

namespace {
QTreeWidgetItem *rowFor(QTreeWidget *view, const QString &snapshotId)
{
    const QList<QTreeWidgetItem *> found = view->findItems(snapshotId, Qt::MatchExactly, 3);
    return found.isEmpty() ? nullptr : found.constFirst();
}
} // namespace

class TestRestoreSnapshotDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prefillsFromTheSource()
    {
        RestoreSnapshotDialog d(ordersInstance(), productionTenant(), ordersSnapshots());
        QCOMPARE(d.findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"orders-prod-restored"_s);
        QCOMPARE(d.findChild<QComboBox *>(u"typeCombo"_s)->currentData().toString(), u"enterprise-db"_s);
        QCOMPARE(d.findChild<QComboBox *>(u"cloudCombo"_s)->currentData().toString(), u"gcp"_s);
        QCOMPARE(d.findChild<QComboBox *>(u"regionCombo"_s)->currentData().toString(), u"europe-west1"_s);
        QCOMPARE(d.findChild<QComboBox *>(u"memoryCombo"_s)->currentData().toString(), u"8GB"_s);
        QVERIFY(!d.findChild<QComboBox *>(u"versionCombo"_s)->isVisibleTo(&d)); // restore carries no version
        // The newest completed snapshot is preselected.
        QCOMPARE(d.snapshotId(), u"snap-latest"_s);
    }

    void proposedName_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("proposed");
        QTest::newRow("short") << u"orders"_s << u"orders-restored"_s;
        QTest::newRow("long, cut to fit") << u"customer-orders-production-eu"_s << u"customer-orders-produ-restored"_s;
        QTest::newRow("cut before a space") << u"orders and billing   europe"_s << u"orders and billing-restored"_s;
        QTest::newRow("no name") << QString() << u"restored"_s;
    }
    void proposedName()
    {
        QFETCH(QString, source);
        QFETCH(QString, proposed);
        const QString name = RestoreSnapshotDialog::proposedName(source);
        QCOMPARE(name, proposed);
        QCOMPARE(checkInstanceName(name), NameProblem::None);
    }

    void onlyCompletedSnapshotsCanBePicked()
    {
        RestoreSnapshotDialog d(ordersInstance(), productionTenant(), ordersSnapshots());
        auto *view = d.findChild<QTreeWidget *>(u"snapshotList"_s);
        QVERIFY(view);
        QCOMPARE(view->topLevelItemCount(), 5);
        // Newest first.
        QCOMPARE(view->topLevelItem(0)->text(3), u"snap-running"_s);
        QCOMPARE(view->topLevelItem(4)->text(3), u"snap-older"_s);
        QVERIFY(!(rowFor(view, u"snap-running"_s)->flags() & Qt::ItemIsSelectable));
        QVERIFY(!(rowFor(view, u"snap-failed"_s)->flags() & Qt::ItemIsSelectable));
        QVERIFY(!rowFor(view, u"snap-failed"_s)->toolTip(0).isEmpty());
        QVERIFY(rowFor(view, u"snap-local"_s)->flags() & Qt::ItemIsSelectable);
        QCOMPARE(rowFor(view, u"snap-local"_s)->text(2), QObject::tr("no"));

        // A clone (the live service) is made from exportable snapshots only.
        RestoreSnapshotDialog clone(
            ordersInstance(), productionTenant(), ordersSnapshots(), {}, nullptr, RestoreSnapshotDialog::Kind::Clone);
        auto *cloneView = clone.findChild<QTreeWidget *>(u"snapshotList"_s);
        QVERIFY(!(rowFor(cloneView, u"snap-local"_s)->flags() & Qt::ItemIsSelectable));
        QVERIFY(rowFor(cloneView, u"snap-older"_s)->flags() & Qt::ItemIsSelectable);
    }

    void pickingASnapshotAndTypingANameMakesTheRequest()
    {
        RestoreSnapshotDialog d(ordersInstance(), productionTenant(), ordersSnapshots(), u"snap-older"_s);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.snapshotId(), u"snap-older"_s);
        auto *view = d.findChild<QTreeWidget *>(u"snapshotList"_s);
        auto *restore = d.findChild<QPushButton *>(u"acceptButton"_s);
        const QRect localRow = view->visualItemRect(rowFor(view, u"snap-local"_s));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, localRow.center());
        QCOMPARE(d.snapshotId(), u"snap-local"_s);
        // A click on a failed snapshot does not select it.
        const QRect failedRow = view->visualItemRect(rowFor(view, u"snap-failed"_s));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, failedRow.center());
        QCOMPARE(d.snapshotId(), u"snap-local"_s);

        auto *name = d.findChild<QLineEdit *>(u"nameEdit"_s);
        name->clear();
        QVERIFY(!restore->isEnabled());
        QTest::keyClicks(name, u"orders-copy "_s);
        QVERIFY(!restore->isEnabled());
        QVERIFY(showsText(d.findChild<QLabel *>(u"nameMessage"_s)));
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(restore->isEnabled());
        QVERIFY(select(d.findChild<QComboBox *>(u"memoryCombo"_s), u"16GB"_s));

        QSignalSpy submitted(&d, &RestoreSnapshotDialog::submitted);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const std::optional<RestoreSnapshotRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->tenantId, productionTenant().id);
        QCOMPARE(r->name, u"orders-copy"_s);
        QCOMPARE(r->type, u"enterprise-db"_s);
        QCOMPARE(r->cloudProvider, u"gcp"_s);
        QCOMPARE(r->region, u"europe-west1"_s);
        QCOMPARE(r->memory, u"16GB"_s);
        QCOMPARE(d.sourceInstanceId(), ordersInstance().id);
    }

    void configurationIsLimitedToTheProject()
    {
        Instance source = ordersInstance();
        source.memory = u"48GB"_s; // a size the project no longer allows
        RestoreSnapshotDialog d(source, productionTenant(), ordersSnapshots());
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        QCOMPARE(valuesOf(memory), (QStringList {u"2GB"_s, u"8GB"_s, u"16GB"_s, u"128GB"_s}));
        QVERIFY(d.request());
        QVERIFY(valuesOf(memory).contains(d.request()->memory));
    }

    void withoutUsableSnapshotNothingCanBeRestored()
    {
        RestoreSnapshotDialog d(
            ordersInstance(), productionTenant(), {snapshot(u"snap-failed"_s, u"Failed"_s, 1, false)});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.request());
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
        QVERIFY(showsText(d.findChild<QLabel *>(u"snapshotPlaceholder"_s)));
    }

    void serverErrorOnNameLandsOnTheName()
    {
        RestoreSnapshotDialog d(ordersInstance(), productionTenant(), ordersSnapshots());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.showServerError(u"name"_s, u"Taken"_s);
        QCOMPARE(d.findChild<QLabel *>(u"nameMessage"_s)->text(), u"Taken"_s);
        d.showServerError(u"region"_s, u"Region full"_s);
        QCOMPARE(d.findChild<QLabel *>(u"regionComboError"_s)->text(), u"Region full"_s);
    }
};

QTEST_MAIN(TestRestoreSnapshotDialog)
#include "tst_restoresnapshotdialog.moc"
