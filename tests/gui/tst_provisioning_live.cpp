#include "consolerig.h"
#include "dialogtesting.h"
#include "models/activitylog.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/instancedetailspanel.h"
#include "ui/provisioningcontroller.h"
#include "ui/snapshotspane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTreeWidget>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

// The console on the live service's dialect (the sandbox in aura-v1), through the window: what a restore means
// there (in place) and how a new instance is made from a snapshot (a clone), and a create whose configurations
// come from the project's details.
class TestProvisioningLive : public QObject
{
    Q_OBJECT
private:
    ConsoleRig m_rig;

    // The ids the sandbox holds, but for the demo instance that is being deleted at start (it goes by itself).
    QStringList sandboxIds()
    {
        QStringList ids;
        for (const AuraSandbox::InstanceRecord &i : m_rig.sandbox->state().instances()) {
            if (i.id != u"b1c2d3e4"_s)
                ids << i.id;
        }
        ids.sort();
        return ids;
    }
    QStringList idsNamed(const QString &name)
    {
        QStringList ids;
        for (const AuraSandbox::InstanceRecord &i : m_rig.sandbox->state().instances()) {
            if (i.name == name)
                ids << i.id;
        }
        return ids;
    }
    AuraSandbox::InstanceStatus sandboxStatus(const QString &id)
    {
        return std::get<AuraSandbox::InstanceRecord>(m_rig.sandbox->state().instance(id)).status;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(0.02, u"aura-v1"_s)); }
    void cleanup() { m_rig.stop(); }

    void aCreateOffersTheProjectsConfigurationsFromItsDetails()
    {
        const QString staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s;
        // The live list carries no configurations; the synchronizer reads them from each project's details.
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->tenant(staging)->configurations.isEmpty(), 10000);
        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        m_rig.action(InstanceAction::Create)->trigger();
        auto *dialog = m_rig.openDialog<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"tenantCombo"_s), staging));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"typeCombo"_s), u"professional-db"_s));
        auto *version = dialog->findChild<QComboBox *>(u"versionCombo"_s);
        QVERIFY(version);
        QVERIFY(version->count() >= 1); // the live service requires a version
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"live-orders"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"live-orders"_s).isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(m_rig.idOf(u"live-orders"_s)), u"running"_s, 15000);
        // The credentials, still open, say so too.
        auto *credentials = shown.first().first().value<QWidget *>();
        QTRY_VERIFY(credentials->findChild<QLabel *>(u"titleLabel"_s)->text().contains(u"is running"_s));
    }

    void aCreateCanBeEncryptedWithTheProjectsReadyKey()
    {
        const QString production = u"7c4a1b2e-3d5f-4a6b-8c9d-0e1f2a3b4c5d"_s;
        const QString key = u"8c764aed-8eb3-4a1c-92f6-e4ef0c7a6ed9"_s; // ready, for enterprise-db in gcp europe-west1
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->tenant(production)->configurations.isEmpty(), 10000);
        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        m_rig.action(InstanceAction::Create)->trigger();
        auto *dialog = m_rig.openDialog<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"tenantCombo"_s), production));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"typeCombo"_s), u"enterprise-db"_s));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"cloudCombo"_s), u"gcp"_s));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"regionCombo"_s), u"europe-west1"_s));
        auto *keys = dialog->findChild<QComboBox *>(u"encryptionKeyCombo"_s);
        QVERIFY(keys && keys->isVisible());
        QVERIFY(select(keys, key)); // read with its details when the form opened
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"encrypted"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        const QStringList made = idsNamed(u"encrypted"_s);
        QCOMPARE(made.size(), 1);
        QCOMPARE(
            std::get<AuraSandbox::InstanceRecord>(m_rig.sandbox->state().instance(made.first())).customerManagedKeyId,
            key);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.inventory->instance(made.first())
                ? m_rig.inventory->instance(made.first())->customerManagedKeyId
                : QString(),
            key, 15000);
    }

    // The answer to a create is lost after the service made the instance: the console finds it and says that its
    // password did not arrive, instead of "failed" (which would invite a second, billed create).
    void aCreateWhoseAnswerIsLostIsFoundAndToldAsSuch()
    {
        const QString staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s;
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->tenant(staging)->configurations.isEmpty(), 10000);
        ProvisioningController &provisioning = m_rig.session->provisioning();
        provisioning.setReconcileSettings({200, 20'000});
        QSignalSpy credentials(&provisioning, &ProvisioningController::credentialsShown);
        QSignalSpy lost(&provisioning, &ProvisioningController::passwordLostShown);
        m_rig.action(InstanceAction::Create)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"tenantCombo"_s), staging));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"typeCombo"_s), u"professional-db"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"lost-orders"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QTRY_VERIFY(accept->isEnabled());

        AuraSandbox::FaultSettings drop;
        drop.dropRate = 1.0; // processed, then the connection closes without an answer
        m_rig.sandbox->faults().setSettings(drop);
        QTest::mouseClick(accept, Qt::LeftButton);
        // While the console does not know, Create stays disabled and the dialog says why.
        auto *why = dialog->findChild<QLabel *>(u"busyText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(why->text().contains(u"Checking whether"_s), 10000);
        QVERIFY(!accept->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!idsNamed(u"lost-orders"_s).isEmpty(), 10000);
        m_rig.sandbox->faults().setSettings({}); // the network is back

        QVERIFY(lost.wait(15000));
        QCOMPARE(credentials.size(), 0);
        QTRY_VERIFY(!dialog);
        QCOMPARE(idsNamed(u"lost-orders"_s).size(), 1); // one instance, never two
        const int row = m_rig.activity->rowCount() - 1;
        QCOMPARE(m_rig.activity->index(row, ActivityLog::Outcome).data().toString(), u"Succeeded"_s);
        QVERIFY(m_rig.activity->index(row, ActivityLog::Message).data().toString().contains(u"password"_s));
        auto *message = qobject_cast<QMessageBox *>(lost.first().at(0).value<QWidget *>());
        QVERIFY(message);
        QVERIFY(message->text().contains(u"lost-orders"_s));
        QVERIFY(message->text().contains(u"reset it in the Aura console"_s));

        // Deleting it goes through the usual confirmation.
        QTest::mouseClick(message->findChild<QPushButton *>(u"deleteLostButton"_s), Qt::LeftButton);
        QVERIFY(m_rig.openDialog<QDialog>(u"confirmDeleteDialog"_s));
    }

    void aCreateOpenedBeforeTheDetailsArrivedReadsThemFirst()
    {
        const QString staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s;
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->tenant(staging)->configurations.isEmpty(), 10000);
        // As right after start: the list is in, the project's details are not.
        Tenant bare = *m_rig.inventory->tenant(staging);
        bare.configurations.clear();
        m_rig.inventory->applyTenantDetails(m_rig.inventory->accountOfTenant(staging), bare);
        QVERIFY(m_rig.inventory->tenant(staging)->configurations.isEmpty());
        m_rig.action(InstanceAction::Create)->trigger();
        auto *dialog = m_rig.openDialog<QDialog>(u"createInstanceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"tenantCombo"_s), staging));
        QVERIFY(dialog->findChild<QComboBox *>(u"typeCombo"_s)->count() > 1);
        QVERIFY(dialog->findChild<QComboBox *>(u"versionCombo"_s)->count() >= 1);
        dialog->reject();
    }

    void aNewInstanceFromASnapshotIsACloneAndTheSourceStaysAsItIs()
    {
        const QString source = m_rig.idOf(u"orders-graph"_s);
        QVERIFY(!source.isEmpty());
        const QString production = m_rig.inventory->instance(source)->tenantId;
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.inventory->tenant(production)->configurations.isEmpty(), 10000);
        m_rig.window->console()->selectInstance(source);
        QAction *toNew = m_rig.action(InstanceAction::RestoreSnapshot);
        // Never offered as a "restore to a new instance": on this service a restore is in place.
        QVERIFY2(!toNew->text().contains(u"Restore"_s), qPrintable(toNew->text()));
        QTRY_VERIFY(toNew->isEnabled());
        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        toNew->trigger();
        QVERIFY(!m_rig.openDialog<QDialog>(u"restoreSnapshotDialog"_s, 500));
        auto *dialog = m_rig.openDialog<QDialog>(u"cloneSnapshotDialog"_s);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(u"snapshotList"_s);
        QTRY_VERIFY(list->topLevelItemCount() >= 1);
        // Only exportable snapshots can be chosen; the demo's on-demand one of two days ago is.
        const QString exportable = u"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"_s;
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(3) == exportable)
                row = list->topLevelItem(i);
        }
        QVERIFY(row);
        QVERIFY(row->flags() & Qt::ItemIsSelectable);
        list->setCurrentItem(row);
        row->setSelected(true);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QVERIFY(shown.wait(10000)); // a clone has its own one-time credentials
        auto *credentials = qobject_cast<CredentialsDialog *>(shown.first().first().value<QWidget *>());
        QVERIFY(credentials);
        QVERIFY(!credentials->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
        const QList<AuraSandbox::InstanceRecord> all = m_rig.sandbox->state().instances();
        QCOMPARE(std::count_if(all.begin(), all.end(),
                     [](const AuraSandbox::InstanceRecord &i) { return i.name == u"orders-graph-restored"_s; }),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"orders-graph-restored"_s).isEmpty(), 10000);
        const QString copy = m_rig.idOf(u"orders-graph-restored"_s);
        QVERIFY(copy != source);
        QCOMPARE(sandboxStatus(source), AuraSandbox::InstanceStatus::Running); // not restored in place
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(copy), u"running"_s, 15000);
    }

    void snapshotsAreShownOneDayAtATimeAndEarlierDaysAreKept()
    {
        const QString id = m_rig.idOf(u"customer-360"_s); // business-critical: hourly and daily snapshots
        m_rig.window->console()->selectInstance(id);
        InstanceDetailsPanel *details = m_rig.window->console()->details();
        auto *day = details->findChild<QDateEdit *>(u"snapshotDay"_s);
        QVERIFY(day);
        QVERIFY(day->isVisible()); // the live service lists snapshots by day
        QTableView *view = details->snapshotView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000); // today's
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto daysShown = [view] {
            QSet<QDate> days;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                days << view->model()->index(row, 0).data(SortRole).toDateTime().toUTC().date();
            return days;
        };
        QCOMPARE(daysShown(), QSet<QDate> {today});
        const qsizetype todays = m_rig.inventory->snapshotIds(id).size();

        day->setDate(today.addDays(-1));
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.inventory->snapshotIds(id).size() > todays, 10000); // yesterday's read
        QTRY_COMPARE(daysShown(), QSet<QDate> {today.addDays(-1)});
        // Today's are still known: another day's list never removes them.
        qsizetype stillToday = 0;
        for (const QString &s : m_rig.inventory->snapshotIds(id))
            stillToday += m_rig.inventory->snapshot(id, s)->timestamp.toUTC().date() == today ? 1 : 0;
        QCOMPARE(stillToday, todays);

        // Only the exportable ones (the daily full snapshot) on request.
        auto *exportable = details->findChild<QCheckBox *>(u"exportableOnly"_s);
        exportable->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        exportable->setChecked(false);
        QVERIFY(view->model()->rowCount() > 1);
    }

    void aRestoreInPlaceNeedsTheNameTypedAndMakesNoInstance()
    {
        const QString id = m_rig.idOf(u"customer-360"_s);
        QVERIFY(!id.isEmpty());
        m_rig.window->console()->selectInstance(id);
        QAction *inPlace = m_rig.action(InstanceAction::RestoreInPlace);
        QVERIFY(inPlace->isVisible());
        QTRY_VERIFY(inPlace->isEnabled());
        const QStringList before = sandboxIds();
        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        inPlace->trigger();
        QPointer<QWidget> dialog = m_rig.openDialog<QDialog>(u"restoreInPlaceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(u"restoreWarning"_s)->text().contains(u"lost"_s));
        auto *list = dialog->findChild<QTreeWidget *>(u"snapshotList"_s);
        QTRY_VERIFY(list->topLevelItemCount() >= 1);
        QTRY_COMPARE(list->selectedItems().size(), 1); // the newest completed one
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(!accept->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s), u"customer-360"_s);
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(id) == AuraSandbox::InstanceStatus::Restoring
                || sandboxStatus(id) == AuraSandbox::InstanceStatus::Running,
            5000);
        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog), 5000);
        QCOMPARE(sandboxIds(), before); // in place: no new instance
        QCOMPARE(shown.count(), 0); // and no credentials
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"running"_s, 15000);
    }
};

QTEST_MAIN(TestProvisioningLive)
#include "tst_provisioning_live.moc"
