#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;
using namespace PlatformFixture;

Q_DECLARE_METATYPE(AuraSandbox::SessionSizingRequest)

// The pure rules of the platform state: ttl durations, the sizing estimates, and the state file's form of keys and
// sessions, each against good and hostile input.
class TestPlatformRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ttlIsAGoDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // 0 = refused
        QTest::newRow("30m") << u"30m"_s << qint64(1800);
        QTest::newRow("1h30m") << u"1h30m"_s << qint64(5400);
        QTest::newRow("20m0s as Go prints it") << u"20m0s"_s << qint64(1200);
        QTest::newRow("1.5h") << u"1.5h"_s << qint64(5400);
        QTest::newRow(".5h") << u".5h"_s << qint64(1800);
        QTest::newRow("0.29h, not 1043") << u"0.29h"_s << qint64(1044);
        QTest::newRow("90s") << u"90s"_s << qint64(90);
        QTest::newRow("2h45m30s") << u"2h45m30s"_s << qint64(9930);
        QTest::newRow("1500ms") << u"1500ms"_s << qint64(1);
        QTest::newRow("micro sign") << u"1000000\u00b5s"_s << qint64(1);
        QTest::newRow("seven days") << u"168h"_s << qint64(604800);
        QTest::newRow("units repeated") << u"1m1m"_s << qint64(120);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("no unit") << u"30"_s << qint64(0);
        QTest::newRow("unit only") << u"h"_s << qint64(0);
        QTest::newRow("negative") << u"-1h"_s << qint64(0);
        QTest::newRow("plus sign") << u"+1h"_s << qint64(0);
        QTest::newRow("days are no Go unit") << u"1d"_s << qint64(0);
        QTest::newRow("trailing number") << u"1h30"_s << qint64(0);
        QTest::newRow("over seven days") << u"168h1s"_s << qint64(0);
        QTest::newRow("169h") << u"169h"_s << qint64(0);
        QTest::newRow("zero") << u"0s"_s << qint64(0);
        QTest::newRow("under a second") << u"999ms"_s << qint64(0);
        QTest::newRow("exponent") << u"1e3s"_s << qint64(0);
        QTest::newRow("inner space") << u"1h 30m"_s << qint64(0);
        QTest::newRow("leading space") << u" 30m"_s << qint64(0);
        QTest::newRow("trailing newline") << u"30m\n"_s << qint64(0);
        QTest::newRow("huge number") << u"99999999999999999999999999999h"_s << qint64(0);
        QTest::newRow("huge sum") << u"100h100h"_s << qint64(0);
        QTest::newRow("full-width digit") << u"\uff11h"_s << qint64(0);
        QTest::newRow("NaN") << u"NaNs"_s << qint64(0);
        QTest::newRow("inf") << u"infh"_s << qint64(0);
        QTest::newRow("dots") << u"..s"_s << qint64(0);
        QTest::newRow("very long") << QString(10000, u'1') + u"s"_s << qint64(0);
    }
    void ttlIsAGoDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const Outcome<qint64> parsed = PlatformState::parseTtl(text);
        if (seconds > 0) {
            QCOMPARE(value(parsed), seconds);
            return;
        }
        const ApiFailure f = failure(parsed);
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.field, u"ttl"_s);
        QVERIFY(!f.message.isEmpty());
        QVERIFY(f.message.size() < 300); // hostile text is not echoed in full
    }

    void durationsArePrintedLikeGo_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("20 minutes") << qint64(1200) << u"20m0s"_s;
        QTest::newRow("an hour and a half") << qint64(5400) << u"1h30m0s"_s;
        QTest::newRow("an hour") << qint64(3600) << u"1h0m0s"_s;
        QTest::newRow("seconds") << qint64(45) << u"45s"_s;
        QTest::newRow("mixed") << qint64(9930) << u"2h45m30s"_s;
    }
    void durationsArePrintedLikeGo()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(PlatformState::formatDuration(seconds), text);
        QCOMPARE(value(PlatformState::parseTtl(text)), seconds);
    }

    void instanceSizing_data()
    {
        QTest::addColumn<double>("nodes");
        QTest::addColumn<double>("relationships");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("recommended");
        QTest::addColumn<bool>("exceeded");
        QTest::newRow("the spec's example")
            << 1e8 << 1e8 << QString() << QStringList() << u"14GB"_s << u"16GB"_s << false;
        QTest::newRow("empty graph") << 0.0 << 0.0 << QString() << QStringList() << u"1GB"_s << u"1GB"_s << false;
        QTest::newRow("enterprise has no 1GB")
            << 0.0 << 0.0 << u"enterprise-db"_s << QStringList() << u"1GB"_s << u"2GB"_s << false;
        QTest::newRow("just over 16GB") << 171798692.0 << 0.0 << QString() << QStringList() << u"17GB"_s << u"24GB"_s
                                        << false;
        QTest::newRow("algorithms double it")
            << 1e8 << 1e8 << QString() << QStringList {u"centrality"_s} << u"28GB"_s << u"32GB"_s << false;
        QTest::newRow("AuraDS doubles it")
            << 1e8 << 1e8 << u"enterprise-ds"_s << QStringList() << u"28GB"_s << u"32GB"_s << false;
        QTest::newRow("free is 1GB at most")
            << 1e8 << 0.0 << u"free-db"_s << QStringList() << u"10GB"_s << u"1GB"_s << true;
        QTest::newRow("professional stops at 128GB")
            << 1e10 << 0.0 << u"professional-db"_s << QStringList() << u"932GB"_s << u"128GB"_s << true;
        QTest::newRow("beyond 512GB") << 1e12 << 1e12 << u"business-critical"_s << QStringList() << u"139699GB"_s
                                      << u"512GB"_s << true;
    }
    void instanceSizing()
    {
        QFETCH(double, nodes);
        QFETCH(double, relationships);
        QFETCH(QString, type);
        QFETCH(QStringList, categories);
        QFETCH(QString, minimum);
        QFETCH(QString, recommended);
        QFETCH(bool, exceeded);
        const InstanceSizing s = value(PlatformState::instanceSizing({nodes, relationships, type, categories}));
        QCOMPARE(s.minRequiredMemory, minimum);
        QCOMPARE(s.recommendedSize, recommended);
        QCOMPARE(s.didExceedMaximum, exceeded);
    }

    void sessionSizing_data()
    {
        QTest::addColumn<SessionSizingRequest>("request");
        QTest::addColumn<QString>("estimated");
        QTest::addColumn<QString>("recommended");
        QTest::newRow("6GB needs 8GB") << SessionSizingRequest {1e8, 0, 0, 1e8, 0, {}} << u"6GB"_s << u"8GB"_s;
        QTest::newRow("small graph") << SessionSizingRequest {1e7, 2, 1, 5e7, 1, {}} << u"2GB"_s << u"2GB"_s;
        QTest::newRow("two categories") << SessionSizingRequest {1e7, 2, 1, 5e7, 1,
            {u"centrality"_s, u"community-detection"_s, u"centrality"_s}}
                                        << u"4GB"_s << u"4GB"_s; // the repeated category counts once
        QTest::newRow("no session is bigger")
            << SessionSizingRequest {1e12, 10, 2, 1e12, 3, {}} << u"174344GB"_s << u"384GB"_s;
        QTest::newRow("empty") << SessionSizingRequest {} << u"1GB"_s << u"2GB"_s;
    }
    void sessionSizing()
    {
        QFETCH(SessionSizingRequest, request);
        QFETCH(QString, estimated);
        QFETCH(QString, recommended);
        const SessionSizing s = value(PlatformState::sessionSizing(request));
        QCOMPARE(s.estimatedMemory, estimated);
        QCOMPARE(s.recommendedSize, recommended);
    }

    void sizingRefusesBadCounts_data()
    {
        QTest::addColumn<int>("which"); // index of the count that is bad; session sizing from 2 on
        QTest::addColumn<double>("count");
        QTest::addColumn<QString>("field");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("negative nodes") << 0 << -1.0 << u"node_count"_s;
        QTest::newRow("half a node") << 0 << 1.5 << u"node_count"_s;
        QTest::newRow("too many nodes") << 0 << 1e12 + 1 << u"node_count"_s;
        QTest::newRow("NaN nodes") << 0 << std::numeric_limits<double>::quiet_NaN() << u"node_count"_s;
        QTest::newRow("infinite relationships") << 1 << inf << u"relationship_count"_s;
        QTest::newRow("negative relationships") << 1 << -5.0 << u"relationship_count"_s;
        QTest::newRow("session: node properties") << 2 << -1.0 << u"node_property_count"_s;
        QTest::newRow("session: node labels") << 3 << 0.5 << u"node_label_count"_s;
        QTest::newRow("session: relationship properties") << 4 << 1e13 << u"relationship_property_count"_s;
        QTest::newRow("session: nodes") << 5 << -0.0001 << u"node_count"_s;
    }
    void sizingRefusesBadCounts()
    {
        QFETCH(int, which);
        QFETCH(double, count);
        QFETCH(QString, field);
        ApiFailure f;
        if (which < 2) {
            InstanceSizingRequest r {1000, 1000, {}, {}};
            (which == 0 ? r.nodeCount : r.relationshipCount) = count;
            f = failure(PlatformState::instanceSizing(r));
        } else {
            SessionSizingRequest r {1000, 1, 1, 1000, 1, {}};
            double *counts[] {&r.nodePropertyCount, &r.nodeLabelCount, &r.relationshipPropertyCount, &r.nodeCount};
            *counts[which - 2] = count;
            f = failure(PlatformState::sessionSizing(r));
        }
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.field, field);
        QCOMPARE(f.reason, u"invalid-field"_s);
    }

    void sizingAcceptsTheLargestCountAndRefusesUnknownNames()
    {
        QVERIFY(std::holds_alternative<InstanceSizing>(PlatformState::instanceSizing({1e12, 1e12, {}, {}})));
        QCOMPARE(failure(PlatformState::instanceSizing({1, 1, u"mainframe"_s, {}})).field, u"instance_type"_s);
        QCOMPARE(failure(PlatformState::instanceSizing({1, 1, {}, {u"magic"_s}})).field, u"algorithm_categories"_s);
        QCOMPARE(failure(PlatformState::sessionSizing({1, 0, 0, 1, 0, {u"similarity"_s, u""_s}})).field,
            u"algorithm_categories"_s);
        for (const QString &category : PlatformState::algorithmCategories())
            QVERIFY(std::holds_alternative<SessionSizing>(PlatformState::sessionSizing({1, 0, 0, 1, 0, {category}})));
    }

    void recordsSurviveTheStateFile()
    {
        Platform p(0.5);
        const QString keyId = value(p.platform->createKey(keyRequest(u"azure"_s))).id;
        value(p.platform->createKey(keyRequest(u"gcp"_s)));
        SessionRequest r = standalone();
        r.ttl = u"45m"_s;
        r.databaseUuid = u"ea408a62-c991-490c-96db-2b947003eece"_s;
        value(p.platform->getOrCreateSession(r));
        value(p.platform->getOrCreateSession(SessionRequest {u"b"_s, u"4GB"_s, {}, RunningId, {}, {}, {}, {}}));
        QVERIFY(!keyId.isEmpty());

        // Through text, as the file holds it: numbers come back as doubles.
        const QByteArray text = QJsonDocument(QJsonObject {{"keys"_L1, keysToJson(p.platform->keys())},
                                                  {"sessions"_L1, sessionsToJson(p.platform->sessions())}})
                                    .toJson();
        const QJsonObject root = QJsonDocument::fromJson(text).object();
        QString error;
        const auto keys = keysFromJson(root.value("keys"_L1), &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(*keys, p.platform->keys());
        const auto sessions = sessionsFromJson(root.value("sessions"_L1), &error);
        QVERIFY2(sessions, qPrintable(error));
        QCOMPARE(sessions->size(), 2);
        QCOMPARE(*sessions, p.platform->sessions());

        Platform restored(0.5);
        restored.platform->reset(*keys, *sessions);
        QCOMPARE(restored.platform->keys(), p.platform->keys());
        QCOMPARE(restored.platform->sessions(), p.platform->sessions());
        // A state from before keys and sessions existed has neither.
        QCOMPARE(keysFromJson(QJsonValue(QJsonValue::Undefined), &error)->size(), 0);
        QCOMPARE(sessionsFromJson(QJsonValue(QJsonValue::Null), &error)->size(), 0);
    }

    void hostileStateIsRefused_data()
    {
        QTest::addColumn<bool>("sessions");
        QTest::addColumn<QJsonValue>("json");
        const QJsonObject key
            = QJsonDocument::fromJson(R"({"id":"k1","name":"n","tenant_id":"t","cloud_provider":"aws","region":"r",)"
                                      R"("instance_type":"enterprise-db","key_id":"x","created_ms":1,"ready_ms":2})")
                  .object();
        const QJsonObject session
            = QJsonDocument::fromJson(R"({"id":"s1","name":"n","tenant_id":"t","memory":"4GB","cloud_provider":"gcp",)"
                                      R"("region":"r","created_ms":1,"ready_ms":2,"ttl_seconds":60,"expiry_ms":3})")
                  .object();
        QVERIFY(!key.isEmpty() && !session.isEmpty());
        const auto with = [](QJsonObject o, QLatin1StringView field, const QJsonValue &v) {
            o.insert(field, v);
            return QJsonValue(QJsonArray {o});
        };
        QTest::newRow("keys: not a list") << false << QJsonValue(u"keys"_s);
        QTest::newRow("keys: an object") << false << QJsonValue(key);
        QTest::newRow("keys: a number entry") << false << QJsonValue(QJsonArray {1});
        QTest::newRow("keys: nested list") << false << QJsonValue(QJsonArray {QJsonArray {key}});
        QTest::newRow("keys: no id") << false << with(key, "id"_L1, QJsonValue::Undefined);
        QTest::newRow("keys: numeric id") << false << with(key, "id"_L1, 5);
        QTest::newRow("keys: empty id") << false << with(key, "id"_L1, u""_s);
        QTest::newRow("keys: twice") << false << QJsonValue(QJsonArray {key, key});
        QTest::newRow("keys: negative time") << false << with(key, "created_ms"_L1, -1);
        QTest::newRow("keys: time as text") << false << with(key, "ready_ms"_L1, u"soon"_s);
        QTest::newRow("keys: time beyond 9999") << false << with(key, "ready_ms"_L1, 1e300);
        QTest::newRow("keys: fractional time") << false << with(key, "ready_ms"_L1, 1.5);
        QTest::newRow("keys: unknown cloud") << false << with(key, "cloud_provider"_L1, u"mars"_s);
        QTest::newRow("keys: huge name") << false << with(key, "name"_L1, QString(2000, u'n'));
        QTest::newRow("keys: name as list") << false << with(key, "name"_L1, QJsonArray {u"n"_s});
        QTest::newRow("sessions: not a list") << true << QJsonValue(true);
        QTest::newRow("sessions: no memory") << true << with(session, "memory"_L1, QJsonValue::Null);
        QTest::newRow("sessions: ttl over 7 days") << true << with(session, "ttl_seconds"_L1, 604801);
        QTest::newRow("sessions: failed as text") << true << with(session, "failed"_L1, u"yes"_s);
        QTest::newRow("sessions: instance as number") << true << with(session, "instance_id"_L1, 7);
        QTest::newRow("sessions: twice") << true << QJsonValue(QJsonArray {session, session});
    }
    void hostileStateIsRefused()
    {
        QFETCH(bool, sessions);
        QFETCH(QJsonValue, json);
        QString error;
        const bool refused = sessions ? !sessionsFromJson(json, &error) : !keysFromJson(json, &error);
        QVERIFY(refused);
        QVERIFY(!error.isEmpty());
    }

    void wellFormedEntriesAreAccepted()
    {
        const QByteArray keys = R"([{"id":"k1","name":"n","tenant_id":"t","cloud_provider":"aws","region":"r",)"
                                R"("instance_type":"enterprise-db","key_id":"x","created_ms":1,"ready_ms":2}])";
        const QByteArray sessions = R"([{"id":"s1","name":"n","tenant_id":"t","memory":"4GB","cloud_provider":"gcp",)"
                                    R"("region":"r","created_ms":1,"ready_ms":2,"ttl_seconds":60,"expiry_ms":3}])";
        QString error;
        const auto k = keysFromJson(QJsonDocument::fromJson(keys).array(), &error);
        QVERIFY2(k, qPrintable(error));
        QCOMPARE(k->first().readyMs, 2);
        const auto s = sessionsFromJson(QJsonDocument::fromJson(sessions).array(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->first().ttlSeconds, 60);
        QVERIFY(!s->first().failed);
    }
};

QTEST_GUILESS_MAIN(TestPlatformRules)
#include "tst_platformrules.moc"
