#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/overwriteinstancedialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

class TestOverwriteInstanceDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesTheInstanceThatLosesItsData()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {ordersInstance(), analyticsInstance()});
        auto *warning = d.findChild<QLabel *>(u"targetWarning"_s);
        QVERIFY(warning);
        QVERIFY(warning->text().contains(u"analytics"_s));
        QVERIFY(warning->text().contains(analyticsInstance().id));
        QVERIFY(!warning->text().contains(ordersInstance().name));
        QCOMPARE(d.targetInstanceId(), analyticsInstance().id);
        auto *prompt = d.findChild<QLabel *>(u"confirmPrompt"_s);
        QVERIFY(prompt->text().contains(u"analytics"_s));
    }

    void sourcesListTheTargetFirstAndEachInstanceOnce()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {ordersInstance(), analyticsInstance()});
        auto *source = d.findChild<QComboBox *>(u"sourceInstanceCombo"_s);
        QVERIFY(source && !source->accessibleName().isEmpty());
        QCOMPARE(valuesOf(source), (QStringList {analyticsInstance().id, ordersInstance().id}));
        QCOMPARE(d.sourceInstanceId(), analyticsInstance().id);
    }

    void otherSourcesAreSortedByName()
    {
        Instance zeta = ordersInstance();
        zeta.id = u"z1"_s;
        zeta.name = u"zeta"_s;
        Instance alpha = ordersInstance();
        alpha.id = u"a1"_s;
        alpha.name = u"Alpha"_s;
        OverwriteInstanceDialog d(analyticsInstance(), {zeta, ordersInstance(), analyticsInstance(), alpha});
        QCOMPARE(valuesOf(d.findChild<QComboBox *>(u"sourceInstanceCombo"_s)),
            (QStringList {analyticsInstance().id, u"a1"_s, ordersInstance().id, u"z1"_s})); // itself, then by name
    }

    void snapshotsFollowTheChosenSource()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {ordersInstance(), analyticsInstance()});
        auto *source = d.findChild<QComboBox *>(u"sourceInstanceCombo"_s);
        auto *view = d.findChild<QTreeWidget *>(u"snapshotList"_s);
        QCOMPARE(view->topLevelItemCount(), 0);

        QSignalSpy requested(&d, &OverwriteInstanceDialog::snapshotsRequested);
        QVERIFY(select(source, ordersInstance().id));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), ordersInstance().id);

        // A late answer for the instance chosen before is ignored.
        d.setSnapshots(analyticsInstance().id, {snapshot(u"snap-analytics"_s, u"Completed"_s, 1, true)});
        QCOMPARE(view->topLevelItemCount(), 0);
        d.setSnapshots(ordersInstance().id, ordersSnapshots());
        QCOMPARE(view->topLevelItemCount(), 5);

        d.setSnapshotsUnavailable(ordersInstance().id, u"Could not load"_s);
        QCOMPARE(view->topLevelItemCount(), 0);
        QCOMPARE(d.findChild<QLabel *>(u"snapshotPlaceholder"_s)->text(), u"Could not load"_s);
    }

    void confirmingByNameMakesTheRequest()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {ordersInstance(), analyticsInstance()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(select(d.findChild<QComboBox *>(u"sourceInstanceCombo"_s), ordersInstance().id));
        d.setSnapshots(ordersInstance().id, ordersSnapshots());
        auto *overwrite = d.findChild<QPushButton *>(u"acceptButton"_s);
        auto *confirm = d.findChild<QLineEdit *>(u"confirmNameEdit"_s);
        QVERIFY(!overwrite->isEnabled());

        // The source's name does not confirm: it is the target that loses its data.
        QTest::keyClicks(confirm, ordersInstance().name);
        QVERIFY(!overwrite->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, u"analytics"_s);
        QVERIFY(overwrite->isEnabled());

        QSignalSpy submitted(&d, &OverwriteInstanceDialog::submitted);
        QTest::mouseClick(overwrite, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const std::optional<OverwriteInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->sourceInstanceId, ordersInstance().id);
        QCOMPARE(r->sourceSnapshotId, u"snap-latest"_s);
    }

    void withoutSnapshotNothingCanBeConfirmed()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {analyticsInstance()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.setSnapshots(analyticsInstance().id, {});
        QTest::keyClicks(d.findChild<QLineEdit *>(u"confirmNameEdit"_s), u"analytics"_s);
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
        QVERIFY(!d.request());
        QVERIFY(showsText(d.findChild<QLabel *>(u"snapshotPlaceholder"_s)));
    }

    void theLiveServiceMayTakeAFreshSnapshotOfTheSource()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {ordersInstance(), analyticsInstance()});
        d.setFreshSnapshotOffered(true);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.setSnapshots(analyticsInstance().id, {}); // no snapshot of its own today
        auto *fresh = d.findChild<QCheckBox *>(u"freshSnapshotCheck"_s);
        QVERIFY(fresh->isVisible());
        QVERIFY(fresh->isChecked());
        QTest::keyClicks(d.findChild<QLineEdit *>(u"confirmNameEdit"_s), u"analytics"_s);
        const auto r = d.request();
        QVERIFY(r);
        QVERIFY(r->sourceSnapshotId.isEmpty()); // the service takes the snapshot
        QVERIFY(!r->toJson().contains("source_snapshot_id"_L1));
        fresh->setChecked(false); // then a snapshot must be chosen again
        QVERIFY(!d.request());
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }

    void serverErrorAboutTheSnapshotLandsUnderTheList()
    {
        OverwriteInstanceDialog d(analyticsInstance(), {analyticsInstance()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.showServerError(u"source_snapshot_id"_s, u"Snapshot expired"_s);
        auto *label = d.findChild<QLabel *>(u"snapshotListError"_s);
        QVERIFY(showsText(label));
        QCOMPARE(label->text(), u"Snapshot expired"_s);
    }
};

QTEST_MAIN(TestOverwriteInstanceDialog)
#include "tst_overwriteinstancedialog.moc"
