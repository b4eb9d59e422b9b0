#include "consolerig.h"
#include "models/instancetablemodel.h"
#include "models/snapshottablemodel.h"
#include "ui/errorbanner.h"
#include "ui/instancedetailspanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

// Resize, rename, snapshots and the actions on several instances at once, through the window, with the client and
// the real sandbox behind them.
class TestInstanceOperations : public QObject
{
    Q_OBJECT
private:
    ConsoleRig m_rig;

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    QStringList activityColumn(ActivityLog::Column column) const
    {
        QStringList out;
        for (int row = 0; row < m_rig.activity->rowCount(); ++row)
            out << m_rig.activity->index(row, column).data().toString();
        return out;
    }
    int activityRow(const QString &operation, const QString &target) const
    {
        for (int row = 0; row < m_rig.activity->rowCount(); ++row) {
            if (m_rig.activity->index(row, ActivityLog::Operation).data().toString() == operation
                && m_rig.activity->index(row, ActivityLog::Target).data().toString() == target)
                return row;
        }
        return -1;
    }
    QString activityText(int row, ActivityLog::Column column) const
    {
        return m_rig.activity->index(row, column).data().toString();
    }

    // The status the details panel's snapshot view shows for a snapshot ("" while it is not listed).
    QString shownSnapshotStatus(const QString &snapshotId) const
    {
        const QAbstractItemModel *model = m_rig.window->console()->details()->snapshotView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(IdRole).toString() == snapshotId)
                return model->index(row, SnapshotTableModel::StatusColumn).data(RawStatusRole).toString();
        }
        return {};
    }
    QStringList shownSnapshotIds() const
    {
        QStringList out;
        const QAbstractItemModel *model = m_rig.window->console()->details()->snapshotView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, 0).data(IdRole).toString();
        return out;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(0.02)); }
    void cleanup() { m_rig.stop(); }

    void resizeShowsTheNewMemoryAfterTheUpdate()
    {
        const QString id = m_rig.idOf(u"orders-graph"_s);
        m_rig.window->console()->selectInstance(id);
        QCOMPARE(m_rig.tableText(id, InstanceTableModel::MemoryColumn), u"32GB"_s);
        m_rig.action(InstanceAction::Resize)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"resizeDialog"_s);
        QVERIFY(dialog);
        auto *memory = dialog->findChild<QComboBox *>(u"memoryCombo"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(!accept->isEnabled()); // the current size is no change
        const int bigger = memory->findData(u"64GB"_s);
        QVERIFY(bigger >= 0);
        memory->setCurrentIndex(bigger);
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"updating"_s, 5000);
        QTRY_VERIFY(!m_rig.action(InstanceAction::Resize)->isEnabled()); // not again while it updates
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"running"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.tableText(id, InstanceTableModel::MemoryColumn), u"64GB"_s, 5000);
        QCOMPARE(m_rig.tableText(id, InstanceTableModel::StorageColumn), u"128GB"_s);
        const int row = activityRow(u"Resize"_s, u"orders-graph"_s);
        QVERIFY(row >= 0);
        QCOMPARE(activityText(row, ActivityLog::Outcome), u"Succeeded"_s);
    }

    void renameShowsTheNewName()
    {
        const QString id = m_rig.idOf(u"staging-orders"_s);
        m_rig.window->console()->selectInstance(id);
        m_rig.action(InstanceAction::Rename)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"renameDialog"_s);
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QCOMPARE(name->text(), u"staging-orders"_s);
        QVERIFY(!accept->isEnabled()); // unchanged
        name->clear();
        QTest::keyClicks(name, u"staging-orders-v2 "_s);
        QVERIFY(!accept->isEnabled()); // a trailing space is refused before anything is sent
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.tableText(id, InstanceTableModel::NameColumn), u"staging-orders-v2"_s, 5000);
        QCOMPARE(m_rig.window->console()->selectedInstanceIds(), QStringList {id});
        QCOMPARE(m_rig.window->console()->details()->fieldText(u"name"_s), u"staging-orders-v2"_s);
    }

    void takenSnapshotGoesFromInProgressToCompleted()
    {
        m_rig.sandbox->setTimeScale(0.1); // 3 s in progress: long enough to be seen between polls
        const QString id = m_rig.idOf(u"orders-graph"_s);
        m_rig.window->console()->selectInstance(id);
        QTRY_VERIFY_WITH_TIMEOUT(shownSnapshotIds().size() >= 4, 5000);
        const QStringList before = shownSnapshotIds();
        QVERIFY(m_rig.action(InstanceAction::TakeSnapshot)->isEnabled());
        m_rig.action(InstanceAction::TakeSnapshot)->trigger();

        // Scheduled snapshots may appear meanwhile, but complete from the start; the one taken is in progress.
        QString taken;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QString &s : shownSnapshotIds()) {
                    if (!before.contains(s) && shownSnapshotStatus(s) == "InProgress"_L1)
                        taken = s;
                }
                return !taken.isEmpty();
            }(),
            5000);
        QTRY_COMPARE_WITH_TIMEOUT(shownSnapshotStatus(taken), u"Completed"_s, 10000);
        const int row = activityRow(u"Take snapshot"_s, u"orders-graph"_s);
        QVERIFY(row >= 0);
        QCOMPARE(activityText(row, ActivityLog::Outcome), u"Succeeded"_s);
    }

    void actionsFollowTheWholeSelection()
    {
        const QString orders = m_rig.idOf(u"orders-graph"_s);
        const QString customers = m_rig.idOf(u"customer-360"_s);
        const QString paused = m_rig.idOf(u"supply-chain"_s);
        m_rig.selectInstances({orders, customers});
        QCOMPARE(m_rig.window->console()->selectedInstanceIds().size(), 2);
        QVERIFY(m_rig.action(InstanceAction::Pause)->isEnabled());
        QVERIFY(m_rig.action(InstanceAction::Delete)->isEnabled());
        QVERIFY(!m_rig.action(InstanceAction::Resume)->isEnabled());
        QVERIFY(!m_rig.action(InstanceAction::Resize)->isEnabled()); // one at a time
        QVERIFY(!m_rig.action(InstanceAction::Rename)->isEnabled());
        QVERIFY(!m_rig.action(InstanceAction::TakeSnapshot)->isEnabled());

        m_rig.selectInstances({orders, customers, paused});
        QVERIFY(!m_rig.action(InstanceAction::Pause)->isEnabled());
        QVERIFY(m_rig.action(InstanceAction::Pause)->toolTip().contains(u"supply-chain"_s));
        QVERIFY(!m_rig.action(InstanceAction::Resume)->isEnabled());
        QVERIFY(m_rig.action(InstanceAction::Resume)->toolTip().contains(u"running"_s));
    }

    void pauseAndResumeSeveralReportEachInstance()
    {
        const QStringList names {u"orders-graph"_s, u"customer-360"_s, u"fraud-detection"_s};
        QStringList ids;
        for (const QString &name : names)
            ids << m_rig.idOf(name);
        QVERIFY(!ids.contains(QString()));
        m_rig.selectInstances(ids);
        QVERIFY(m_rig.action(InstanceAction::Pause)->isEnabled());
        m_rig.action(InstanceAction::Pause)->trigger();

        QPointer<QMessageBox> question = m_rig.openDialog<QMessageBox>(u"pauseQuestion"_s);
        QVERIFY(question);
        QCOMPARE(m_rig.window->findChildren<QMessageBox *>(u"pauseQuestion"_s).size(), 1); // one question for all
        for (const QString &name : names)
            QVERIFY2(question->text().contains(name), qPrintable(name));
        // Meanwhile someone else starts pausing one of them: the server refuses that one (409).
        QVERIFY(std::holds_alternative<AuraSandbox::InstanceRecord>(m_rig.sandbox->state().pause(ids.at(2))));
        QTest::mouseClick(question->findChild<QPushButton *>(u"confirmPauseButton"_s), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(m_rig.activity->rowCount(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.activity->inFlight(), 0, 10000);
        QCOMPARE(activityColumn(ActivityLog::Operation), (QStringList {u"Pause"_s, u"Pause"_s, u"Pause"_s}));
        QCOMPARE(sorted(activityColumn(ActivityLog::Target)), sorted(names));
        const QStringList requestIds = activityColumn(ActivityLog::RequestId);
        QVERIFY(!requestIds.contains(QString()));
        QCOMPARE(QSet<QString>(requestIds.cbegin(), requestIds.cend()).size(), 3);
        for (const QString &name : names) {
            const int row = activityRow(u"Pause"_s, name);
            QCOMPARE(
                activityText(row, ActivityLog::Outcome), name == "fraud-detection"_L1 ? u"Failed"_s : u"Succeeded"_s);
        }
        const int failed = activityRow(u"Pause"_s, u"fraud-detection"_s);
        QVERIFY(m_rig.window->banner()->message().contains(u"fraud-detection"_s));
        QVERIFY(!m_rig.window->banner()->message().contains(u"orders-graph"_s));
        QCOMPARE(m_rig.window->banner()->requestId(), activityText(failed, ActivityLog::RequestId));

        for (const QString &id : ids) // the refused one was paused by the other party
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"paused"_s, 10000);
        QTRY_VERIFY(m_rig.action(InstanceAction::Resume)->isEnabled());
        m_rig.action(InstanceAction::Resume)->trigger(); // no question: resuming loses nothing
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.activity->rowCount(), 6, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.activity->inFlight(), 0, 10000);
        QCOMPARE(activityColumn(ActivityLog::Outcome).mid(3),
            (QStringList {u"Succeeded"_s, u"Succeeded"_s, u"Succeeded"_s}));
        for (const QString &id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"running"_s, 10000);
    }

    void deleteSeveralAsksForEachByName()
    {
        const QStringList names {u"staging-orders"_s, u"load-test"_s};
        // load-test is pausing in the demo data; wait until it has settled so it can be deleted.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(m_rig.idOf(names.at(1))), u"paused"_s, 10000);
        const QStringList ids {m_rig.idOf(names.at(0)), m_rig.idOf(names.at(1))};
        m_rig.selectInstances(ids);
        QVERIFY(m_rig.action(InstanceAction::Delete)->isEnabled());
        m_rig.action(InstanceAction::Delete)->trigger();

        for (const QString &name : names) {
            QPointer<QDialog> dialog;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = m_rig.openDialog<QDialog>(u"confirmDeleteDialog"_s))
                    && dialog->findChild<QLabel *>(u"confirmPrompt"_s)->text().contains(name),
                5000);
            auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s), name);
            QVERIFY(accept->isEnabled());
            QTest::mouseClick(accept, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        }
        for (const QString &id : ids)
            QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->instance(id), 15000);
        QCOMPARE(sorted(activityColumn(ActivityLog::Target)), sorted(names));
        QCOMPARE(activityColumn(ActivityLog::Outcome), (QStringList {u"Succeeded"_s, u"Succeeded"_s}));
    }
};

QTEST_MAIN(TestInstanceOperations)
#include "tst_instanceoperations.moc"
