#include "consolerig.h"
#include "dialogtesting.h"
#include "models/instancetablemodel.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/provisioningcontroller.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

// One instance's whole life through the window, once per dialect, against the real sandbox: create → credentials →
// running → pause → resume → resize → snapshot → a new instance from it → restore in place (aura-v1) → overwrite
// from the other instance → delete. What differs between the dialects is asserted where it differs: on aura-v1 a
// restore is in place and a new instance from a snapshot is a clone, never a "restore to a new instance".
class TestJourney : public QObject
{
    Q_OBJECT
private:
    ConsoleRig m_rig;
    bool m_live = false;

    QString tenantNamed(const QString &name) const
    {
        for (const QString &id : m_rig.inventory->tenantIds()) {
            if (m_rig.inventory->tenant(id)->name == name)
                return id;
        }
        return {};
    }
    QString activityOutcome(const QString &operation, const QString &target) const
    {
        QString outcome; // the last one of that operation on that instance
        for (int row = 0; row < m_rig.activity->rowCount(); ++row) {
            if (m_rig.activity->index(row, ActivityLog::Operation).data().toString() == operation
                && m_rig.activity->index(row, ActivityLog::Target).data().toString() == target)
                outcome = m_rig.activity->index(row, ActivityLog::Outcome).data().toString();
        }
        return outcome;
    }
    qsizetype sandboxCountNamed(const QString &name) const
    {
        const QList<AuraSandbox::InstanceRecord> all = m_rig.sandbox->state().instances();
        return std::count_if(all.cbegin(), all.cend(), [&](const AuraSandbox::InstanceRecord &i) {
            return i.name == name && i.status != AuraSandbox::InstanceStatus::Destroyed;
        });
    }
    // The credentials of a new instance: shown once, with a password; closed without keeping it.
    bool closeCredentials(QSignalSpy &shown)
    {
        if (shown.isEmpty() && !shown.wait(15000))
            return false;
        QPointer<CredentialsDialog> credentials
            = qobject_cast<CredentialsDialog *>(shown.takeFirst().first().value<QWidget *>());
        if (!credentials || credentials->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty())
            return false;
        QTest::mouseClick(credentials->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        auto *question = credentials->findChild<QMessageBox *>(u"confirmCloseBox"_s);
        if (!question || !QTest::qWaitFor([&] { return question->isVisible(); }))
            return false;
        QTest::mouseClick(question->findChild<QPushButton *>(u"closeAnywayButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !credentials; }, 5000);
    }
    bool accept(QDialog *dialog)
    {
        auto *button = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        if (!button || !QTest::qWaitFor([&] { return button->isEnabled(); }, 5000))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }
    bool waitForStatus(const QString &id, const QString &status, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return m_rig.statusOf(id) == status; }, timeoutMs);
    }
    // The newest completed snapshot of the instance the console knows, once there is one.
    QString completedSnapshot(const QString &id, const QStringList &except = {})
    {
        QString found;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (const QString &s : m_rig.inventory->snapshotIds(id)) {
                    const Snapshot *snapshot = m_rig.inventory->snapshot(id, s);
                    if (!except.contains(s) && snapshot && snapshot->status == u"Completed"_s)
                        found = s;
                }
                return !found.isEmpty();
            },
            15000));
        return found;
    }
    bool selectSnapshot(QDialog *dialog, const QString &snapshotId)
    {
        auto *list = dialog->findChild<QTreeWidget *>(u"snapshotList"_s);
        QTreeWidgetItem *row = nullptr;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
                    if (list->topLevelItem(i)->text(3) == snapshotId)
                        row = list->topLevelItem(i);
                }
                return row != nullptr;
            },
            5000));
        if (!row || !(row->flags() & Qt::ItemIsSelectable))
            return false;
        list->clearSelection();
        list->setCurrentItem(row);
        row->setSelected(true);
        return true;
    }

private Q_SLOTS:
    void cleanup() { m_rig.stop(); }

    void anInstancesWholeLife_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("aura-v1") << u"aura-v1"_s;
        QTest::newRow("seed") << u"seed"_s;
    }
    void anInstancesWholeLife()
    {
        QFETCH(QString, dialect);
        QVERIFY(m_rig.start(0.02, dialect));
        m_live = dialect == u"aura-v1"_s;
        const QString staging = tenantNamed(u"Acme Staging"_s);
        QVERIFY(!staging.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->tenant(staging)->configurations.isEmpty(), 10000);
        ProvisioningController &provisioning = m_rig.session->provisioning();
        QSignalSpy shown(&provisioning, &ProvisioningController::credentialsShown);

        // Create, and its one-time credentials.
        m_rig.action(InstanceAction::Create)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"tenantCombo"_s), staging));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"typeCombo"_s), u"professional-db"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"journey"_s);
        QVERIFY(accept(dialog));
        QVERIFY(closeCredentials(shown));
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"journey"_s).isEmpty(), 10000);
        const QString id = m_rig.idOf(u"journey"_s);
        QVERIFY(waitForStatus(id, u"running"_s));
        QCOMPARE(activityOutcome(u"Create"_s, u"journey"_s), u"Succeeded"_s);
        // The new instance is selected once it is listed.
        QTRY_VERIFY(
            m_rig.window->selectedInstances().size() == 1 && m_rig.window->selectedInstances().first().id == id);

        // Pause (asked first) and resume.
        m_rig.window->console()->selectInstance(id);
        QTRY_VERIFY(m_rig.action(InstanceAction::Pause)->isEnabled());
        m_rig.action(InstanceAction::Pause)->trigger();
        QPointer<QMessageBox> question = m_rig.openDialog<QMessageBox>(u"pauseQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"confirmPauseButton"_s), Qt::LeftButton);
        QVERIFY(waitForStatus(id, u"paused"_s));
        QTRY_VERIFY(m_rig.action(InstanceAction::Resume)->isEnabled());
        m_rig.action(InstanceAction::Resume)->trigger();
        QVERIFY(waitForStatus(id, u"running"_s));

        // Resize to another size the project allows.
        QTRY_VERIFY(m_rig.action(InstanceAction::Resize)->isEnabled());
        const QString before = m_rig.inventory->instance(id)->memory;
        m_rig.action(InstanceAction::Resize)->trigger();
        dialog = m_rig.openDialog<QDialog>(u"resizeDialog"_s);
        QVERIFY(dialog);
        auto *memory = dialog->findChild<QComboBox *>(u"memoryCombo"_s);
        QString bigger;
        for (int i = 0; i < memory->count() && bigger.isEmpty(); ++i) {
            if (memory->itemData(i).toString() != before)
                bigger = memory->itemData(i).toString();
        }
        QVERIFY(!bigger.isEmpty());
        QVERIFY(select(memory, bigger));
        QVERIFY(accept(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.inventory->instance(id)->memory, bigger, 15000);
        QVERIFY(waitForStatus(id, u"running"_s));
        QTRY_VERIFY(!m_rig.inventory->pendingChange(id));

        // A snapshot, taken and completed.
        const QStringList earlier = m_rig.inventory->snapshotIds(id);
        QTRY_VERIFY(m_rig.action(InstanceAction::TakeSnapshot)->isEnabled());
        m_rig.action(InstanceAction::TakeSnapshot)->trigger();
        const QString snapshot = completedSnapshot(id, earlier);
        QVERIFY(!snapshot.isEmpty());

        // A new instance from it: a clone on aura-v1, the seed's restore to a new instance.
        QAction *toNew = m_rig.action(InstanceAction::RestoreSnapshot);
        if (m_live)
            QVERIFY2(!toNew->text().contains(u"Restore"_s), qPrintable(toNew->text())); // never "restore to new"
        QTRY_VERIFY(toNew->isEnabled());
        toNew->trigger();
        dialog = m_rig.openDialog<QDialog>(m_live ? u"cloneSnapshotDialog"_s : u"restoreSnapshotDialog"_s);
        QVERIFY(dialog);
        QVERIFY(selectSnapshot(dialog, snapshot));
        QVERIFY(accept(dialog));
        QVERIFY(closeCredentials(shown));
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"journey-restored"_s).isEmpty(), 10000);
        const QString copy = m_rig.idOf(u"journey-restored"_s);
        QVERIFY(waitForStatus(copy, u"running"_s));
        QCOMPARE(m_rig.statusOf(id), u"running"_s); // the source is not touched

        // Restore in place: the live service's meaning of a restore; the seed has none.
        m_rig.window->console()->selectInstance(id);
        QAction *inPlace = m_rig.action(InstanceAction::RestoreInPlace);
        QCOMPARE(inPlace->isVisible(), m_live);
        if (m_live) {
            QTRY_VERIFY(inPlace->isEnabled());
            inPlace->trigger();
            dialog = m_rig.openDialog<QDialog>(u"restoreInPlaceDialog"_s);
            QVERIFY(dialog);
            QVERIFY(selectSnapshot(dialog, snapshot));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s), u"journey"_s);
            QVERIFY(accept(dialog));
            QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
            QVERIFY(waitForStatus(id, u"running"_s));
            QCOMPARE(sandboxCountNamed(u"journey"_s), 1); // in place: no new instance
        }

        // Overwrite the first with the data of the second: from a fresh snapshot on aura-v1, a taken one on seed.
        QString copySnapshot;
        if (!m_live) {
            m_rig.window->console()->selectInstance(copy);
            QTRY_VERIFY(m_rig.action(InstanceAction::TakeSnapshot)->isEnabled());
            const QStringList copyEarlier = m_rig.inventory->snapshotIds(copy);
            m_rig.action(InstanceAction::TakeSnapshot)->trigger();
            copySnapshot = completedSnapshot(copy, copyEarlier);
            QVERIFY(!copySnapshot.isEmpty());
        }
        m_rig.window->console()->selectInstance(id);
        QTRY_VERIFY(m_rig.action(InstanceAction::OverwriteFromSnapshot)->isEnabled());
        m_rig.action(InstanceAction::OverwriteFromSnapshot)->trigger();
        dialog = m_rig.openDialog<QDialog>(u"overwriteInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"sourceInstanceCombo"_s), copy));
        if (!m_live)
            QVERIFY(selectSnapshot(dialog, copySnapshot));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s), u"journey"_s);
        QVERIFY(accept(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(activityOutcome(u"Overwrite"_s, u"journey"_s), u"Succeeded"_s, 10000);
        QVERIFY(waitForStatus(id, u"running"_s));

        // Delete both, each by its typed name.
        for (const auto &[target, name] : {std::pair {id, u"journey"_s}, std::pair {copy, u"journey-restored"_s}}) {
            m_rig.window->console()->selectInstance(target);
            QTRY_VERIFY(m_rig.action(InstanceAction::Delete)->isEnabled());
            m_rig.action(InstanceAction::Delete)->trigger();
            dialog = m_rig.openDialog<QDialog>(u"confirmDeleteDialog"_s);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s), name);
            QVERIFY(accept(dialog));
            QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->instance(target), 15000);
            QCOMPARE(sandboxCountNamed(name), 0);
        }
        QCOMPARE(m_rig.activity->inFlight(), 0);
    }
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
