#include "sandboxrig.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

namespace {

const QString Production = u"7c4a1b2e-3d5f-4a6b-8c9d-0e1f2a3b4c5d"_s;
const QString Staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s;
const QString FreeInstance = u"3f4e5d6c"_s; // movies-playground, running
const QString Critical = u"9b3e7d52"_s; // customer-360, business-critical, running

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.begin(), keys.end()};
}

} // namespace

// What only the live service's dialect does, over real HTTP: tenants and instances, the rules of create and
// change, limits and the errors of the layers in front of the API (spec/aura-v1-official.yaml and the notes in
// its README). Snapshots, restore, clone, overwrite, metrics and keys: tst_sandboxlivesnapshots.
class TestSandboxLiveApi : public QObject
{
    Q_OBJECT
private:
    SandboxRig m_rig;
    SandboxClient &client() { return *m_rig.client; }
    void later(double seconds) { m_rig.later(seconds); }
    const Durations &durations() const { return m_rig.durations(); }

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(u"aura-v1"_s)); }
    void cleanup() { m_rig.stop(); }

    void listsCarrySummariesOnly()
    {
        const HttpResult tenants = client().get(u"/v1/tenants"_s);
        QCOMPARE(tenants.status, 200);
        QCOMPARE(tenants.dataArray().size(), 3);
        for (const QJsonValue &t : tenants.dataArray())
            QCOMPARE(keysOf(t.toObject()), (QSet<QString> {u"id"_s, u"name"_s}));
        const HttpResult instances = client().get(u"/v1/instances"_s);
        QCOMPARE(instances.status, 200);
        QCOMPARE(instances.dataArray().size(), 12);
        for (const QJsonValue &v : instances.dataArray()) {
            const QJsonObject i = v.toObject();
            QCOMPARE(
                keysOf(i), (QSet<QString> {u"id"_s, u"name"_s, u"tenant_id"_s, u"cloud_provider"_s, u"created_at"_s}));
            QVERIFY(QDateTime::fromString(i.value("created_at"_L1).toString(), Qt::ISODate).isValid());
        }
        const HttpResult some = client().get(u"/v1/instances?tenantId="_s + Production);
        QCOMPARE(some.dataArray().size(), 4);
    }

    void theTenantDetailListsEveryAllowedCombinationFlat()
    {
        const HttpResult r = client().get(u"/v1/tenants/"_s + Production);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.data().value("instance_configurations"_L1).toArray();
        QVERIFY(rows.size() > 100);
        QSet<QString> types;
        QSet<QString> versions;
        QHash<QString, QSet<QString>> storageByMemory; // enterprise-db in europe-west1
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QCOMPARE(keysOf(row),
                (QSet<QString> {u"region"_s, u"region_name"_s, u"type"_s, u"memory"_s, u"storage"_s, u"version"_s,
                    u"cloud_provider"_s}));
            types << row.value("type"_L1).toString();
            versions << row.value("version"_L1).toString();
            if (row.value("type"_L1) == u"enterprise-db"_s && row.value("region"_L1) == u"europe-west1"_s)
                storageByMemory[row.value("memory"_L1).toString()] << row.value("storage"_L1).toString();
        }
        QVERIFY(types.contains(u"business-critical"_s));
        QVERIFY(types.contains(u"professional-ds"_s));
        QVERIFY(!types.contains(u"free-db"_s)); // the production project has no free tier
        QCOMPARE(versions, (QSet<QString> {u"4"_s, u"5"_s}));
        QCOMPARE(storageByMemory.value(u"8GB"_s), (QSet<QString> {u"16GB"_s, u"32GB"_s})); // storage beyond default
        const HttpResult missing = client().get(u"/v1/tenants/nope"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.firstError().value("reason"_L1).toString(), u"tenant-not-found"_s);
    }

    void theDetailCarriesTheLiveFields()
    {
        const QJsonObject i = client().get(u"/v1/instances/4f8a2c1d"_s).data(); // orders-graph, enterprise-db
        QCOMPARE(i.value("status"_L1).toString(), u"running"_s);
        QCOMPARE(i.value("secondaries_count"_L1).toInt(), 2);
        QCOMPARE(i.value("cdc_enrichment_mode"_L1).toString(), u"DIFF"_s);
        QCOMPARE(i.value("customer_managed_key_id"_L1).toString(), u"8c764aed-8eb3-4a1c-92f6-e4ef0c7a6ed9"_s);
        QVERIFY(i.value("metrics_integration_url"_L1).toString().endsWith(u"/4f8a2c1d/metrics"_s));
        QVERIFY(!i.contains("neo4j_version"_L1));
        const QJsonObject free = client().get(u"/v1/instances/"_s + FreeInstance).data();
        QVERIFY(free.value("graph_nodes"_L1).isString());
        QVERIFY(free.value("graph_relationships"_L1).isString());
        QVERIFY(!free.contains("metrics_integration_url"_L1));
    }

    void createAnswersWithoutStatus()
    {
        QJsonObject body = SandboxRig::spec(u"4GB"_s);
        body.insert("vector_optimized"_L1, true);
        body.insert("graph_analytics_plugin"_L1, true);
        const HttpResult r = client().post(u"/v1/instances"_s, body);
        QCOMPARE(r.status, 202);
        const QJsonObject d = r.data();
        for (const char *key : {"id", "connection_url", "username", "password", "tenant_id", "cloud_provider", "region",
                 "type", "name", "created_at"})
            QVERIFY2(d.value(QLatin1StringView(key)).isString(), key);
        QVERIFY(!d.contains("status"_L1));
        QCOMPARE(d.value("vector_optimized"_L1).toBool(), true);
        const QJsonObject detail = client().get(u"/v1/instances/"_s + d.value("id"_L1).toString()).data();
        QCOMPARE(detail.value("status"_L1).toString(), u"creating"_s);
        QCOMPARE(detail.value("graph_analytics_plugin"_L1).toBool(), true);
        QCOMPARE(detail.value("storage"_L1).toString(), u"8GB"_s);
    }

    void createRefusesWhatTheLiveServiceRefuses_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject o = SandboxRig::spec();
            if (value.isUndefined())
                o.remove(QLatin1StringView(key));
            else
                o.insert(QLatin1StringView(key), value);
            return o;
        };
        QTest::newRow("no version") << with("version", QJsonValue::Undefined) << u"version"_s << u"missing-field"_s;
        QTest::newRow("version 6") << with("version", u"6"_s) << u"version"_s << u"invalid-field"_s;
        QTest::newRow("leading space") << with("name", u" orders"_s) << u"name"_s << u"invalid-field"_s;
        QTest::newRow("trailing space") << with("name", u"orders "_s) << u"name"_s << u"invalid-field"_s;
        QTest::newRow("name of 31") << with("name", QString(31, u'a')) << u"name"_s << u"invalid-field"_s;
        QTest::newRow("storage not offered")
            << with("storage", u"64GB"_s) << u"storage"_s << u"invalid-configuration"_s;
        QTest::newRow("clone without source")
            << with("source_snapshot_id", u"abc"_s) << u"source_instance_id"_s << u"missing-field"_s;
        QTest::newRow("unknown type") << with("type", u"huge-db"_s) << u"type"_s << u"invalid-field"_s;
        QJsonObject vector = with("memory", u"2GB"_s);
        vector.insert("vector_optimized"_L1, true);
        QTest::newRow("vector optimized below 4GB") << vector << u"vector_optimized"_s << u"invalid-field"_s;
        QJsonObject plugin = SandboxRig::spec(u"8GB"_s, u"business-critical"_s);
        plugin.insert("graph_analytics_plugin"_L1, true);
        QTest::newRow("plugin on business-critical") << plugin << u"graph_analytics_plugin"_s << u"invalid-field"_s;
        QJsonObject key = SandboxRig::spec();
        key.insert("customer_managed_key_id"_L1, u"8c764aed-8eb3-4a1c-92f6-e4ef0c7a6ed9"_s); // another project's
        QTest::newRow("another project's key") << key << u"customer_managed_key_id"_s << QString();
    }
    void createRefusesWhatTheLiveServiceRefuses()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const HttpResult r = client().post(u"/v1/instances"_s, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstError().value("field"_L1).toString(), field);
        if (!reason.isEmpty())
            QCOMPARE(r.firstError().value("reason"_L1).toString(), reason);
        QCOMPARE(client().get(u"/v1/instances"_s).dataArray().size(), 12); // nothing created
    }

    void oneFreeInstancePerAccountAndALimitPerProject()
    {
        const HttpResult free = client().post(u"/v1/instances"_s, SandboxRig::spec(u"1GB"_s, u"free-db"_s));
        QCOMPARE(free.status, 405);
        QCOMPARE(free.firstError().value("reason"_L1).toString(), u"free-instance-limit-reached"_s);
        const int inStaging = static_cast<int>(client().get(u"/v1/instances?tenantId="_s + Staging).dataArray().size());
        m_rig.server->state().setInstanceLimit(inStaging + 1);
        QCOMPARE(client().post(u"/v1/instances"_s, SandboxRig::spec()).status, 202);
        const HttpResult full = client().post(u"/v1/instances"_s, SandboxRig::spec());
        QCOMPARE(full.status, 405);
        QCOMPARE(full.firstError().value("reason"_L1).toString(), u"instance-limit-reached"_s);
    }

    void postAndPatchNeedAJsonContentType()
    {
        for (const auto &[method, path] : {std::pair {"POST"_ba, u"/v1/instances"_s},
                 std::pair {"POST"_ba, u"/v1/instances/%1/pause"_s.arg(Critical)},
                 std::pair {"PATCH"_ba, u"/v1/instances/%1"_s.arg(Critical)}}) {
            QNetworkRequest request(client().url(path));
            request.setRawHeader("Authorization", "Bearer " + client().token());
            request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain"_ba);
            const HttpResult r = SandboxClient::wait(
                client().network().sendCustomRequest(request, method, QJsonDocument(SandboxRig::spec()).toJson()));
            QCOMPARE(r.status, 415);
            QVERIFY2(r.isFrontError(u"aura-v1"_s, {}), r.body.constData());
        }
        QCOMPARE(client().status(Critical), u"running"_s); // the pause was not carried out
        QCOMPARE(client().get(u"/v1/instances"_s).dataArray().size(), 12);
        QCOMPARE(client().post(u"/v1/instances/%1/pause"_s.arg(Critical)).status, 202); // with it, it is
    }

    void theLayersInFrontAnswerInTheMiddlewareShape()
    {
        SandboxClient anonymous(m_rig.root());
        const HttpResult unauthenticated = anonymous.get(u"/v1/instances"_s);
        QCOMPARE(unauthenticated.status, 401);
        QVERIFY(unauthenticated.isFrontError(u"aura-v1"_s, {}));
        QVERIFY(!unauthenticated.header("X-Request-Id").isEmpty());
        QCOMPARE(client().send("PUT", u"/_sandbox/faults"_s, R"({"too_many_requests_rate": 1})").status, 200);
        const HttpResult throttled = client().get(u"/v1/instances"_s);
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.isFrontError(u"aura-v1"_s, {}));
        QCOMPARE(throttled.header("Retry-After"), "2"_ba);
        QCOMPARE(client().send("DELETE", u"/_sandbox/faults"_s).status, 200);
        QCOMPARE(client().send("POST", u"/_sandbox/tokens/expire"_s).status, 200);
        const HttpResult expired = client().get(u"/v1/instances"_s);
        QCOMPARE(expired.status, 403);
        QVERIFY(expired.isFrontError(u"aura-v1"_s, {}));
        QVERIFY(client().authenticate());
        const HttpResult overwriteFree = client().post(
            u"/v1/instances/%1/overwrite"_s.arg(FreeInstance), QJsonObject {{"source_instance_id"_L1, Critical}});
        QCOMPARE(overwriteFree.status, 420);
        QVERIFY(overwriteFree.isFrontError(u"aura-v1"_s, {}));
        const HttpResult missing = client().get(u"/v1/instances/ffffffff"_s); // the API's own: {"errors": [...]}
        QCOMPARE(missing.firstError().value("reason"_L1).toString(), u"db-not-found"_s);
    }

    void aResizeIsAcceptedEmptyAndLandsLater()
    {
        const QString id = m_rig.running(u"4GB"_s);
        const HttpResult accepted = client().patch(u"/v1/instances/"_s + id, QJsonObject {{"memory"_L1, u"8GB"_s}});
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.json, QJsonObject {});
        QJsonObject i = client().get(u"/v1/instances/"_s + id).data();
        QCOMPARE(i.value("status"_L1).toString(), u"updating"_s);
        QCOMPARE(i.value("memory"_L1).toString(), u"4GB"_s);
        later(durations().updating);
        i = client().get(u"/v1/instances/"_s + id).data();
        QCOMPARE(i.value("memory"_L1).toString(), u"8GB"_s);
        QCOMPARE(i.value("storage"_L1).toString(), u"16GB"_s);
        // Vector optimization and the Graph Analytics plugin change the same way.
        QCOMPARE(client().patch(u"/v1/instances/"_s + id, QJsonObject {{"vector_optimized"_L1, true}}).status, 202);
        QCOMPARE(client().get(u"/v1/instances/"_s + id).data().value("vector_optimized"_L1).toBool(), false);
        later(durations().updating);
        QCOMPARE(client().get(u"/v1/instances/"_s + id).data().value("vector_optimized"_L1).toBool(), true);
        const HttpResult renamed = client().patch(u"/v1/instances/"_s + id, QJsonObject {{"name"_L1, u"new"_s}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.data().value("name"_L1).toString(), u"new"_s);
    }

    void secondariesCdcAndStorageWhereTheTierHasThem_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("secondaries on business-critical")
            << Critical << QJsonObject {{"secondaries_count"_L1, 3}} << 202 << QString();
        QTest::newRow("too many secondaries")
            << Critical << QJsonObject {{"secondaries_count"_L1, 16}} << 400 << u"secondaries_count"_s;
        QTest::newRow("secondaries of 1e300")
            << Critical << QJsonObject {{"secondaries_count"_L1, 1e300}} << 400 << u"secondaries_count"_s;
        QTest::newRow("secondaries of 1.5")
            << Critical << QJsonObject {{"secondaries_count"_L1, 1.5}} << 400 << u"secondaries_count"_s;
        QTest::newRow("CDC off") << Critical << QJsonObject {{"cdc_enrichment_mode"_L1, u"OFF"_s}} << 202 << QString();
        QTest::newRow("CDC unknown") << Critical << QJsonObject {{"cdc_enrichment_mode"_L1, u"ALL"_s}} << 400
                                     << u"cdc_enrichment_mode"_s;
        QTest::newRow("more storage") << Critical << QJsonObject {{"storage"_L1, u"256GB"_s}} << 202 << QString();
        QTest::newRow("storage not offered")
            << Critical << QJsonObject {{"storage"_L1, u"100GB"_s}} << 400 << u"storage"_s;
        QTest::newRow("secondaries on free")
            << FreeInstance << QJsonObject {{"secondaries_count"_L1, 1}} << 400 << u"secondaries_count"_s;
        QTest::newRow("CDC on free") << FreeInstance << QJsonObject {{"cdc_enrichment_mode"_L1, u"DIFF"_s}} << 400
                                     << u"cdc_enrichment_mode"_s;
    }
    void secondariesCdcAndStorageWhereTheTierHasThem()
    {
        QFETCH(QString, instance);
        QFETCH(QJsonObject, change);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpResult r = client().patch(u"/v1/instances/"_s + instance, change);
        QCOMPARE(r.status, status);
        if (status != 202) {
            QCOMPARE(r.firstError().value("field"_L1).toString(), field);
            QCOMPARE(client().status(instance), u"running"_s);
            return;
        }
        QCOMPARE(client().status(instance), u"updating"_s);
        later(durations().updating);
        const QJsonObject after = client().get(u"/v1/instances/"_s + instance).data();
        const QString key = change.keys().first();
        QCOMPARE(after.value(key), change.value(key));
    }

    void deleteAnswersTheInstanceDestroyingThenItIsGone()
    {
        const QString id = m_rig.running();
        const HttpResult deleted = client().send("DELETE", u"/v1/instances/"_s + id);
        QCOMPARE(deleted.status, 202);
        QCOMPARE(deleted.data().value("id"_L1).toString(), id);
        QCOMPARE(deleted.data().value("status"_L1).toString(), u"destroying"_s);
        later(durations().destroying - 1);
        QCOMPARE(client().status(id), u"destroying"_s);
        later(1);
        QCOMPARE(client().get(u"/v1/instances/"_s + id).status, 404); // no "destroyed" on the live service
    }

    void upgradeMakesAProfessionalInstanceBusinessCritical()
    {
        const QString id = m_rig.running(u"8GB"_s);
        const HttpResult half
            = client().post(u"/v1/instances/%1/upgrade"_s.arg(id), QJsonObject {{"memory"_L1, u"16GB"_s}});
        QCOMPARE(half.status, 400); // memory and storage together or not at all
        const HttpResult upgraded = client().post(u"/v1/instances/%1/upgrade"_s.arg(id));
        QCOMPARE(upgraded.status, 200);
        QCOMPARE(upgraded.data().value("type"_L1).toString(), u"business-critical"_s);
        QCOMPARE(upgraded.data().value("status"_L1).toString(), u"running"_s);
        QCOMPARE(client().post(u"/v1/instances/%1/upgrade"_s.arg(id)).status, 400); // it is not professional any more
        QCOMPARE(client().post(u"/v1/instances/%1/upgrade"_s.arg(Critical)).status, 400);
        const QString other = m_rig.running(u"8GB"_s);
        const HttpResult bigger = client().post(u"/v1/instances/%1/upgrade"_s.arg(other),
            QJsonObject {{"memory"_L1, u"16GB"_s}, {"storage"_L1, u"32GB"_s}});
        QCOMPARE(bigger.status, 200);
        QCOMPARE(bigger.data().value("status"_L1).toString(), u"updating"_s);
        later(durations().updating);
        QCOMPARE(client().get(u"/v1/instances/"_s + other).data().value("memory"_L1).toString(), u"16GB"_s);
        QCOMPARE(client().post(u"/v1/instances/ffffffff/upgrade"_s).status, 404);
    }

    void statusesNoOperationLeadsToComeFromTheControlEndpoint()
    {
        const QString id = m_rig.running();
        QCOMPARE(
            client().send("PUT", u"/_sandbox/instances/%1/status"_s.arg(id), R"({"status": "suspended"})").status, 200);
        QCOMPARE(client().status(id), u"suspended"_s);
        const HttpResult resume = client().post(u"/v1/instances/%1/resume"_s.arg(id));
        QCOMPARE(resume.status, 409); // only support brings a suspended instance back
        QCOMPARE(
            client().send("PUT", u"/_sandbox/instances/%1/status"_s.arg(id), R"({"status": "loading failed"})").status,
            200);
        QCOMPARE(client().status(id), u"loading failed"_s);
        QCOMPARE(client().send("PUT", u"/_sandbox/instances/%1/status"_s.arg(id), R"({"status": "suspending"})").status,
            200);
        QCOMPARE(client().status(id), u"suspending"_s);
        later(durations().settling);
        QCOMPARE(client().status(id), u"suspended"_s);
        QCOMPARE(
            client().send("PUT", u"/_sandbox/instances/%1/status"_s.arg(id), R"({"status": "asleep"})").status, 400);
        QCOMPARE(client().send("PUT", u"/_sandbox/instances/ffffffff/status"_s, R"({"status": "paused"})").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLiveApi)
#include "tst_sandboxliveapi.moc"
