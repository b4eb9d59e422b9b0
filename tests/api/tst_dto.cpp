#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "api/dto/snapshot.h"
#include "api/dto/status.h"
#include "api/dto/tenant.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Aura;

Q_DECLARE_METATYPE(std::optional<qint64>)
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::StatusCategory)
Q_DECLARE_METATYPE(Aura::NameProblem)

namespace {
// Test JSON is written with single quotes for readability (moc cannot read raw string literals here).
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"'), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}
} // namespace

class TestDto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedInstanceReadsEveryField()
    {
        const auto i
            = Instance::fromJson(parse("{'id':'a1b2c3d4','name':'Production','status':'running',"
                                       "'tenant_id':'t-1','cloud_provider':'gcp','region':'europe-west1','type':"
                                       "'enterprise-db',"
                                       "'memory':'8GB','storage':'16GB','connection_url':'neo4j+s://"
                                       "a1b2c3d4.databases.neo4j.io',"
                                       "'metrics_integration_url':'https://m/x','neo4j_version':'5'}"));
        QVERIFY(i.has_value());
        QCOMPARE(i->id, u"a1b2c3d4"_s);
        QCOMPARE(i->name, u"Production"_s);
        QCOMPARE(i->status, u"running"_s);
        QCOMPARE(i->tenantId, u"t-1"_s);
        QCOMPARE(i->cloudProvider, u"gcp"_s);
        QCOMPARE(i->region, u"europe-west1"_s);
        QCOMPARE(i->type, u"enterprise-db"_s);
        QCOMPARE(i->memory, u"8GB"_s);
        QCOMPARE(i->storage, u"16GB"_s);
        QCOMPARE(i->connectionUrl, u"neo4j+s://a1b2c3d4.databases.neo4j.io"_s);
        QCOMPARE(i->version, u"5"_s);
        QVERIFY(i->hasDetails());
    }

    // The inventory skips a list entry whose fingerprint it has seen: a change in any field must change it.
    void fingerprintChangesWithEveryField()
    {
        const auto full = Instance::fromJson(
            parse("{'id':'a1','name':'orders','status':'running','tenant_id':'t','cloud_provider':'gcp',"
                  "'region':'europe-west1','type':'enterprise-db','memory':'8GB','storage':'16GB',"
                  "'connection_url':'neo4j+s://a1','metrics_integration_url':'https://m','neo4j_version':'5',"
                  "'created_at':'2026-01-02T03:04:05Z','customer_managed_key_id':'k','cdc_enrichment_mode':'OFF',"
                  "'vector_optimized':false,'graph_analytics_plugin':false,'secondaries_count':0}"));
        QVERIFY(full.has_value());
        QCOMPARE(full->parsedFingerprint, full->fingerprint()); // the parser's thread did the hashing
        QCOMPARE(full->knownFingerprint(), full->fingerprint());
        const QList<std::function<void(Instance &)>> changes {
            [](Instance &i) { i.id += u'x'; },
            [](Instance &i) { i.name += u'x'; },
            [](Instance &i) { i.status = u"paused"_s; },
            [](Instance &i) { i.tenantId += u'x'; },
            [](Instance &i) { i.cloudProvider = u"aws"_s; },
            [](Instance &i) { i.region += u'x'; },
            [](Instance &i) { i.type = u"professional-db"_s; },
            [](Instance &i) { i.memory = u"16GB"_s; },
            [](Instance &i) { i.storage = u"32GB"_s; },
            [](Instance &i) { i.connectionUrl += u'x'; },
            [](Instance &i) { i.metricsIntegrationUrl += u'x'; },
            [](Instance &i) { i.version = u"4"_s; },
            [](Instance &i) { i.createdAt = i.createdAt.addSecs(1); },
            [](Instance &i) { i.createdAt = {}; },
            [](Instance &i) { i.customerManagedKeyId += u'x'; },
            [](Instance &i) { i.cdcEnrichmentMode = u"FULL"_s; },
            [](Instance &i) { i.vectorOptimized = true; },
            [](Instance &i) { i.vectorOptimized.reset(); },
            [](Instance &i) { i.graphAnalyticsPlugin = true; },
            [](Instance &i) { i.secondariesCount = 1; },
            [](Instance &i) { i.secondariesCount.reset(); },
            // The same characters in two neighbouring fields, split differently.
            [](Instance &i) {
                i.name = u"orders"_s + i.status;
                i.status.clear();
            },
        };
        for (qsizetype n = 0; n < changes.size(); ++n) {
            Instance changed = *full;
            changes.at(n)(changed);
            QVERIFY2(!(changed == *full), qPrintable(u"change %1"_s.arg(n)));
            QVERIFY2(changed.fingerprint() != full->fingerprint(), qPrintable(u"change %1"_s.arg(n)));
            // What the parser noted is not part of the instance: equal fields are equal instances.
            Instance same = changed;
            same.parsedFingerprint = 12345;
            QCOMPARE(same, changed);
            QCOMPARE(same.fingerprint(), changed.fingerprint());
        }
    }

    void liveSummaryHasNoDetailsAndUnknownFieldsAreIgnored()
    {
        const auto i
            = Instance::fromJson(parse("{'id':'x','name':'n','tenant_id':'t','cloud_provider':'aws',"
                                       "'created_at':'2024-03-01T10:20:30Z','some_future_field':{'nested':[1,2]},"
                                       "'secondaries_count':2,"
                                       "'vector_optimized':false}"));
        QVERIFY(i.has_value());
        QVERIFY(!i->hasDetails());
        QCOMPARE(i->createdAt, QDateTime(QDate(2024, 3, 1), QTime(10, 20, 30), Qt::UTC));
        QCOMPARE(i->secondariesCount, std::optional<qint64>(2));
        QCOMPARE(i->vectorOptimized, std::optional<bool>(false));
        QCOMPARE(i->graphAnalyticsPlugin, std::optional<bool>());
    }

    void integersOutOfRangeAreNotRead_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("small") << "3"_ba << std::optional<qint64>(3);
        QTest::newRow("as text") << "\"15\""_ba << std::optional<qint64>(15);
        QTest::newRow("1e300") << "1e300"_ba << std::optional<qint64>(); // once undefined behaviour
        QTest::newRow("-1e300") << "-1e300"_ba << std::optional<qint64>();
        QTest::newRow("2^63") << "9223372036854775808"_ba << std::optional<qint64>();
        QTest::newRow("fraction") << "2.5"_ba << std::optional<qint64>();
        QTest::newRow("2^53") << "9007199254740992"_ba << std::optional<qint64>(9007199254740992LL);
    }
    void integersOutOfRangeAreNotRead()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, expected);
        const QJsonObject o = QJsonDocument::fromJson("{\"id\":\"a\",\"secondaries_count\":" + value + "}").object();
        const auto i = Instance::fromJson(o);
        QVERIFY(i);
        QCOMPARE(i->secondariesCount, expected);
    }

    void unknownStatusAndTypeAreKeptVerbatim()
    {
        const auto i = Instance::fromJson(parse("{'id':'x','status':'Hibernating','type':'quantum-db'}"));
        QVERIFY(i.has_value());
        QCOMPARE(i->status, u"Hibernating"_s);
        QCOMPARE(i->type, u"quantum-db"_s);
        QCOMPARE(instanceStatusCategory(i->status), StatusCategory::Unknown);
    }

    void objectsWithoutIdAreRejected()
    {
        QVERIFY(!Instance::fromJson(parse("{'name':'no id'}")).has_value());
        QCOMPARE(Instance::fromJson(parse("{'id':42}"))->id, u"42"_s); // numbers are read as text
        QVERIFY(!Tenant::fromJson(parse("{'name':'t'}")).has_value());
        QVERIFY(!Snapshot::fromJson(parse("{'instance_id':'i'}")).has_value());
        QVERIFY(!InstanceCreated::fromJson(parse("{'password':'p'}")).has_value());
    }

    void mergeKeepsSummaryAndDetails()
    {
        Instance summary = *Instance::fromJson(parse("{'id':'x','name':'new name','tenant_id':'t'}"));
        const Instance details = *Instance::fromJson(parse("{'id':'x','name':'old','status':'paused','memory':'4GB'}"));
        Instance merged = details;
        merged.mergeFrom(summary);
        QCOMPARE(merged.name, u"new name"_s);
        QCOMPARE(merged.status, u"paused"_s);
        QCOMPARE(merged.memory, u"4GB"_s);
        QCOMPARE(merged.tenantId, u"t"_s);
    }

    void seedConfigurationsAreFlattened()
    {
        const auto t
            = Tenant::fromJson(parse("{'id':'t','name':'Team','instance_configurations':["
                                     "{'type':'enterprise-db','regions':[{'name':'europe-west1','cloud_provider':'gcp',"
                                     "'memory':['2GB','4GB'],'storage':['4GB','8GB']},{'name':'us-east-1'}]},"
                                     "{'type':'free-db','regions':[{'name':'europe-west1'}]},"
                                     "{'regions':[{'name':'ignored-without-type'}]}]}"));
        QVERIFY(t.has_value());
        QCOMPARE(t->configurations.size(), 4);
        const InstanceConfiguration first = t->configurations.at(0);
        QCOMPARE(first.type, u"enterprise-db"_s);
        QCOMPARE(first.region, u"europe-west1"_s);
        QCOMPARE(first.cloudProvider, u"gcp"_s);
        QCOMPARE(first.memory, u"2GB"_s);
        QCOMPARE(first.storage, u"4GB"_s);
        QCOMPARE(t->configurations.at(1).memory, u"4GB"_s);
        QCOMPARE(t->configurations.at(1).storage, u"8GB"_s);
        QCOMPARE(t->configurations.at(2).region, u"us-east-1"_s);
        QVERIFY(t->configurations.at(2).memory.isEmpty());
        QCOMPARE(t->configurations.at(3).type, u"free-db"_s);
    }

    void liveConfigurationsAreReadAsRows()
    {
        const auto t = Tenant::fromJson(parse("{'id':'t','name':'n','instance_configurations':["
                                              "{'region':'europe-west1','region_name':'Belgium','type':"
                                              "'enterprise-db','memory':'4GB',"
                                              "'storage':'8GB','version':'5','cloud_provider':'gcp'}]}"));
        QVERIFY(t.has_value());
        QCOMPARE(t->configurations.size(), 1);
        const InstanceConfiguration expected {
            u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium"_s, u"4GB"_s, u"8GB"_s, u"5"_s};
        QCOMPARE(t->configurations.first(), expected);
    }

    void snapshotFields()
    {
        const auto s
            = Snapshot::fromJson(parse("{'snapshot_id':'s1','instance_id':'i1','status':'InProgress',"
                                       "'timestamp':'2025-01-02T03:04:05.678Z','exportable':true,'profile':'AdHoc'}"));
        QVERIFY(s.has_value());
        QCOMPARE(s->status, u"InProgress"_s);
        QCOMPARE(s->timestamp, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        QCOMPARE(s->exportable, std::optional<bool>(true));
        QCOMPARE(snapshotStatusCategory(s->status), StatusCategory::InProgress);
    }

    void createRequestLeavesOutEmptyOptionalFields()
    {
        CreateInstanceRequest r {
            u"t"_s, u"db"_s, u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"8GB"_s, {}, {}, {}, {}, {}, {}, {}};
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value("tenant_id"_L1).toString(), u"t"_s);
        QCOMPARE(o.value("memory"_L1).toString(), u"8GB"_s);
        QVERIFY(!o.contains("version"_L1));
        QVERIFY(!o.contains("source_snapshot_id"_L1));
        r.version = u"5"_s;
        QCOMPARE(r.toJson().value("version"_L1).toString(), u"5"_s);
    }

    void updateRequestSendsOnlyWhatChanges()
    {
        UpdateInstanceRequest r;
        QVERIFY(r.isEmpty());
        r.memory = u"16GB"_s;
        QCOMPARE(r.toJson(), QJsonObject({{"memory"_L1, "16GB"_L1}}));
    }

    void instanceStatusCategories_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<StatusCategory>("category");
        QTest::newRow("running") << u"running"_s << StatusCategory::Stable;
        QTest::newRow("paused") << u"paused"_s << StatusCategory::Stable;
        QTest::newRow("creating") << u"creating"_s << StatusCategory::InProgress;
        QTest::newRow("resuming") << u"resuming"_s << StatusCategory::InProgress;
        QTest::newRow("overwriting (live)") << u"overwriting"_s << StatusCategory::InProgress;
        QTest::newRow("loading failed (live)") << u"loading failed"_s << StatusCategory::Failed;
        QTest::newRow("destroyed") << u"destroyed"_s << StatusCategory::Gone;
        QTest::newRow("case and space") << u" Running "_s << StatusCategory::Stable;
        QTest::newRow("unknown") << u"defrosting"_s << StatusCategory::Unknown;
        QTest::newRow("empty") << QString() << StatusCategory::NotYetKnown; // a summary: details on their way
    }
    void instanceStatusCategories()
    {
        QFETCH(QString, status);
        QFETCH(StatusCategory, category);
        QCOMPARE(instanceStatusCategory(status), category);
        QCOMPARE(isTransitional(status), category == StatusCategory::InProgress);
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<NameProblem>("problem");
        QTest::newRow("ok") << u"Production"_s << NameProblem::None;
        QTest::newRow("inner spaces") << u"my graph db"_s << NameProblem::None;
        QTest::newRow("30 chars") << QString(30, u'x') << NameProblem::None;
        QTest::newRow("31 chars") << QString(31, u'x') << NameProblem::TooLong;
        QTest::newRow("empty") << QString() << NameProblem::Empty;
        QTest::newRow("leading") << u" db"_s << NameProblem::SurroundingSpace;
        QTest::newRow("trailing tab") << u"db\t"_s << NameProblem::SurroundingSpace;
    }
    void nameRules()
    {
        QFETCH(QString, name);
        QFETCH(NameProblem, problem);
        QCOMPARE(checkInstanceName(name), problem);
    }
};

QTEST_GUILESS_MAIN(TestDto)
#include "tst_dto.moc"
