#include "sandbox/demodata.h"
#include "sandboxrig.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

namespace {

const QString Production = u"7c4a1b2e-3d5f-4a6b-8c9d-0e1f2a3b4c5d"_s;
const QString FreeInstance = u"3f4e5d6c"_s; // movies-playground, running
const QString Critical = u"9b3e7d52"_s; // customer-360, business-critical, running: daily and hourly snapshots
const QString ProductionKey = u"8c764aed-8eb3-4a1c-92f6-e4ef0c7a6ed9"_s; // used by orders-graph (4f8a2c1d)

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

// The live dialect's snapshots (by day, profiles, Pending), restore in place, clone, overwrite from a fresh
// snapshot, the metrics endpoints and customer-managed keys in use, over real HTTP with a moved clock.
class TestSandboxLiveSnapshots : public QObject
{
    Q_OBJECT
private:
    SandboxRig m_rig;
    SandboxClient &client() { return *m_rig.client; }
    void later(double seconds) { m_rig.later(seconds); }
    const Durations &durations() const { return m_rig.durations(); }
    QJsonArray snapshotsOf(const QString &id, const QString &query = {})
    {
        return client().get(u"/v1/instances/%1/snapshots%2"_s.arg(id, query)).dataArray();
    }

private Q_SLOTS:
    void init() { QVERIFY(m_rig.start(u"aura-v1"_s)); }
    void cleanup() { m_rig.stop(); }

    void snapshotsAreListedOneDayAtATime()
    {
        const QJsonArray today = snapshotsOf(Critical); // default: today
        const QJsonArray yesterday = snapshotsOf(Critical, u"?date="_s + day(m_rig.now - 24 * 3600 * 1000));
        QVERIFY(!yesterday.isEmpty());
        for (const QJsonValue &v : yesterday) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value("timestamp"_L1).toString().left(10), day(m_rig.now - 24 * 3600 * 1000));
            QCOMPARE(s.value("profile"_L1).toString(), u"Scheduled"_s);
        }
        for (const QJsonValue &v : today)
            QCOMPARE(v.toObject().value("timestamp"_L1).toString().left(10), day(m_rig.now));
        // Hourly snapshots are differential (not exportable), the daily one a full one.
        const auto exportable = std::count_if(yesterday.begin(), yesterday.end(),
            [](const QJsonValue &v) { return v.toObject().value("exportable"_L1).toBool(); });
        QCOMPARE(exportable, 1);
        QVERIFY(yesterday.size() > 1);
        QVERIFY(snapshotsOf(Critical, u"?date=2001-01-01"_s).isEmpty());
        for (const QString &bad : {u"yesterday"_s, u"2026-13-01"_s, u"2026-1-1"_s}) {
            const HttpResult r = client().get(u"/v1/instances/%1/snapshots?date=%2"_s.arg(Critical, bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.firstError().value("field"_L1).toString(), u"date"_s);
        }
    }

    void anOnDemandSnapshotIsQueuedThenTaken()
    {
        const HttpResult taken = client().post(u"/v1/instances/%1/snapshots"_s.arg(Critical));
        QCOMPARE(taken.status, 202);
        QCOMPARE(taken.data().keys(), QStringList {u"snapshot_id"_s}); // nothing else in the answer
        const QString path
            = u"/v1/instances/%1/snapshots/%2"_s.arg(Critical, taken.data().value("snapshot_id"_L1).toString());
        QJsonObject s = client().get(path).data();
        QCOMPARE(s.value("status"_L1).toString(), u"Pending"_s);
        QCOMPARE(s.value("profile"_L1).toString(), u"AdHoc"_s);
        later(durations().snapshotPending);
        QCOMPARE(client().get(path).data().value("status"_L1).toString(), u"InProgress"_s);
        later(durations().snapshot);
        s = client().get(path).data();
        QCOMPARE(s.value("status"_L1).toString(), u"Completed"_s);
        QVERIFY(s.value("exportable"_L1).toBool());
        const HttpResult free = client().post(u"/v1/instances/%1/snapshots"_s.arg(FreeInstance));
        QCOMPARE(free.status, 402);
    }

    void cancelledAndFailedSnapshotsAreShownAsSuch()
    {
        QStringList statuses;
        for (const QString &id : {u"9b3e7d52"_s, u"1e2d3c4b"_s}) {
            for (qint64 daysAgo = 0; daysAgo <= 4; ++daysAgo) {
                const QJsonArray list = snapshotsOf(id, u"?date="_s + day(m_rig.now - daysAgo * 24 * 3600 * 1000));
                for (const QJsonValue &v : list)
                    statuses << v.toObject().value("status"_L1).toString();
            }
        }
        QVERIFY(statuses.contains(u"Failed"_s));
        QVERIFY(statuses.contains(u"Cancelled"_s));
    }

    void restoreReplacesTheInstancesOwnData()
    {
        const QString id = m_rig.running();
        const QString snapshotId = m_rig.completedSnapshot(id);
        const qsizetype instances = client().get(u"/v1/instances"_s).dataArray().size();
        const QString path = u"/v1/instances/%1/snapshots/%2/restore"_s.arg(id, snapshotId);
        const HttpResult restored = client().send("POST", path, "{}");
        QCOMPARE(restored.status, 202);
        QCOMPARE(restored.data().value("id"_L1).toString(), id); // the same instance
        QCOMPARE(restored.data().value("status"_L1).toString(), u"restoring"_s);
        QVERIFY(!restored.data().contains("password"_L1));
        QCOMPARE(client().get(u"/v1/instances"_s).dataArray().size(), instances); // no new instance
        QCOMPARE(client().send("POST", path, "{}").status, 409);
        later(durations().restoring);
        QCOMPARE(client().status(id), u"running"_s);
        QCOMPARE(client().send("POST", u"/v1/instances/%1/snapshots/nope/restore"_s.arg(id), "{}").status, 404);
    }

    void aCloneStartsFromAnExportableSnapshotAtLeastAsLarge()
    {
        const QString source = m_rig.running(u"8GB"_s);
        const QString snapshotId = m_rig.completedSnapshot(source);
        QJsonObject body = SandboxRig::spec(u"8GB"_s, u"professional-db"_s, u"copy"_s);
        body.insert("source_instance_id"_L1, source);
        body.insert("source_snapshot_id"_L1, snapshotId);
        const HttpResult cloned = client().post(u"/v1/instances"_s, body);
        QCOMPARE(cloned.status, 202);
        const QString copy = cloned.data().value("id"_L1).toString();
        QVERIFY(copy != source);
        QVERIFY(cloned.data().value("password"_L1).toString().size() >= 32);
        QCOMPARE(client().status(copy), u"loading"_s);
        later(durations().loading);
        QCOMPARE(client().status(copy), u"running"_s);

        body.insert("memory"_L1, u"4GB"_s);
        const HttpResult smaller = client().post(u"/v1/instances"_s, body);
        QCOMPARE(smaller.status, 400);
        QCOMPARE(smaller.firstError().value("field"_L1).toString(), u"memory"_s);

        // An hourly snapshot is differential: nothing can be made from it.
        QString hourly;
        for (const QJsonValue &v : snapshotsOf(Critical)) {
            if (!v.toObject().value("exportable"_L1).toBool())
                hourly = v.toObject().value("snapshot_id"_L1).toString();
        }
        QVERIFY(!hourly.isEmpty());
        QJsonObject fromHourly = SandboxRig::spec(u"64GB"_s, u"business-critical"_s);
        fromHourly.insert("source_instance_id"_L1, Critical);
        fromHourly.insert("source_snapshot_id"_L1, hourly);
        const HttpResult refused = client().post(u"/v1/instances"_s, fromHourly);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.firstError().value("reason"_L1).toString(), u"snapshot-not-exportable"_s);

        // Without a snapshot, a fresh one of the running source is taken.
        body.insert("memory"_L1, u"8GB"_s);
        body.remove("source_snapshot_id"_L1);
        const qsizetype before = snapshotsOf(source).size();
        QCOMPARE(client().post(u"/v1/instances"_s, body).status, 202);
        QCOMPARE(snapshotsOf(source).size(), before + 1);
    }

    void overwriteTakesAFreshSnapshotWhenNoneIsNamed()
    {
        const QString target = m_rig.running();
        const QString source = m_rig.running();
        const qsizetype before = snapshotsOf(source).size();
        const HttpResult r = client().post(
            u"/v1/instances/%1/overwrite"_s.arg(target), QJsonObject {{"source_instance_id"_L1, source}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.data().value("status"_L1).toString(), u"overwriting"_s);
        const QJsonArray after = snapshotsOf(source);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().toObject().value("profile"_L1).toString(), u"AdHoc"_s);
        later(durations().restoring);
        QCOMPARE(client().status(target), u"running"_s);
        const HttpResult noSource = client().post(u"/v1/instances/%1/overwrite"_s.arg(target), QJsonObject {});
        QCOMPARE(noSource.status, 400);
        QCOMPARE(noSource.firstError().value("field"_L1).toString(), u"source_instance_id"_s);
    }

    void metricsAreServedForTheTokenOnly()
    {
        const HttpResult integration = client().get(u"/v1/tenants/%1/metrics-integration"_s.arg(Production));
        QCOMPARE(integration.status, 200);
        const QUrl endpoint(integration.data().value("endpoint"_L1).toString());
        QCOMPARE(endpoint.host(), u"127.0.0.1"_s);
        QCOMPARE(endpoint.port(), int(m_rig.server->port()));
        QNetworkRequest request(endpoint);
        request.setRawHeader("Authorization", "Bearer " + client().token());
        const HttpResult scraped = SandboxClient::wait(client().network().get(request));
        QCOMPARE(scraped.status, 200);
        QVERIFY(scraped.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        QVERIFY(scraped.body.contains("neo4j_aura_cpu_usage{"));
        QVERIFY(scraped.body.contains(QByteArray("instance_id=\"" + Critical.toLatin1() + '"')));
        QVERIFY(!scraped.body.contains("instance_id=\"5d6e7f80\"")); // supply-chain is paused: no samples
        const HttpResult anonymous = SandboxClient::wait(client().network().get(QNetworkRequest(endpoint)));
        QCOMPARE(anonymous.status, 401);

        // The instance's own URL covers that instance alone.
        const QUrl own(
            client().get(u"/v1/instances/"_s + Critical).data().value("metrics_integration_url"_L1).toString());
        QNetworkRequest one(own);
        one.setRawHeader("Authorization", "Bearer " + client().token());
        const HttpResult mine = SandboxClient::wait(client().network().get(one));
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.body.contains(Critical.toLatin1()));
        QVERIFY(!mine.body.contains("4f8a2c1d"));
        QCOMPARE(client().get(u"/v1/tenants/nope/metrics-integration"_s).status, 404);
    }

    void aProjectOfFreeInstancesOnlyHasNoMetrics()
    {
        SandboxData data;
        data.tenants << TenantRecord {u"t1"_s, u"Free only"_s, liveOffers(true)};
        InstanceRecord free;
        free.id = u"aaaa0001"_s;
        free.name = u"free"_s;
        free.tenantId = u"t1"_s;
        free.type = u"free-db"_s;
        free.cloudProvider = u"gcp"_s;
        free.region = u"europe-west1"_s;
        free.memory = u"1GB"_s;
        free.storage = u"2GB"_s;
        data.instances << free;
        m_rig.server->state().reset(data);
        const HttpResult r = client().get(u"/v1/tenants/t1/metrics-integration"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstError().value("reason"_L1).toString(), u"tenant-incapable-of-action"_s);
    }

    void aKeyMustBeReadyAndCannotGoWhileInUse()
    {
        const QJsonObject keyBody {{"name"_L1, u"Orders key"_s}, {"tenant_id"_L1, Production},
            {"cloud_provider"_L1, u"aws"_s}, {"region"_L1, u"us-east-1"_s}, {"instance_type"_L1, u"enterprise-db"_s},
            {"key_id"_L1, u"arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555"_s}};
        const HttpResult key = client().post(u"/v1/customer-managed-keys"_s, keyBody);
        QCOMPARE(key.status, 202);
        const QString keyId = key.data().value("id"_L1).toString();
        QCOMPARE(key.data().value("status"_L1).toString(), u"pending"_s);
        QJsonObject instance = SandboxRig::spec(u"8GB"_s, u"enterprise-db"_s);
        instance.insert("tenant_id"_L1, Production);
        instance.insert("cloud_provider"_L1, u"aws"_s);
        instance.insert("region"_L1, u"us-east-1"_s);
        instance.insert("customer_managed_key_id"_L1, keyId);
        const HttpResult early = client().post(u"/v1/instances"_s, instance);
        QCOMPARE(early.status, 400);
        QCOMPARE(early.firstError().value("reason"_L1).toString(), u"encryption-key-not-ready"_s);
        later(60);
        const HttpResult created = client().post(u"/v1/instances"_s, instance);
        QCOMPARE(created.status, 202);
        const QString id = created.data().value("id"_L1).toString();
        QCOMPARE(client().get(u"/v1/instances/"_s + id).data().value("customer_managed_key_id"_L1).toString(), keyId);
        const HttpResult inUse = client().send("DELETE", u"/v1/customer-managed-keys/"_s + keyId);
        QCOMPARE(inUse.status, 400);
        QCOMPARE(inUse.firstError().value("reason"_L1).toString(), u"encryption-key-is-active"_s);
        QCOMPARE(client().send("DELETE", u"/v1/customer-managed-keys/"_s + ProductionKey).status, 400);
        later(durations().creating);
        QCOMPARE(client().send("DELETE", u"/v1/instances/"_s + id).status, 202);
        later(durations().destroying);
        QCOMPARE(client().send("DELETE", u"/v1/customer-managed-keys/"_s + keyId).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLiveSnapshots)
#include "tst_sandboxlivesnapshots.moc"
