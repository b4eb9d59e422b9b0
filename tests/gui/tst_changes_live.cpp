#include "consolerig.h"
#include "models/activitylog.h"
#include "models/instancetablemodel.h"
#include "ui/instancedetailspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

// Changes of an existing instance on the live service's dialect (the sandbox in aura-v1), through the window: the
// service answers a change with {} and keeps showing the old values until it lands, so the row says what the
// instance becomes meanwhile; an upgrade makes a Professional instance Business Critical.
class TestChangesLive : public QObject
{
    Q_OBJECT
private:
    ConsoleRig m_rig;

    QVariant tableData(const QString &id, int column, int role) const
    {
        const QAbstractItemModel *model = m_rig.window->console()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(IdRole).toString() == id)
                return model->index(row, column).data(role);
        }
        return {};
    }
    AuraSandbox::InstanceRecord sandboxInstance(const QString &id)
    {
        return std::get<AuraSandbox::InstanceRecord>(m_rig.sandbox->state().instance(id));
    }
    QString activityOutcome(const QString &operation, const QString &target) const
    {
        for (int row = 0; row < m_rig.activity->rowCount(); ++row) {
            if (m_rig.activity->index(row, ActivityLog::Operation).data().toString() == operation
                && m_rig.activity->index(row, ActivityLog::Target).data().toString() == target)
                return m_rig.activity->index(row, ActivityLog::Outcome).data().toString();
        }
        return {};
    }

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(0.02, u"aura-v1"_s)); }
    void cleanup() { m_rig.stop(); }

    void aChangeShowsWhatTheInstanceBecomesUntilItLands()
    {
        const QString id = m_rig.idOf(u"staging-orders"_s); // professional-db, 8GB, 16GB
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(m_rig.statusOf(id), u"running"_s);
        m_rig.window->console()->selectInstance(id);
        QVERIFY(m_rig.action(InstanceAction::Resize)->text().contains(u"Change"_s));
        m_rig.action(InstanceAction::Resize)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"resizeDialog"_s);
        QVERIFY(dialog);
        auto *memory = dialog->findChild<QComboBox *>(u"memoryCombo"_s);
        auto *storage = dialog->findChild<QComboBox *>(u"storageCombo"_s);
        auto *vector = dialog->findChild<QCheckBox *>(u"vectorOptimizedCheck"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(memory && storage && vector && accept);
        QVERIFY(!accept->isEnabled()); // nothing changed yet
        memory->setCurrentIndex(memory->findData(u"16GB"_s));
        QVERIFY(memory->currentIndex() >= 0);
        QVERIFY(storage->count() >= 1);
        const QString newStorage = storage->currentData().toString();
        QVERIFY(!newStorage.isEmpty());
        vector->setChecked(true);
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);

        // While the service works on it, the old size shows beside the one asked for.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.statusOf(id), u"updating"_s, 5000);
        QCOMPARE(m_rig.inventory->instance(id)->memory, u"8GB"_s); // the service still says 8GB
        QCOMPARE(m_rig.tableText(id, InstanceTableModel::MemoryColumn), u"8GB → 16GB"_s);
        const QString pending = tableData(id, InstanceTableModel::StatusColumn, PendingChangeRole).toString();
        QVERIFY2(pending.contains(u"16GB"_s) && pending.contains(u"vector"_s), qPrintable(pending));
        QVERIFY(m_rig.window->console()->details()->fieldText(u"status"_s).contains(u"updating to 16GB"_s));

        // Landed: the new values, and nothing pending any more.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.tableText(id, InstanceTableModel::MemoryColumn), u"16GB"_s, 15000);
        QTRY_COMPARE(m_rig.statusOf(id), u"running"_s);
        QCOMPARE(m_rig.tableText(id, InstanceTableModel::StorageColumn), newStorage);
        QVERIFY(tableData(id, InstanceTableModel::StatusColumn, PendingChangeRole).toString().isEmpty());
        QVERIFY(!m_rig.inventory->pendingChange(id));
        QCOMPARE(m_rig.inventory->instance(id)->vectorOptimized, std::optional<bool>(true));
        QVERIFY(m_rig.window->console()->details()->fieldText(u"settings"_s).contains(u"vector optimized"_s));
        const AuraSandbox::InstanceRecord held = sandboxInstance(id);
        QCOMPARE(held.memory, u"16GB"_s);
        QVERIFY(held.vectorOptimized);
        QCOMPARE(activityOutcome(u"Resize"_s, u"staging-orders"_s), u"Succeeded"_s);
    }

    void secondariesAndCdcAreChangedWhereTheTypeHasThem()
    {
        const QString id = m_rig.idOf(u"customer-360"_s); // business-critical: 1 secondary, CDC FULL
        QTRY_COMPARE(m_rig.statusOf(id), u"running"_s);
        m_rig.window->console()->selectInstance(id);
        m_rig.action(InstanceAction::Resize)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"resizeDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QCheckBox *>(u"graphAnalyticsPluginCheck"_s)->isVisible());
        auto *secondaries = dialog->findChild<QSpinBox *>(u"secondariesSpin"_s);
        auto *cdc = dialog->findChild<QComboBox *>(u"cdcCombo"_s);
        QVERIFY(secondaries->isVisible() && cdc->isVisible());
        QCOMPARE(secondaries->value(), 1); // what it has now
        QCOMPARE(cdc->currentData().toString(), u"FULL"_s);
        secondaries->setValue(2);
        cdc->setCurrentIndex(cdc->findData(u"DIFF"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.inventory->instance(id)->secondariesCount, std::optional<qint64>(2), 15000);
        QCOMPARE(m_rig.inventory->instance(id)->cdcEnrichmentMode, u"DIFF"_s);
        QTRY_VERIFY(!m_rig.inventory->pendingChange(id));
        QVERIFY(m_rig.window->console()->details()->fieldText(u"settings"_s).contains(u"CDC DIFF"_s));
        QCOMPARE(activityOutcome(u"Resize"_s, u"customer-360"_s), u"Succeeded"_s);
    }

    void anUpgradeMakesAProfessionalInstanceBusinessCritical()
    {
        const QString free = m_rig.idOf(u"movies-playground"_s);
        m_rig.window->console()->selectInstance(free);
        QVERIFY(!m_rig.action(InstanceAction::Upgrade)->isEnabled()); // not a Professional one
        QVERIFY(m_rig.action(InstanceAction::Upgrade)->isVisible());

        const QString id = m_rig.idOf(u"staging-orders"_s); // professional-db
        QTRY_COMPARE(m_rig.statusOf(id), u"running"_s);
        m_rig.window->console()->selectInstance(id);
        QTRY_VERIFY(m_rig.action(InstanceAction::Upgrade)->isEnabled());
        m_rig.action(InstanceAction::Upgrade)->trigger();
        QPointer<QDialog> dialog = m_rig.openDialog<QDialog>(u"upgradeDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(u"explanationLabel"_s)->text().contains(u"billed"_s));
        QVERIFY(!dialog->findChild<QComboBox *>(u"memoryCombo"_s)->isEnabled()); // the size stays unless asked
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleRig::stillShown(dialog.data()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.tableText(id, InstanceTableModel::TypeColumn), u"business-critical"_s, 10000);
        QCOMPARE(sandboxInstance(id).type, u"business-critical"_s);
        QTRY_VERIFY(!m_rig.inventory->pendingChange(id));
        QCOMPARE(activityOutcome(u"Upgrade"_s, u"staging-orders"_s), u"Succeeded"_s);
        QTRY_VERIFY(!m_rig.action(InstanceAction::Upgrade)->isEnabled()); // once is enough
    }
};

QTEST_MAIN(TestChangesLive)
#include "tst_changes_live.moc"
