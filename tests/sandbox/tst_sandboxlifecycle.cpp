#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

namespace {

const QString Staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s; // a demo tenant of both dialects

// Where the dialects answer the same operation differently; everything else in the life cycle is shared.
struct Expected
{
    int action; // pause, resume, overwrite
    int change; // a resize
    bool changeAnswersInstance;
    bool deleteAnswersInstance;
    bool showsDestroyed;
    QString overwriteStatus;
};

Expected expected(const QString &dialect)
{
    if (dialect == u"seed")
        return {200, 200, true, false, true, u"restoring"_s};
    return {202, 202, false, true, false, u"overwriting"_s};
}

} // namespace

// One instance's whole life over real HTTP, the same test body once per dialect: what both dialects share is
// asserted alike, what differs is read from a small table of expectations.
class TestSandboxLifecycle : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 1'800'000'000'000;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    void later(double seconds)
    {
        m_now += qRound64(seconds * 1000);
        m_server->state().advance();
    }
    const Durations &durations() const { return m_server->state().durations(); }
    QString status(const QString &id) { return m_client->status(id); }

private Q_SLOTS:
    void initTestCase_data() { addDialectRows(); }
    void init()
    {
        m_server = std::make_unique<SandboxServer>(nullptr, Dialect::create(currentDialect()));
        m_server->state().setClock([this] { return m_now; });
        m_server->auth().setClock([this] { return m_now; });
        m_server->auth().setTokenLifetime(24 * 3600);
        m_server->loadDemoData();
        QVERIFY(m_server->listenOnLoopback() != 0);
        QUrl root = m_server->baseUrl();
        root.setPath({});
        m_client = std::make_unique<SandboxClient>(root);
        QVERIFY(m_client->authenticate());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void anInstanceFromCreationToDeletion()
    {
        const Expected e = expected(currentDialect());
        // Create: the one-time password, then running.
        const QJsonObject spec {{"name"_L1, u"orders"_s}, {"tenant_id"_L1, Staging}, {"type"_L1, u"professional-db"_s},
            {"cloud_provider"_L1, u"gcp"_s}, {"region"_L1, u"europe-west1"_s}, {"memory"_L1, u"4GB"_s},
            {"version"_L1, u"5"_s}};
        const HttpResult created = m_client->post(u"/v1/instances"_s, spec);
        QCOMPARE(created.status, 202);
        const QString id = created.data().value("id"_L1).toString();
        const QString password = created.data().value("password"_L1).toString();
        QCOMPARE(id.size(), 8);
        QVERIFY(password.size() >= 32);
        QCOMPARE(created.data().value("username"_L1).toString(), u"neo4j"_s);
        QCOMPARE(status(id), u"creating"_s);
        QVERIFY(!m_client->get(u"/v1/instances/"_s + id).body.contains(password.toUtf8()));
        later(durations().creating);
        QCOMPARE(status(id), u"running"_s);

        // Rename: at once, status unchanged.
        const HttpResult renamed = m_client->patch(u"/v1/instances/"_s + id, QJsonObject {{"name"_L1, u"orders-2"_s}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.data().value("name"_L1).toString(), u"orders-2"_s);
        QCOMPARE(status(id), u"running"_s);

        // Resize: updating, the old size until it lands, another change refused meanwhile.
        const HttpResult resized = m_client->patch(u"/v1/instances/"_s + id, QJsonObject {{"memory"_L1, u"8GB"_s}});
        QCOMPARE(resized.status, e.change);
        QCOMPARE(resized.data().isEmpty(), !e.changeAnswersInstance);
        QJsonObject now = m_client->get(u"/v1/instances/"_s + id).data();
        QCOMPARE(now.value("status"_L1).toString(), u"updating"_s);
        QCOMPARE(now.value("memory"_L1).toString(), u"4GB"_s);
        const HttpResult busy = m_client->post(u"/v1/instances/%1/pause"_s.arg(id));
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.firstError().value("reason"_L1).toString(), u"ongoing-database-operation"_s);
        later(durations().updating);
        now = m_client->get(u"/v1/instances/"_s + id).data();
        QCOMPARE(now.value("status"_L1).toString(), u"running"_s);
        QCOMPARE(now.value("memory"_L1).toString(), u"8GB"_s);
        QCOMPARE(now.value("storage"_L1).toString(), u"16GB"_s);

        // Pause and resume.
        const HttpResult paused = m_client->post(u"/v1/instances/%1/pause"_s.arg(id));
        QCOMPARE(paused.status, e.action);
        QCOMPARE(paused.data().value("status"_L1).toString(), u"pausing"_s);
        later(durations().pausing);
        QCOMPARE(status(id), u"paused"_s);
        QCOMPARE(m_client->post(u"/v1/instances/%1/snapshots"_s.arg(id)).status, 409); // not while paused
        const HttpResult resumed = m_client->post(u"/v1/instances/%1/resume"_s.arg(id));
        QCOMPARE(resumed.status, e.action);
        QCOMPARE(resumed.data().value("status"_L1).toString(), u"resuming"_s);
        later(durations().resuming);
        QCOMPARE(status(id), u"running"_s);

        // A snapshot, taken on demand, completes and is listed.
        const HttpResult taken = m_client->post(u"/v1/instances/%1/snapshots"_s.arg(id));
        QCOMPARE(taken.status, 202);
        const QString snapshotId = taken.data().value("snapshot_id"_L1).toString();
        QVERIFY(!snapshotId.isEmpty());
        later(durations().snapshot);
        const HttpResult snapshot = m_client->get(u"/v1/instances/%1/snapshots/%2"_s.arg(id, snapshotId));
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.data().value("status"_L1).toString(), u"Completed"_s);
        QVERIFY(snapshot.data().value("exportable"_L1).toBool());
        const QJsonArray list = m_client->get(u"/v1/instances/%1/snapshots"_s.arg(id)).dataArray();
        QVERIFY(std::any_of(list.begin(), list.end(),
            [&](const QJsonValue &v) { return v.toObject().value("snapshot_id"_L1).toString() == snapshotId; }));

        // Overwrite another instance with it.
        const HttpResult other = m_client->post(u"/v1/instances"_s, spec);
        const QString target = other.data().value("id"_L1).toString();
        later(durations().creating);
        const HttpResult overwritten = m_client->post(u"/v1/instances/%1/overwrite"_s.arg(target),
            QJsonObject {{"source_instance_id"_L1, id}, {"source_snapshot_id"_L1, snapshotId}});
        QCOMPARE(overwritten.status, e.action);
        QCOMPARE(overwritten.data().value("status"_L1).toString(), e.overwriteStatus);
        later(durations().restoring);
        QCOMPARE(status(target), u"running"_s);

        // Delete: destroying, then gone.
        const HttpResult deleted = m_client->send("DELETE", u"/v1/instances/"_s + id);
        QCOMPARE(deleted.status, 202);
        QCOMPARE(deleted.data().value("status"_L1).toString(), e.deleteAnswersInstance ? u"destroying"_s : QString());
        QCOMPARE(deleted.body.isEmpty(), !e.deleteAnswersInstance);
        QCOMPARE(status(id), u"destroying"_s);
        QCOMPARE(m_client->send("DELETE", u"/v1/instances/"_s + id).status, 409);
        later(durations().destroying);
        if (e.showsDestroyed) {
            QCOMPARE(status(id), u"destroyed"_s);
            later(durations().destroyedVisible);
        }
        QCOMPARE(m_client->get(u"/v1/instances/"_s + id).status, 404);
        QCOMPARE(m_client->send("DELETE", u"/v1/instances/"_s + id).status, 404);
    }

    void anUnknownInstanceIsNotFoundEverywhere()
    {
        const QString reason = currentDialect() == u"seed" ? u"instance-not-found"_s : u"db-not-found"_s;
        for (const auto &[method, path] :
            {std::pair {"GET"_ba, u"/v1/instances/ffffffff"_s}, std::pair {"DELETE"_ba, u"/v1/instances/ffffffff"_s},
                std::pair {"POST"_ba, u"/v1/instances/ffffffff/pause"_s},
                std::pair {"POST"_ba, u"/v1/instances/ffffffff/resume"_s},
                std::pair {"GET"_ba, u"/v1/instances/ffffffff/snapshots"_s},
                std::pair {"POST"_ba, u"/v1/instances/ffffffff/snapshots"_s}}) {
            const HttpResult r = m_client->send(method, path, "{}");
            QCOMPARE(r.status, 404);
            QCOMPARE(r.firstError().value("reason"_L1).toString(), reason);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandboxlifecycle.moc"
