#include "consolerig.h"
#include "ui/instancedetailspanel.h"

#include <QLabel>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

// The console reads the metrics integration of the live service's dialect (the sandbox in aura-v1) by itself,
// and the details of a running instance show its figures; a paused one shows none.
class TestMetricsLive : public QObject
{
    Q_OBJECT
private:
    ConsoleRig m_rig;

    QLabel *metricsRow() const { return m_rig.window->console()->details()->findChild<QLabel *>(u"detail_load"_s); }

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(0.02, u"aura-v1"_s)); }
    void cleanup() { m_rig.stop(); }

    void aRunningInstanceShowsItsFigures()
    {
        const QString id = m_rig.idOf(u"staging-orders"_s);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(m_rig.statusOf(id), u"running"_s);
        m_rig.window->console()->selectInstance(id);
        InstanceDetailsPanel *details = m_rig.window->console()->details();
        QTRY_VERIFY_WITH_TIMEOUT(details->fieldText(u"load"_s).contains(u"% CPU"_s), 15'000);
        QVERIFY(details->fieldText(u"load"_s).contains(u"% heap"_s));
        QVERIFY2(details->fieldText(u"storageUsed"_s).contains(u"% of 16 GB"_s),
            qPrintable(details->fieldText(u"storageUsed"_s)));
        QVERIFY(details->fieldText(u"queries"_s).contains(u"median"_s));
        QVERIFY(details->fieldText(u"connections"_s).contains(u"connection"_s));
        QVERIFY(metricsRow()->isVisible());
        QVERIFY(metricsRow()->toolTip().startsWith(u"As of"_s));
    }

    void aPausedInstanceShowsNone()
    {
        const QString running = m_rig.idOf(u"staging-orders"_s);
        QTRY_COMPARE(m_rig.statusOf(running), u"running"_s);
        m_rig.window->console()->selectInstance(running);
        InstanceDetailsPanel *details = m_rig.window->console()->details();
        QTRY_VERIFY_WITH_TIMEOUT(!details->fieldText(u"load"_s).isEmpty(), 15'000);
        // Another instance that is not running: its details have no metrics row.
        for (const AuraSandbox::InstanceRecord &i : m_rig.sandbox->state().instances()) {
            if (i.status == AuraSandbox::InstanceStatus::Paused) {
                QTRY_COMPARE(m_rig.statusOf(i.id), u"paused"_s);
                m_rig.window->console()->selectInstance(i.id);
                QTRY_COMPARE(details->instanceId(), i.id);
                for (const QString &row : {u"load"_s, u"storageUsed"_s, u"queries"_s, u"connections"_s})
                    QCOMPARE(details->fieldText(row), QString());
                QVERIFY(!metricsRow()->isVisible());
                return;
            }
        }
        QFAIL("the aura-v1 demo data has no paused instance");
    }
};

QTEST_MAIN(TestMetricsLive)
#include "tst_metrics_live.moc"
