#include "consolerig.h"
#include "dialogtesting.h"
#include "models/instancetablemodel.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/errorbanner.h"
#include "ui/instancedetailspanel.h"
#include "ui/provisioningcontroller.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// Create, restore and overwrite through their dialogs, with the controllers, the client and the real sandbox
// behind them: what the dialogs offer comes from the server, and what the server refuses lands on the form.
class TestProvisioning : public QObject
{
    Q_OBJECT
private:
    ConsoleRig m_rig;

    QString stagingTenantId()
    {
        for (const AuraSandbox::TenantRecord &t : m_rig.sandbox->state().tenants()) {
            if (t.name == "Acme Staging"_L1)
                return t.id;
        }
        return {};
    }

    // What the sandbox offers the tenant for one field, given the choices above it ("" matches anything).
    QStringList offered(
        const QString &tenantId, const QString &type, const QString &cloud, QString AuraSandbox::RegionOffer::*field)
    {
        QStringList out;
        for (const AuraSandbox::TenantRecord &t : m_rig.sandbox->state().tenants()) {
            if (t.id != tenantId)
                continue;
            for (const AuraSandbox::RegionOffer &o : t.offers) {
                if ((type.isEmpty() || o.type == type) && (cloud.isEmpty() || o.cloudProvider == cloud)
                    && !out.contains(o.*field))
                    out << o.*field;
            }
        }
        out.sort();
        return out;
    }

    // The memory sizes the sandbox offers for professional-db on gcp in a region of the tenant, in its order.
    QStringList memoryOffered(const QString &tenantId, const QString &region)
    {
        for (const AuraSandbox::TenantRecord &t : m_rig.sandbox->state().tenants()) {
            for (const AuraSandbox::RegionOffer &o : t.offers) {
                if (t.id == tenantId && o.type == "professional-db"_L1 && o.cloudProvider == "gcp"_L1
                    && o.region == region)
                    return o.memory;
            }
        }
        return {};
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    // Opens the create dialog on the staging project with professional-db on gcp in `region`.
    QDialog *openCreateDialog(const QString &region)
    {
        m_rig.action(InstanceAction::Create)->trigger();
        auto *dialog = m_rig.openDialog<QDialog>(u"createInstanceDialog"_s);
        if (!dialog)
            return nullptr;
        const QString tenant = stagingTenantId();
        const bool chosen = select(dialog->findChild<QComboBox *>(u"tenantCombo"_s), tenant)
            && select(dialog->findChild<QComboBox *>(u"typeCombo"_s), u"professional-db"_s)
            && select(dialog->findChild<QComboBox *>(u"cloudCombo"_s), u"gcp"_s)
            && select(dialog->findChild<QComboBox *>(u"regionCombo"_s), region);
        return chosen ? dialog : nullptr;
    }

    // Every text the activity log holds, in every role a view could show.
    QString everythingInTheActivityLog() const
    {
        QString all;
        const ActivityLog &log = *m_rig.activity;
        for (int row = 0; row < log.rowCount(); ++row) {
            for (int column = 0; column < log.columnCount(); ++column) {
                for (int role : {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::WhatsThisRole,
                         Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole})
                    all += log.index(row, column).data(role).toString() + u'\n';
            }
        }
        return all;
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

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(0.02)); }
    void cleanup()
    {
        m_rig.stop();
        QGuiApplication::clipboard()->clear();
    }

    void createOffersOnlyTheProjectsCombinationsAndShowsTheCredentialsOnce()
    {
        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        QPointer<QDialog> dialog = openCreateDialog(u"us-central1"_s);
        QVERIFY(dialog);
        const QString tenant = stagingTenantId();
        QCOMPARE(sorted(valuesOf(dialog->findChild<QComboBox *>(u"typeCombo"_s))),
            offered(tenant, {}, {}, &AuraSandbox::RegionOffer::type));
        QCOMPARE(sorted(valuesOf(dialog->findChild<QComboBox *>(u"cloudCombo"_s))),
            offered(tenant, u"professional-db"_s, {}, &AuraSandbox::RegionOffer::cloudProvider));
        QCOMPARE(sorted(valuesOf(dialog->findChild<QComboBox *>(u"regionCombo"_s))),
            offered(tenant, u"professional-db"_s, u"gcp"_s, &AuraSandbox::RegionOffer::region));
        QCOMPARE(valuesOf(dialog->findChild<QComboBox *>(u"memoryCombo"_s)), memoryOffered(tenant, u"us-central1"_s));
        // The free tier has one region per cloud in this project.
        QVERIFY(select(dialog->findChild<QComboBox *>(u"typeCombo"_s), u"free-db"_s));
        QVERIFY(select(dialog->findChild<QComboBox *>(u"cloudCombo"_s), u"gcp"_s));
        QCOMPARE(valuesOf(dialog->findChild<QComboBox *>(u"regionCombo"_s)), QStringList {u"europe-west1"_s});
        QCOMPARE(valuesOf(dialog->findChild<QComboBox *>(u"memoryCombo"_s)), QStringList {u"1GB"_s});
        dialog->reject();
        dialog = openCreateDialog(u"us-central1"_s);
        QVERIFY(dialog);

        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        auto *message = dialog->findChild<QLabel *>(u"nameMessage"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QTest::keyClicks(name, u"a-name-that-is-far-too-long-for-aura"_s);
        QVERIFY(showsText(message));
        QVERIFY(!accept->isEnabled());
        name->clear();
        QTest::keyClicks(name, u" leading-space"_s);
        QVERIFY(showsText(message));
        QVERIFY(!accept->isEnabled());
        name->clear();
        QTest::keyClicks(name, u"ui-created"_s);
        QVERIFY(!message->isVisible());
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QVERIFY(shown.wait(10000));
        QPointer<CredentialsDialog> credentials
            = qobject_cast<CredentialsDialog *>(shown.first().first().value<QWidget *>());
        QVERIFY(credentials);
        QTRY_VERIFY(!ConsoleRig::stillShown(dialog.data()));
        credentials->setClipboardClearDelay(200ms);
        const QString url = credentials->findChild<QLineEdit *>(u"connectionUrlEdit"_s)->text();
        auto *passwordEdit = credentials->findChild<QLineEdit *>(u"passwordEdit"_s);
        const QString password = passwordEdit->text();
        QVERIFY(url.contains(u"://"_s));
        QVERIFY(!credentials->findChild<QLineEdit *>(u"usernameEdit"_s)->text().isEmpty());
        QVERIFY(!password.isEmpty());
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QVERIFY(!passwordEdit->displayText().contains(password));

        // Closing before the password went anywhere asks first; going back keeps everything.
        QTest::mouseClick(credentials->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        auto *question = credentials->findChild<QMessageBox *>(u"confirmCloseBox"_s);
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QTest::mouseClick(question->findChild<QPushButton *>(u"goBackButton"_s), Qt::LeftButton);
        QVERIFY(credentials && credentials->isVisible());

        // The copied password is marked secret and leaves the clipboard again.
        QTest::mouseClick(credentials->findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QCOMPARE(copied->text(), password);
        QCOMPARE(copied->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);

        // The new instance is listed and starts; the credentials file names it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"ui-created"_s).isEmpty(), 10000);
        const QString id = m_rig.idOf(u"ui-created"_s);
        QTemporaryDir folder;
        const QString expectedName = u"Neo4j-%1-Created-%2.txt"_s.arg(id, QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(credentials->proposedFileName(), expectedName);
        const QString path = folder.filePath(credentials->proposedFileName());
        QVERIFY(credentials->saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QStringList lines {u"NEO4J_URI="_s + url, u"NEO4J_PASSWORD="_s + password, u"AURA_INSTANCEID="_s + id,
            u"AURA_INSTANCENAME=ui-created"_s};
        for (const QString &line : lines)
            QVERIFY2(content.contains(QByteArray(line.toUtf8() + '\n')), qPrintable(line.section(u'=', 0, 0)));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther | QFile::ExeOwner;
        QCOMPARE((file.permissions() & others).toInt(), 0);
        QVERIFY(file.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));

        QTest::mouseClick(credentials->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!credentials); // kept: no second question

        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"running"_s, 15000);
        QCOMPARE(m_rig.tableText(id, InstanceTableModel::NameColumn), u"ui-created"_s);

        const int row = activityRow(u"Create"_s, u"ui-created"_s);
        QVERIFY(row >= 0);
        QCOMPARE(activityText(row, ActivityLog::Outcome), u"Succeeded"_s);
        QVERIFY(!activityText(row, ActivityLog::RequestId).isEmpty());
        QVERIFY(!everythingInTheActivityLog().contains(password));
        QVERIFY(!m_rig.window->banner()->message().contains(password));
    }

    void serverFieldErrorLandsOnItsField()
    {
        QDialog *dialog = openCreateDialog(u"us-central1"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"ui-refused"_s);

        // The project stops offering the region while the dialog is open: the server refuses it.
        AuraSandbox::SandboxData data = m_rig.sandbox->state().data();
        for (AuraSandbox::TenantRecord &t : data.tenants) {
            t.offers.removeIf([](const AuraSandbox::RegionOffer &o) {
                return o.type == "professional-db"_L1 && o.region == "us-central1"_L1;
            });
        }
        m_rig.sandbox->state().reset(data);

        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QTest::mouseClick(accept, Qt::LeftButton);
        auto *regionError = dialog->findChild<QLabel *>(u"regionComboError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(regionError), 10000);
        QVERIFY(regionError->text().contains(u"us-central1"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(accept->isEnabled()); // not busy any more: the user can correct and send again
        QVERIFY(!showsText(dialog->findChild<QLabel *>(u"messageLabel"_s)));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"ui-refused"_s);

        const int row = activityRow(u"Create"_s, u"ui-refused"_s);
        QVERIFY(row >= 0);
        QCOMPARE(activityText(row, ActivityLog::Outcome), u"Failed"_s);
        QVERIFY(!activityText(row, ActivityLog::RequestId).isEmpty());
        QCOMPARE(m_rig.window->banner()->requestId(), activityText(row, ActivityLog::RequestId));

        // Another region clears the error and goes through.
        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        QVERIFY(select(dialog->findChild<QComboBox *>(u"regionCombo"_s), u"europe-west1"_s));
        QVERIFY(!regionError->isVisible());
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"ui-refused"_s).isEmpty(), 10000);
    }

    void restoreMakesANewInstanceFromTheChosenSnapshot()
    {
        const QString source = m_rig.idOf(u"orders-graph"_s);
        QVERIFY(!source.isEmpty());
        m_rig.window->console()->selectInstance(source);
        // The on-demand snapshot picked in the details panel is the one the dialog preselects.
        const QString snapshotId = u"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"_s;
        QTableView *snapshots = m_rig.window->console()->details()->snapshotView();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots->model()->rowCount() >= 4, 5000);
        for (int row = 0; row < snapshots->model()->rowCount(); ++row) {
            const QModelIndex index = snapshots->model()->index(row, 0);
            if (index.data(IdRole).toString() == snapshotId)
                snapshots->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QCOMPARE(m_rig.window->console()->selectedSnapshotId(), snapshotId);

        QSignalSpy shown(&m_rig.session->provisioning(), &ProvisioningController::credentialsShown);
        m_rig.action(InstanceAction::RestoreSnapshot)->trigger();
        auto *dialog = m_rig.openDialog<QDialog>(u"restoreSnapshotDialog"_s);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(u"snapshotList"_s);
        QVERIFY(list->topLevelItemCount() >= 4);
        QCOMPARE(list->selectedItems().size(), 1);
        QCOMPARE(list->selectedItems().first()->text(3), snapshotId);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"orders-graph-restored"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QVERIFY(shown.wait(10000));
        auto *credentials = qobject_cast<CredentialsDialog *>(shown.first().first().value<QWidget *>());
        QVERIFY(credentials);
        QVERIFY(credentials->findChild<QLabel *>(u"titleLabel"_s)->text().contains(u"restored"_s));
        auto *password = credentials->findChild<QLineEdit *>(u"passwordEdit"_s);
        QVERIFY(!password->text().isEmpty());
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.idOf(u"orders-graph-restored"_s).isEmpty(), 10000);
        const QString restored = m_rig.idOf(u"orders-graph-restored"_s);
        QVERIFY(restored != source);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(restored), u"running"_s, 15000);
        QCOMPARE(m_rig.inventory->instance(restored)->memory, m_rig.inventory->instance(source)->memory);
        QCOMPARE(m_rig.statusOf(source), u"running"_s); // the source is left alone
        QVERIFY(!everythingInTheActivityLog().contains(password->text()));
    }

    void overwriteNeedsTheTypedTargetName()
    {
        const QString target = m_rig.idOf(u"customer-360"_s);
        QVERIFY(!target.isEmpty());
        m_rig.window->console()->selectInstance(target);
        QVERIFY(m_rig.action(InstanceAction::OverwriteFromSnapshot)->isEnabled());
        m_rig.action(InstanceAction::OverwriteFromSnapshot)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"overwriteInstanceDialog"_s);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(u"snapshotList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->selectedItems().size() == 1, 5000); // loaded from the server
        QCOMPARE(list->selectedItems().first()->text(1), u"completed"_s);

        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        auto *confirm = dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s);
        QVERIFY(!accept->isEnabled());
        QTest::keyClicks(confirm, u"customer-36"_s);
        QVERIFY(!accept->isEnabled());
        QTest::keyClicks(confirm, u"0"_s);
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(target), u"restoring"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(target), u"running"_s, 15000);
        const int row = activityRow(u"Overwrite"_s, u"customer-360"_s);
        QVERIFY(row >= 0);
        QCOMPARE(activityText(row, ActivityLog::Outcome), u"Succeeded"_s);
    }
};

QTEST_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
