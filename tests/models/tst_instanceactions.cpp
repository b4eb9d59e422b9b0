#include "models/instanceactions.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::InstanceAction)

namespace {
// "name:status:type" → Instance; type defaults to enterprise-db.
QList<Instance> instances(const QStringList &specs)
{
    QList<Instance> out;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u':');
        Instance i;
        i.id = u"id-"_s + parts.value(0);
        i.name = parts.value(0);
        i.status = parts.value(1);
        i.type = parts.value(2, u"enterprise-db"_s);
        i.connectionUrl = u"neo4j+s://"_s + i.id + u".databases.neo4j.io"_s;
        out << i;
    }
    return out;
}
} // namespace

class TestInstanceActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<InstanceAction>("action");
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("reasonMentions");

        using A = InstanceAction;
        QTest::newRow("pause running") << A::Pause << QStringList {u"a:running"_s} << true << QString();
        QTest::newRow("pause paused") << A::Pause << QStringList {u"a:paused"_s} << false << u"a"_s;
        QTest::newRow("pause free") << A::Pause << QStringList {u"f:running:free-db"_s} << false << u"Free"_s;
        QTest::newRow("pause several, one paused")
            << A::Pause << QStringList {u"a:running"_s, u"b:paused"_s} << false << u"b"_s;
        QTest::newRow("pause several running")
            << A::Pause << QStringList {u"a:running"_s, u"b:Running"_s} << true << QString();
        QTest::newRow("pause nothing") << A::Pause << QStringList {} << false << u"Select"_s;
        QTest::newRow("resume paused") << A::Resume << QStringList {u"a:paused"_s} << true << QString();
        QTest::newRow("resume resuming") << A::Resume << QStringList {u"a:resuming"_s} << false << u"resuming"_s;
        QTest::newRow("resume unknown status")
            << A::Resume << QStringList {u"a:hibernating"_s} << false << u"hibernating"_s;
        QTest::newRow("resize running") << A::Resize << QStringList {u"a:running"_s} << true << QString();
        QTest::newRow("resize two") << A::Resize << QStringList {u"a:running"_s, u"b:running"_s} << false
                                    << u"single"_s;
        QTest::newRow("resize creating") << A::Resize << QStringList {u"a:creating"_s} << false << u"creating"_s;
        QTest::newRow("snapshot free") << A::TakeSnapshot << QStringList {u"f:running:free-db"_s} << false << u"f"_s;
        QTest::newRow("overwrite paused")
            << A::OverwriteFromSnapshot << QStringList {u"a:paused"_s} << false << u"paused"_s;
        QTest::newRow("restore from paused") << A::RestoreSnapshot << QStringList {u"a:paused"_s} << true << QString();
        QTest::newRow("delete destroying")
            << A::Delete << QStringList {u"a:running"_s, u"b:destroying"_s} << false << u"b"_s;
        QTest::newRow("delete paused and failed")
            << A::Delete << QStringList {u"a:paused"_s, u"b:loading failed"_s} << true << QString();
        QTest::newRow("rename creating") << A::Rename << QStringList {u"a:creating"_s} << true << QString();
        QTest::newRow("create needs nothing") << A::Create << QStringList {} << true << QString();
        QTest::newRow("copy url") << A::CopyConnectionUrl << QStringList {u"a:paused"_s} << true << QString();
    }

    void upgradeIsForRunningProfessionalInstancesOnTheLiveService_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<bool>("live");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("professional running")
            << QStringList {u"a:running:professional-db"_s} << true << true << QString();
        QTest::newRow("professional paused")
            << QStringList {u"a:paused:professional-db"_s} << true << false << u"paused"_s;
        QTest::newRow("business critical")
            << QStringList {u"a:running:business-critical"_s} << true << false << u"business-critical"_s;
        QTest::newRow("free") << QStringList {u"a:running:free-db"_s} << true << false << u"Professional"_s;
        QTest::newRow("two") << QStringList {u"a:running:professional-db"_s, u"b:running:professional-db"_s} << true
                             << false << u"single"_s;
        QTest::newRow("seed service") << QStringList {u"a:running:professional-db"_s} << false << false << u"service"_s;
    }
    void upgradeIsForRunningProfessionalInstancesOnTheLiveService()
    {
        QFETCH(QStringList, selection);
        QFETCH(bool, live);
        QFETCH(bool, enabled);
        QFETCH(QString, reasonMentions);
        const ActionAvailability a = availability(InstanceAction::Upgrade, instances(selection), true,
            Capabilities::of(live ? ApiDialect::AuraV1 : ApiDialect::Seed));
        QCOMPARE(a.enabled, enabled);
        if (!reasonMentions.isEmpty())
            QVERIFY2(a.reason.contains(reasonMentions), qPrintable(a.reason));
    }
    void rules()
    {
        QFETCH(InstanceAction, action);
        QFETCH(QStringList, selection);
        QFETCH(bool, enabled);
        QFETCH(QString, reasonMentions);
        const ActionAvailability a
            = availability(action, instances(selection), true, Capabilities::of(ApiDialect::Seed));
        QCOMPARE(a.enabled, enabled);
        QCOMPARE(a.reason.isEmpty(), enabled);
        if (!reasonMentions.isEmpty())
            QVERIFY2(a.reason.contains(reasonMentions), qPrintable(a.reason));
    }

    void nothingWorksWithoutConnection()
    {
        for (InstanceAction action : {InstanceAction::Create, InstanceAction::Refresh, InstanceAction::Pause}) {
            const ActionAvailability a = availability(action, instances({u"a:running"_s}), false, Capabilities {});
            QVERIFY(!a.enabled);
            QVERIFY(!a.reason.isEmpty());
        }
    }

    void copyNeedsAUrl()
    {
        QList<Instance> sel = instances({u"a:creating"_s});
        sel.first().connectionUrl.clear();
        QVERIFY(!availability(InstanceAction::CopyConnectionUrl, sel, true, Capabilities {}).enabled);
    }

    void onlyPauseResumeDeleteWorkOnSeveral()
    {
        QVERIFY(worksOnSeveral(InstanceAction::Pause));
        QVERIFY(worksOnSeveral(InstanceAction::Resume));
        QVERIFY(worksOnSeveral(InstanceAction::Delete));
        QVERIFY(!worksOnSeveral(InstanceAction::Resize));
        QVERIFY(!worksOnSeveral(InstanceAction::OverwriteFromSnapshot));
    }
};

QTEST_GUILESS_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"
