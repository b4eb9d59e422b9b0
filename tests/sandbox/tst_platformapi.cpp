#include "platformfixture.h"
#include "sandbox/platformapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;
using namespace PlatformFixture;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray allow;
    QJsonObject json;

    QJsonObject data() const { return json.value("data"_L1).toObject(); }
    QJsonArray list() const { return json.value("data"_L1).toArray(); }
    QJsonObject error() const { return json.value("errors"_L1).toArray().first().toObject(); }
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// No value of the object is null, at any depth: a validator finds none where the schema wants a string.
bool nullFree(const QJsonValue &v)
{
    if (v.isNull())
        return false;
    const QJsonArray values = v.toArray(); // empty for an object
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!nullFree(it.value()))
                return false;
        }
    }
    for (const QJsonValue &item : values) {
        if (!nullFree(item))
            return false;
    }
    return true;
}

const QRegularExpression IsoTime(u"\\A\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\\z"_s);

} // namespace

// The endpoints of keys, sessions and sizing, called as the server calls them: bodies, codes, headers and errors
// as spec/aura-v1-official.yaml describes them.
class TestPlatformApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Platform> m;
    std::unique_ptr<PlatformApi> m_api;

    std::optional<Reply> call(
        const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &query = {})
    {
        const std::optional<HttpAnswer> a = m_api->handle(method, path.split(u'/'), QUrlQuery(query), body);
        if (!a)
            return std::nullopt;
        Reply r {a->status, a->body, a->header("Allow"), QJsonDocument::fromJson(a->body).object()};
        if (!a->body.isEmpty())
            [&] { QCOMPARE(a->contentType, QByteArray("application/json")); }();
        return r;
    }
    Reply must(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &query = {})
    {
        const std::optional<Reply> r = call(method, path, body, query);
        return r ? *r : Reply {};
    }
    QJsonObject keyBody(const KeyRequest &k = keyRequest())
    {
        return QJsonObject {{"key_id"_L1, k.keyId}, {"region"_L1, k.region}, {"name"_L1, k.name},
            {"instance_type"_L1, k.instanceType}, {"tenant_id"_L1, k.tenantId}, {"cloud_provider"_L1, k.cloudProvider}};
    }
    QJsonObject sessionBody(const QString &memory = u"8GB"_s)
    {
        return QJsonObject {{"name"_L1, u"people-and-fruit"_s}, {"memory"_L1, memory}, {"ttl"_L1, u"20m0s"_s},
            {"tenant_id"_L1, TenantId}, {"cloud_provider"_L1, u"azure"_s}, {"region"_L1, u"francecentral"_s}};
    }

private Q_SLOTS:
    void init()
    {
        m = std::make_unique<Platform>();
        m_api = std::make_unique<PlatformApi>(*m->platform);
    }

    void otherPathsAreLeftToTheCaller_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("mine");
        QTest::newRow("instances") << u"instances"_s << false;
        QTest::newRow("an instance") << u"instances/a1b2c3d4"_s << false;
        QTest::newRow("instance sizing") << u"instances/sizing"_s << true;
        QTest::newRow("with slashes around") << u"/instances/sizing/"_s << true;
        QTest::newRow("below instance sizing") << u"instances/sizing/x"_s << false;
        QTest::newRow("tenants") << u"tenants/x/metrics-integration"_s << false;
        QTest::newRow("keys") << u"customer-managed-keys"_s << true;
        QTest::newRow("a key") << u"customer-managed-keys/k"_s << true;
        QTest::newRow("below a key") << u"customer-managed-keys/k/x"_s << false;
        QTest::newRow("graph analytics") << u"graph-analytics"_s << false;
        QTest::newRow("other graph analytics") << u"graph-analytics/other"_s << false;
        QTest::newRow("sessions") << u"graph-analytics/sessions"_s << true;
        QTest::newRow("below a session") << u"graph-analytics/sessions/s/x"_s << false;
        QTest::newRow("nothing") << QString() << false;
    }
    void otherPathsAreLeftToTheCaller()
    {
        QFETCH(QString, path);
        QFETCH(bool, mine);
        QCOMPARE(call("GET", path).has_value(), mine);
    }

    void wrongMethodIs405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("keys") << QByteArray("DELETE") << u"customer-managed-keys"_s << QByteArray("GET, POST");
        QTest::newRow("a key") << QByteArray("PATCH") << u"customer-managed-keys/k"_s << QByteArray("GET, DELETE");
        QTest::newRow("sessions") << QByteArray("PUT") << u"graph-analytics/sessions"_s << QByteArray("GET, POST");
        QTest::newRow("a session") << QByteArray("POST") << u"graph-analytics/sessions/s"_s
                                   << QByteArray("GET, DELETE");
        QTest::newRow("session sizing") << QByteArray("GET") << u"graph-analytics/sessions/sizing"_s
                                        << QByteArray("POST");
        QTest::newRow("instance sizing") << QByteArray("GET") << u"instances/sizing"_s << QByteArray("POST");
    }
    void wrongMethodIs405WithAllow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const Reply r = must(method, path);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.allow, allow);
        QCOMPARE(r.error().value("reason"_L1).toString(), u"method-not-allowed"_s);
        QVERIFY(r.error().value("message"_L1).isString());
    }

    void keysAreCreatedListedAndDeleted()
    {
        Reply r = must("POST", u"customer-managed-keys"_s, json(keyBody()));
        QCOMPARE(r.status, 202);
        const QJsonObject created = r.data();
        const QString id = created.value("id"_L1).toString();
        for (const char *field :
            {"id", "name", "cloud_provider", "region", "instance_type", "key_id", "created", "status", "tenant_id"})
            QVERIFY2(created.value(QLatin1StringView(field)).isString(), field);
        QCOMPARE(created.size(), 9);
        QCOMPARE(created.value("status"_L1).toString(), u"pending"_s);
        QCOMPARE(created.value("key_id"_L1).toString(), AwsKey);
        QCOMPARE(created.value("created"_L1).toString(), u"2027-01-15T08:00:00Z"_s);
        QVERIFY(IsoTime.match(created.value("created"_L1).toString()).hasMatch());

        value(m->platform->createKey(keyRequest(u"gcp"_s)));
        r = must("GET", u"customer-managed-keys"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.list().size(), 2);
        QCOMPARE(r.list().first().toObject(),
            (QJsonObject {{"id"_L1, id}, {"name"_L1, u"Production Key"_s}, {"tenant_id"_L1, TenantId}}));
        QCOMPARE(must("GET", u"customer-managed-keys"_s, {}, u"tenantId="_s + OtherTenantId).list().size(), 0);
        QCOMPARE(must("GET", u"customer-managed-keys"_s, {}, u"tenantId="_s + TenantId).list().size(), 2);

        m->later(PlatformState::KeyPendingSeconds);
        r = must("GET", u"customer-managed-keys/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("status"_L1).toString(), u"ready"_s);

        r = must("DELETE", u"customer-managed-keys/"_s + id);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        r = must("GET", u"customer-managed-keys/"_s + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error(),
            (QJsonObject {{"message"_L1, u"Encryption Key not found: %1"_s.arg(id)},
                {"reason"_L1, u"encryption-key-not-found"_s}}));
    }

    void badBodiesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field");
        const QString keys = u"customer-managed-keys"_s;
        const QString sessions = u"graph-analytics/sessions"_s;
        const QString sizing = u"instances/sizing"_s;
        const QString sessionSizing = u"graph-analytics/sessions/sizing"_s;
        QTest::newRow("empty") << keys << QByteArray() << u"invalid-json"_s << QString();
        QTest::newRow("not JSON") << sessions << QByteArray("name=x") << u"invalid-json"_s << QString();
        QTest::newRow("a list") << sizing << QByteArray("[1]") << u"invalid-json"_s << QString();
        QTest::newRow("a string") << sessionSizing << QByteArray("\"x\"") << u"invalid-json"_s << QString();
        QTest::newRow("truncated") << keys << QByteArray("{\"name\":") << u"invalid-json"_s << QString();
        QTest::newRow("key name as number") << keys << QByteArray(R"({"name":5})") << u"invalid-field"_s << u"name"_s;
        QTest::newRow("key without fields") << keys << QByteArray("{}") << u"missing-field"_s << u"key_id"_s;
        QTest::newRow("session ttl as number")
            << sessions << QByteArray(R"({"name":"a","memory":"4GB","ttl":60})") << u"invalid-field"_s << u"ttl"_s;
        QTest::newRow("session without name")
            << sessions << QByteArray(R"({"memory":"4GB"})") << u"missing-field"_s << u"name"_s;
        QTest::newRow("no node count") << sizing << QByteArray(R"({"relationship_count":1})") << u"missing-field"_s
                                       << u"node_count"_s;
        QTest::newRow("no relationship count")
            << sessionSizing << QByteArray(R"({"node_count":1})") << u"missing-field"_s << u"relationship_count"_s;
        QTest::newRow("count as text") << sizing << QByteArray(R"({"node_count":"5","relationship_count":1})")
                                       << u"invalid-field"_s << u"node_count"_s;
        QTest::newRow("fractional count") << sizing << QByteArray(R"({"node_count":1.5,"relationship_count":1})")
                                          << u"invalid-field"_s << u"node_count"_s;
        QTest::newRow("negative count") << sessionSizing
                                        << QByteArray(
                                               R"({"node_count":1,"relationship_count":1,"node_label_count":-2})")
                                        << u"invalid-field"_s << u"node_label_count"_s;
        QTest::newRow("categories as text")
            << sizing << QByteArray(R"({"node_count":1,"relationship_count":1,"algorithm_categories":"centrality"})")
            << u"invalid-field"_s << u"algorithm_categories"_s;
        QTest::newRow("categories of numbers")
            << sessionSizing << QByteArray(R"({"node_count":1,"relationship_count":1,"algorithm_categories":[1]})")
            << u"invalid-field"_s << u"algorithm_categories"_s;
    }
    void badBodiesAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        const Reply r = must("POST", path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value("errors"_L1).toArray().size(), 1);
        QCOMPARE(r.error().value("reason"_L1).toString(), reason);
        QVERIFY(!r.error().value("message"_L1).toString().isEmpty());
        QCOMPARE(r.error().contains("field"_L1), !field.isEmpty());
        QCOMPARE(r.error().value("field"_L1).toString(), field);
        QVERIFY(m->platform->listKeys().isEmpty());
        QVERIFY(m->platform->sessions().isEmpty());
    }

    void sessionsAreCreatedFoundListedAndDeleted()
    {
        Reply r = must("POST", u"graph-analytics/sessions"_s, json(sessionBody()));
        QCOMPARE(r.status, 202);
        QJsonObject s = r.data();
        const QString id = s.value("id"_L1).toString();
        QVERIFY(nullFree(r.json));
        for (const char *field : {"id", "name", "memory", "status", "host", "tenant_id", "user_id", "cloud_provider",
                 "region", "created_at"})
            QVERIFY2(s.value(QLatin1StringView(field)).isString(), field);
        QCOMPARE(s.value("status"_L1).toString(), u"Creating"_s);
        QCOMPARE(s.value("host"_L1).toString(), id + u"-gds.sandbox.neo4j.io"_s);
        QCOMPARE(s.value("ttl"_L1).toInteger(), 1200); // an integer of seconds, as the schema says
        QVERIFY(s.value("ttl"_L1).isDouble());
        QVERIFY(!s.contains("expiry_date"_L1)); // unknown while it is being created
        QVERIFY(!s.contains("instance_id"_L1));
        QVERIFY(!s.contains("database_uuid"_L1));
        QVERIFY(IsoTime.match(s.value("created_at"_L1).toString()).hasMatch());

        r = must("POST", u"graph-analytics/sessions"_s, json(sessionBody()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("id"_L1).toString(), id);
        r = must("POST", u"graph-analytics/sessions"_s, json(sessionBody(u"4GB"_s)));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value("reason"_L1).toString(), QString());
        QVERIFY(r.error().value("message"_L1).toString().endsWith(u"Memory (is: 8GB, requested: 4GB)"_s));

        m->later(PlatformState::SessionCreatingSeconds);
        r = must("GET", u"graph-analytics/sessions/"_s + id);
        QCOMPARE(r.status, 200);
        s = r.data();
        QCOMPARE(s.value("status"_L1).toString(), u"Ready"_s);
        QVERIFY(IsoTime.match(s.value("expiry_date"_L1).toString()).hasMatch());
        QVERIFY(nullFree(r.json));

        const QJsonObject attached {{"name"_L1, u"with-db"_s}, {"memory"_L1, u"4GB"_s}, {"instance_id"_L1, RunningId},
            {"database_uuid"_L1, u"ea408a62-c991-490c-96db-2b947003eece"_s}};
        QCOMPARE(must("POST", u"graph-analytics/sessions"_s, json(attached)).data().value("instance_id"_L1).toString(),
            RunningId);
        QCOMPARE(must("GET", u"graph-analytics/sessions"_s).list().size(), 2);
        r = must("GET", u"graph-analytics/sessions"_s, {}, u"instanceId="_s + RunningId);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.list().size(), 1);
        QCOMPARE(r.list().first().toObject().value("database_uuid"_L1).toString(),
            u"ea408a62-c991-490c-96db-2b947003eece"_s);
        QCOMPARE(must("GET", u"graph-analytics/sessions"_s, {}, u"tenantId="_s + OtherTenantId).list().size(), 0);
        r = must("GET", u"graph-analytics/sessions"_s, {}, u"instanceId=ffffffff"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error().value("reason"_L1).toString(), u"db-not-found"_s);

        r = must("DELETE", u"graph-analytics/sessions/"_s + id);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json, (QJsonObject {{"data"_L1, QJsonObject {{"id"_L1, id}}}}));
        r = must("GET", u"graph-analytics/sessions/"_s + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error(),
            (QJsonObject {{"message"_L1, u"session with id `%1` not found"_s.arg(id)}, {"reason"_L1, QString()}}));
    }

    void sizingAnswersTheEstimates()
    {
        Reply r = must("POST", u"instances/sizing"_s,
            json(QJsonObject {{"node_count"_L1, 1e8}, {"relationship_count"_L1, 1e8},
                {"instance_type"_L1, u"enterprise-db"_s}, {"algorithm_categories"_L1, QJsonArray()}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data(),
            (QJsonObject {{"did_exceed_maximum"_L1, false}, {"min_required_memory"_L1, u"14GB"_s},
                {"recommended_size"_L1, u"16GB"_s}}));
        r = must("POST", u"graph-analytics/sessions/sizing"_s,
            json(QJsonObject {{"node_count"_L1, 1e8}, {"relationship_count"_L1, 1e8}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data(), (QJsonObject {{"estimated_memory"_L1, u"6GB"_s}, {"recommended_size"_L1, u"8GB"_s}}));
        r = must("POST", u"instances/sizing"_s, QByteArray(R"({"node_count":1e13,"relationship_count":0})"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error().value("field"_L1).toString(), u"node_count"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "tst_platformapi.moc"
