#include "clientrig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;
using Aura::AuraClient;
using Aura::Priority;
using AuraTest::Answers;
using AuraTest::FakeAnswer;
using AuraTest::InstanceBody;
using AuraTest::SeenRequest;
using Rig = AuraTest::ClientRig;

Q_DECLARE_METATYPE(Aura::ApiError::Kind)

// AuraClient: what each operation sends and how answers, errors, cancels and lost receivers come back.
class TestAuraClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyOperationSendsTheContractsRequest_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("body"); // expected JSON body; empty: none sent
        QTest::newRow("listTenants") << 0 << "GET"_ba << u"/v1/tenants"_s << QString() << QByteArray();
        QTest::newRow("getTenant") << 1 << "GET"_ba << u"/v1/tenants/t1"_s << QString() << QByteArray();
        QTest::newRow("listInstances") << 2 << "GET"_ba << u"/v1/instances"_s << QString() << QByteArray();
        QTest::newRow("listInstances of tenant")
            << 3 << "GET"_ba << u"/v1/instances"_s << u"tenantId=t1"_s << QByteArray();
        QTest::newRow("getInstance") << 4 << "GET"_ba << u"/v1/instances/i1"_s << QString() << QByteArray();
        QTest::newRow("createInstance")
            << 5 << "POST"_ba << u"/v1/instances"_s << QString()
            << "{\"cloud_provider\":\"gcp\",\"memory\":\"8GB\",\"name\":\"n\",\"region\":\"europe-west1\",\"tenant_id\":\"t1\",\"type\":\"enterprise-db\",\"version\":\"5\"}"_ba;
        QTest::newRow("updateInstance") << 6 << "PATCH"_ba << u"/v1/instances/i1"_s << QString()
                                        << "{\"memory\":\"16GB\"}"_ba;
        QTest::newRow("deleteInstance") << 7 << "DELETE"_ba << u"/v1/instances/i1"_s << QString() << QByteArray();
        QTest::newRow("pauseInstance") << 8 << "POST"_ba << u"/v1/instances/i1/pause"_s << QString() << "{}"_ba;
        QTest::newRow("resumeInstance") << 9 << "POST"_ba << u"/v1/instances/i1/resume"_s << QString() << "{}"_ba;
        QTest::newRow("overwriteInstance") << 10 << "POST"_ba << u"/v1/instances/i1/overwrite"_s << QString()
                                           << "{\"source_instance_id\":\"i2\",\"source_snapshot_id\":\"s9\"}"_ba;
        QTest::newRow("listSnapshots") << 11 << "GET"_ba << u"/v1/instances/i1/snapshots"_s << u"date=2026-11-27"_s
                                       << QByteArray();
        QTest::newRow("getSnapshot") << 12 << "GET"_ba << u"/v1/instances/i1/snapshots/s1"_s << QString()
                                     << QByteArray();
        QTest::newRow("createSnapshot") << 13 << "POST"_ba << u"/v1/instances/i1/snapshots"_s << QString() << "{}"_ba;
        QTest::newRow("restoreSnapshot in place")
            << 14 << "POST"_ba << u"/v1/instances/i1/snapshots/s1/restore"_s << QString() << "{}"_ba;
        QTest::newRow("id with slash stays one segment")
            << 15 << "GET"_ba << u"/v1/instances/a%2Fb"_s << QString() << QByteArray();
        QTest::newRow("updateInstance, every setting")
            << 16 << "PATCH"_ba << u"/v1/instances/i1"_s << QString()
            << "{\"cdc_enrichment_mode\":\"FULL\",\"graph_analytics_plugin\":false,\"memory\":\"8GB\",\"secondaries_count\":2,\"storage\":\"32GB\",\"vector_optimized\":true}"_ba;
        QTest::newRow("upgradeInstance with a size") << 17 << "POST"_ba << u"/v1/instances/i1/upgrade"_s << QString()
                                                     << "{\"memory\":\"16GB\",\"storage\":\"32GB\"}"_ba;
        QTest::newRow("upgradeInstance keeps the size")
            << 18 << "POST"_ba << u"/v1/instances/i1/upgrade"_s << QString() << "{}"_ba;
        QTest::newRow("listEncryptionKeys")
            << 20 << "GET"_ba << u"/v1/customer-managed-keys"_s << u"tenantId=t1"_s << QByteArray();
        QTest::newRow("getEncryptionKey")
            << 21 << "GET"_ba << u"/v1/customer-managed-keys/k1"_s << QString() << QByteArray();
        QTest::newRow("createInstance with live settings")
            << 19 << "POST"_ba << u"/v1/instances"_s << QString()
            << "{\"cloud_provider\":\"gcp\",\"customer_managed_key_id\":\"k1\",\"graph_analytics_plugin\":true,\"memory\":\"8GB\",\"name\":\"n\",\"region\":\"europe-west1\",\"storage\":\"16GB\",\"tenant_id\":\"t1\",\"type\":\"professional-db\",\"vector_optimized\":false,\"version\":\"5\"}"_ba;
    }
    void everyOperationSendsTheContractsRequest()
    {
        QFETCH(int, operation);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, body);

        Rig rig;
        rig.api = [](const SeenRequest &r) {
            if (r.url.path().endsWith(u"/customer-managed-keys"_s))
                return FakeAnswer::json(200, "{\"data\":[{\"id\":\"k1\",\"name\":\"Key\"}]}"_ba);
            if (r.url.path().contains(u"/customer-managed-keys/"_s))
                return FakeAnswer::json(200, "{\"data\":{\"id\":\"k1\",\"status\":\"ready\"}}"_ba);
            if (r.url.path().endsWith(u"/snapshots"_s) && r.verb == "POST")
                return FakeAnswer::json(202, "{\"data\":{\"snapshot_id\":\"s1\"}}"_ba);
            if (r.url.path().endsWith(u"/snapshots"_s))
                return FakeAnswer::json(200, "{\"data\":[{\"snapshot_id\":\"s1\"}]}"_ba);
            if (r.url.path().contains(u"/snapshots/"_s) && r.verb == "GET")
                return FakeAnswer::json(200, "{\"data\":{\"snapshot_id\":\"s1\"}}"_ba);
            if (r.url.path().endsWith(u"/tenants"_s) || (r.url.path().endsWith(u"/instances"_s) && r.verb == "GET"))
                return FakeAnswer::json(200, "{\"data\":[{\"id\":\"x1\"}]}"_ba);
            if (r.url.path().contains(u"/tenants/"_s))
                return FakeAnswer::json(200, "{\"data\":{\"id\":\"t1\"}}"_ba);
            if (r.verb == "POST" && r.url.path().endsWith(u"/instances"_s))
                return FakeAnswer::json(202, "{\"data\":{\"id\":\"n1\",\"password\":\"pw\"}}"_ba);
            return FakeAnswer::json(202, InstanceBody);
        };
        bool ok = false;
        int answers = 0;
        auto done = [&](const auto &reply) {
            ok = reply.ok();
            ++answers;
        };
        AuraClient &c = *rig.client;
        QObject *ctx = &rig.context;
        const auto user = Priority::User;
        switch (operation) {
        case 0:
            c.listTenants(ctx, done, user);
            break;
        case 1:
            c.getTenant(u"t1"_s, ctx, done, user);
            break;
        case 2:
            c.listInstances({}, ctx, done, user);
            break;
        case 3:
            c.listInstances(u"t1"_s, ctx, done, Priority::Background);
            break;
        case 4:
            c.getInstance(u"i1"_s, ctx, done, user);
            break;
        case 5: {
            Aura::CreateInstanceRequest request;
            request.tenantId = u"t1"_s;
            request.name = u"n"_s;
            request.type = u"enterprise-db"_s;
            request.cloudProvider = u"gcp"_s;
            request.region = u"europe-west1"_s;
            request.memory = u"8GB"_s;
            request.version = u"5"_s;
            c.createInstance(request, ctx, done);
            break;
        }
        case 6: {
            Aura::UpdateInstanceRequest request;
            request.memory = u"16GB"_s;
            c.updateInstance(u"i1"_s, request, ctx, done);
            break;
        }
        case 7:
            c.deleteInstance(u"i1"_s, ctx, done);
            break;
        case 8:
            c.pauseInstance(u"i1"_s, ctx, done);
            break;
        case 9:
            c.resumeInstance(u"i1"_s, ctx, done);
            break;
        case 10:
            c.overwriteInstance(u"i1"_s, {u"i2"_s, u"s9"_s}, ctx, done);
            break;
        case 11:
            c.listSnapshots(u"i1"_s, QDate(2026, 11, 27), ctx, done, user);
            break;
        case 12:
            c.getSnapshot(u"i1"_s, u"s1"_s, ctx, done, user);
            break;
        case 13:
            c.createSnapshot(u"i1"_s, ctx, done);
            break;
        case 14:
            c.restoreSnapshot(u"i1"_s, u"s1"_s, {}, ctx, done);
            break;
        case 15:
            c.getInstance(u"a/b"_s, ctx, done, user);
            break;
        case 16: {
            Aura::UpdateInstanceRequest request;
            request.memory = u"8GB"_s;
            request.storage = u"32GB"_s;
            request.vectorOptimized = true;
            request.graphAnalyticsPlugin = false;
            request.secondariesCount = 2;
            request.cdcEnrichmentMode = u"FULL"_s;
            c.updateInstance(u"i1"_s, request, ctx, done);
            break;
        }
        case 17:
            c.upgradeInstance(u"i1"_s, {u"16GB"_s, u"32GB"_s}, ctx, done);
            break;
        case 18:
            c.upgradeInstance(u"i1"_s, {u"16GB"_s, {}}, ctx, done); // one without the other is not sent
            break;
        case 20:
            c.listEncryptionKeys(u"t1"_s, ctx, done, user);
            break;
        case 21:
            c.getEncryptionKey(u"k1"_s, ctx, done, user);
            break;
        case 19: {
            Aura::CreateInstanceRequest request;
            request.tenantId = u"t1"_s;
            request.name = u"n"_s;
            request.type = u"professional-db"_s;
            request.cloudProvider = u"gcp"_s;
            request.region = u"europe-west1"_s;
            request.memory = u"8GB"_s;
            request.storage = u"16GB"_s;
            request.version = u"5"_s;
            request.vectorOptimized = false;
            request.graphAnalyticsPlugin = true;
            request.customerManagedKeyId = u"k1"_s;
            c.createInstance(request, ctx, done);
            break;
        }
        }
        QCOMPARE(answers, 0); // never answered from inside the call
        QTRY_COMPARE(answers, 1);
        QVERIFY(ok);

        const QList<SeenRequest> sent = rig.apiRequests();
        QCOMPARE(sent.size(), 1);
        const SeenRequest &r = sent.first();
        QCOMPARE(r.verb, verb);
        QCOMPARE(r.url.path(QUrl::FullyEncoded), path);
        QCOMPARE(r.url.host(), u"api.example.test"_s);
        QCOMPARE(r.url.query(), query);
        QCOMPARE(r.header("Authorization"), "Bearer token-1"_ba);
        const QByteArray contentType = r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (verb == "POST" || verb == "PATCH") {
            QCOMPARE(contentType, "application/json"_ba);
            // Sent at most once: Qt may not replay it on a broken kept-alive connection.
            QVERIFY(!r.bodyRewindable);
            QVERIFY(r.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
            QCOMPARE(r.request.header(QNetworkRequest::ContentLengthHeader).toLongLong(), r.body.size());
            QCOMPARE(QJsonDocument::fromJson(r.body), QJsonDocument::fromJson(body));
        } else {
            QVERIFY(contentType.isEmpty());
            QVERIFY(r.body.isEmpty());
        }
        QCOMPARE(rig.network.tokenRequests(), 1);
    }

    void actionsAcceptBothDialects_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hasInstance");
        QTest::newRow("seed 200 + instance") << 200 << InstanceBody << true;
        QTest::newRow("live 202 + instance") << 202 << InstanceBody << true;
        QTest::newRow("live 202 {}") << 202 << "{}"_ba << false;
        QTest::newRow("seed 202 no body") << 202 << QByteArray() << false;
    }
    void actionsAcceptBothDialects()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, hasInstance);
        Rig rig;
        rig.api = [&](const SeenRequest &) { return FakeAnswer::json(status, body, "rid-7"); };
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->pauseInstance(u"i1"_s, &rig.context, answers.collector());
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(answers.only().value().has_value(), hasInstance);
        QCOMPARE(answers.only().httpStatus, status);
        QCOMPARE(answers.only().requestId, u"rid-7"_s);
    }

    void cancelAnswersOnceAndAbortsTheRequest()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) { return FakeAnswer::hang(); };
        Answers<QList<Aura::Instance>> answers;
        const auto id = rig.client->listInstances({}, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(rig.apiRequests().size(), 1);
        rig.client->cancel(id);
        rig.client->cancel(id);
        QTRY_COMPARE(answers.replies.size(), 1);
        rig.runClock();
        QCOMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(rig.network.aborted(), 1);
        QCOMPARE(rig.client->pendingCount(), 0);
    }

    void cancelBeforeSendingSendsNothing()
    {
        Rig rig;
        Answers<Aura::Tenant> answers;
        const auto id = rig.client->getTenant(u"t1"_s, &rig.context, answers.collector(), Priority::User);
        rig.client->cancel(id); // still waiting for the token
        QTRY_COMPARE(answers.replies.size(), 1);
        rig.runClock();
        QCOMPARE(answers.only().error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(rig.apiRequests().size(), 0);
    }

    void goneContextDropsTheAnswerAndTheRequest()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) { return FakeAnswer::hang(); };
        bool called = false;
        auto window = std::make_unique<QObject>();
        rig.client->listInstances(
            {}, window.get(), [&](const auto &) { called = true; }, Priority::User);
        QTRY_COMPARE(rig.apiRequests().size(), 1);
        window.reset();
        QCOMPARE(rig.network.aborted(), 1);
        QCOMPARE(rig.client->pendingCount(), 0);
        rig.runClock();
        QVERIFY(!called);
    }

    void destroyingTheClientDropsEverythingQuietly()
    {
        Aura::ClientSettings settings = Rig::defaults();
        settings.requestsPerMinute = 2; // the token request and the first call use it up
        Rig rig(settings);
        rig.api = [](const SeenRequest &) { return FakeAnswer::hang(); };
        bool called = false;
        rig.client->listInstances(
            {}, &rig.context, [&](const auto &) { called = true; }, Priority::User);
        QTRY_COMPARE(rig.apiRequests().size(), 1);
        rig.client->getInstance(
            u"waits-for-budget"_s, &rig.context, [&](const auto &) { called = true; }, Priority::Background);
        rig.client.reset();
        QCOMPARE(rig.network.aborted(), 1);
        rig.runClock();
        QVERIFY(!called);
    }

    void plainHttpIsRefusedExceptOnLoopback_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("sent");
        QTest::newRow("remote http") << u"http://api.neo4j.io/v1"_s << false;
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080/v1"_s << true;
        QTest::newRow("https") << u"https://api.neo4j.io/v1"_s << true;
    }
    void plainHttpIsRefusedExceptOnLoopback()
    {
        QFETCH(QString, base);
        QFETCH(bool, sent);
        Aura::ClientSettings settings = Rig::defaults();
        settings.apiBaseUrl = QUrl(base);
        Rig rig(settings);
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::User);
        QCOMPARE(answers.replies.size(), 0);
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().ok(), sent);
        QCOMPARE(rig.apiRequests().size(), sent ? 1 : 0);
        if (!sent) {
            QCOMPARE(answers.only().error().kind, ApiError::Kind::InsecureTransport);
            QCOMPARE(rig.network.tokenRequests(), 0); // not even the credentials left
        }
    }

    // The token opens the whole account: a metrics URL from an answer gets it only on Aura's own hosts, and a
    // refused URL sends nothing at all, not even the request for a token.
    void metricsGoOutWithTheTokenOnlyToAurasHosts_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("sent");
        QTest::newRow("aura metrics host") << u"https://customer-metrics-api.neo4j.io/api/v1/t1/metrics"_s << true;
        QTest::newRow("another host") << u"https://metrics.example.test/api/v1/t1/metrics"_s << false;
        QTest::newRow("lookalike") << u"https://customer-metrics-api.neo4j.io.example.test/m"_s << false;
        QTest::newRow("loopback from a remote api") << u"http://127.0.0.1:9090/metrics"_s << false;
    }
    void metricsGoOutWithTheTokenOnlyToAurasHosts()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, sent);
        Rig rig;
        rig.api = [](const SeenRequest &) {
            FakeAnswer a = FakeAnswer::json(200, "neo4j_aura_cpu_usage{instance_id=\"i1\"} 0.5 1000\n");
            a.headers = {{"Content-Type", "text/plain; version=0.0.4"}};
            return a;
        };
        Answers<Aura::MetricsScrape> answers;
        rig.client->scrapeMetrics(QUrl(endpoint), &rig.context, answers.collector(), Priority::Bulk);
        QCOMPARE(answers.replies.size(), 0); // never from inside the call
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().ok(), sent);
        if (sent) {
            QCOMPARE(rig.apiRequests().size(), 1);
            const SeenRequest r = rig.apiRequests().first();
            QCOMPARE(r.url, QUrl(endpoint));
            QCOMPARE(r.header("Authorization"), "Bearer token-1"_ba);
            QVERIFY(r.header("Accept").startsWith("text/plain"));
            QCOMPARE(r.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                int(QNetworkRequest::SameOriginRedirectPolicy));
            QCOMPARE(answers.only().value().instances.size(), 1);
            QCOMPARE(answers.only().value().instances[0].value(Aura::Metric::CpuUsage), 0.5);
        } else {
            QCOMPARE(answers.only().error().kind, ApiError::Kind::RefusedDestination);
            QVERIFY(answers.only().error().userMessage().contains(QUrl(endpoint).host()));
            QCOMPARE(rig.network.requests().size(), 0);
        }
    }

    void theMetricsEndpointIsReadFromTheProject()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) {
            return FakeAnswer::json(
                200, "{\"data\":{\"endpoint\":\"https://customer-metrics-api.neo4j.io/api/v1/t1/metrics\"}}");
        };
        Answers<QUrl> answers;
        rig.client->getMetricsEndpoint(u"t1"_s, &rig.context, answers.collector(), Priority::Bulk);
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().value(), QUrl(u"https://customer-metrics-api.neo4j.io/api/v1/t1/metrics"_s));
        QCOMPARE(rig.apiRequests().first().url.path(), u"/v1/tenants/t1/metrics-integration"_s);
    }

    void errorFormsArriveTyped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("serverError");
        QTest::newRow("400 with field")
            << 400 << "{\"errors\":[{\"message\":\"Name too long\",\"reason\":\"invalid\",\"field\":\"name\"}]}"_ba
            << u"name"_s << u"invalid"_s << QString();
        QTest::newRow("409 ongoing")
            << 409 << "{\"errors\":[{\"message\":\"busy\",\"reason\":\"ongoing-database-operation\"}]}"_ba << QString()
            << u"ongoing-database-operation"_s << QString();
        QTest::newRow("405 middleware") << 405 << "{\"error\":\"Instance limit reached\"}"_ba << QString() << QString()
                                        << u"Instance limit reached"_s;
        QTest::newRow("415 plain text") << 415 << "Unsupported Media Type"_ba << QString() << QString() << QString();
    }
    void errorFormsArriveTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        QFETCH(QString, serverError);
        Rig rig;
        rig.api = [&](const SeenRequest &) { return FakeAnswer::json(status, body, "rid-err"); };
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->updateInstance(
            u"i1"_s, Aura::UpdateInstanceRequest::renameTo(u"x"_s), &rig.context, answers.collector());
        QTRY_COMPARE(answers.replies.size(), 1);
        const ApiError &e = answers.only().error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.field(), field);
        QCOMPARE(e.details.isEmpty() ? QString() : e.details.first().reason, reason);
        QCOMPARE(e.serverError, serverError);
        QCOMPARE(e.requestId, u"rid-err"_s);
        QCOMPARE(answers.only().httpStatus, status);
        QVERIFY(e.userMessage().contains(u"rid-err"_s));
    }

    void malformedSuccessIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << "Service is up"_ba;
        QTest::newRow("truncated") << "{\"data\":{\"id\":\"i1\",\"na"_ba;
        QTest::newRow("no id") << "{\"data\":{\"name\":\"x\"}}"_ba;
    }
    void malformedSuccessIsAnError()
    {
        QFETCH(QByteArray, body);
        Rig rig;
        rig.api = [&](const SeenRequest &) { return FakeAnswer::json(200, body, "rid-bad"); };
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::Malformed);
        QCOMPARE(answers.only().error().requestId, u"rid-bad"_s);
        QVERIFY(!answers.only().error().detailText.isEmpty());
        QCOMPARE(rig.apiRequests().size(), 1);
    }

    void largeListArrivesWholeOnTheContextThread()
    {
        QJsonArray items;
        for (int i = 0; i < 10'000; ++i) {
            items.append(QJsonObject {{"id"_L1, u"id-%1"_s.arg(i)}, {"name"_L1, u"instance %1"_s.arg(i)},
                {"status"_L1, i % 2 ? u"running"_s : u"paused"_s}, {"tenant_id"_L1, u"t1"_s}});
        }
        const QByteArray body = QJsonDocument(QJsonObject {{"data"_L1, items}}).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > Aura::Parse::OffThreadThreshold);
        Rig rig;
        rig.api = [&](const SeenRequest &) { return FakeAnswer::json(200, body); };
        Answers<QList<Aura::Instance>> answers;
        rig.client->listInstances({}, &rig.context, answers.collector(), Priority::Background);
        QTRY_COMPARE(answers.replies.size(), 1);
        const auto &list = answers.only().value();
        QCOMPARE(list.size(), 10'000);
        QCOMPARE(list.last().id, u"id-9999"_s);
        QCOMPARE(list.last().status, u"running"_s);
        QCOMPARE(answers.threads.first(), rig.context.thread());
    }

    void cancelWhileALargeBodyIsParsedAnswersCancelledOnly()
    {
        QJsonArray items;
        for (int i = 0; i < 5'000; ++i)
            items.append(QJsonObject {{"id"_L1, u"id-%1"_s.arg(i)}});
        const QByteArray body = QJsonDocument(QJsonObject {{"data"_L1, items}}).toJson(QJsonDocument::Compact);
        Rig rig;
        rig.api = [&](const SeenRequest &) { return FakeAnswer::json(200, body); };
        Answers<QList<Aura::Instance>> answers;
        Aura::RequestId id = 0;
        // Cancel from the reachability signal: the reply is in, its parsing about to start.
        connect(rig.client.get(), &Aura::AuraService::reachabilityChanged, this, [&](bool) {
            QMetaObject::invokeMethod(
                this, [&] { rig.client->cancel(id); }, Qt::QueuedConnection);
        });
        id = rig.client->listInstances({}, &rig.context, answers.collector(), Priority::Background);
        QTRY_COMPARE(answers.replies.size(), 1);
        QTRY_COMPARE(rig.client->pendingCount(), 0);
        rig.runClock();
        QCOMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::Cancelled);
    }

    void reachabilityFollowsTheLastAttempt()
    {
        Rig rig;
        bool down = true;
        rig.api = [&](const SeenRequest &) {
            return down ? FakeAnswer::fail(QNetworkReply::ConnectionRefusedError) : FakeAnswer::json(200, InstanceBody);
        };
        QSignalSpy reachability(rig.client.get(), &Aura::AuraService::reachabilityChanged);
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(reachability.count(), 1);
        QCOMPARE(reachability.at(0).at(0).toBool(), false);
        down = false;
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(reachability.count(), 2);
        QCOMPARE(reachability.at(1).at(0).toBool(), true);
    }

    void logsNameRequestsButNoSecrets()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(u"aura.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { lines.append(message); });
        {
            Rig rig;
            rig.api = [](const SeenRequest &r) {
                if (r.header("Authorization") == "Bearer token-1")
                    return FakeAnswer::json(401, "{}"_ba);
                return FakeAnswer::json(202,
                    "{\"data\":{\"id\":\"n1\",\"username\":\"neo4j\",\"password\":\"db-password-123\"}}"_ba,
                    "rid-create");
            };
            Answers<Aura::InstanceCreated> answers;
            rig.client->createInstance({}, &rig.context, answers.collector());
            QTRY_COMPARE(answers.replies.size(), 1);
            QCOMPARE(answers.only().value().password, u"db-password-123"_s);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        const QString all = lines.join(u'\n');
        for (const QString &secret : {u"the-secret"_s, u"token-1"_s, u"token-2"_s, u"db-password-123"_s,
                 QString::fromLatin1("client:the-secret"_ba.toBase64())}) {
            QVERIFY2(!all.contains(secret), qPrintable(u"log shows "_s + secret));
        }
        QVERIFY2(all.contains(u"POST /v1/instances 202"_s), qPrintable(all));
        QVERIFY(all.contains(u"rid-create"_s));
        QVERIFY(all.contains(u"POST /oauth/token 200"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuraClient)
#include "tst_auraclient.moc"
