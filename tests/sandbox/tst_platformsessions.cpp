#include "platformfixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;
using namespace PlatformFixture;

Q_DECLARE_METATYPE(AuraSandbox::SessionRequest)

// Graph Analytics sessions without HTTP: get-or-create with its conflicts, the statuses that follow from the clock
// (Creating, Ready, Expired, then gone), sessions on instances, validation and the list filters.
class TestPlatformSessions : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Platform> m;

    PlatformState &platform() { return *m->platform; }

private Q_SLOTS:
    void init() { m = std::make_unique<Platform>(); }

    void sessionIsCreatedThenFoundThenConflicts()
    {
        QSignalSpy changed(&platform(), &PlatformState::changed);
        const SessionAnswer first = value(platform().getOrCreateSession(standalone()));
        QVERIFY(first.created);
        QCOMPARE(changed.count(), 1);
        QVERIFY(QRegularExpression(u"\\As-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]\\z"_s).match(first.session.id).hasMatch());
        QCOMPARE(first.session.tenantId, TenantId);
        QCOMPARE(first.session.userId, QString::fromLatin1(PlatformState::DemoUserId));
        QCOMPARE(sessionStatus(first.session, m->now), SessionStatus::Creating);

        m->later(5);
        const SessionAnswer again = value(platform().getOrCreateSession(standalone()));
        QVERIFY(!again.created);
        QCOMPARE(again.session.id, first.session.id);
        QCOMPARE(changed.count(), 1);

        const ApiFailure f = failure(platform().getOrCreateSession(standalone(u"people-and-fruit"_s, u"4GB"_s)));
        QCOMPARE(f.httpStatus, 409);
        QCOMPARE(f.reason, QString());
        QCOMPARE(f.message,
            u"session `people-and-fruit` already exists for project `%1` with different parameters: "
            u"Memory (is: 8GB, requested: 4GB)"_s.arg(TenantId));

        SessionRequest longer = standalone();
        longer.ttl = u"1h"_s;
        longer.region = u"us-central1"_s;
        const QString message = failure(platform().getOrCreateSession(longer)).message;
        QVERIFY2(message.contains(u"TTL (is: none, requested: 1h0m0s)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Region (is: europe-west1, requested: us-central1)"_s), qPrintable(message));
        QVERIFY(!message.contains(u"Memory"_s));

        // The same name in another project is another session.
        SessionRequest elsewhere = standalone();
        elsewhere.tenantId = OtherTenantId;
        QVERIFY(value(platform().getOrCreateSession(elsewhere)).created);
        QCOMPARE(platform().sessions().size(), 2);
    }

    void sessionMovesFromCreatingToReadyToExpiredToGone_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("ttl");
        QTest::addColumn<qint64>("ttlSeconds");
        QTest::newRow("ttl 30m") << 1.0 << u"30m"_s << qint64(1800);
        QTest::newRow("ttl 20m0s, fast") << 0.01 << u"20m0s"_s << qint64(1200);
        QTest::newRow("default: 7 days") << 1.0 << QString() << qint64(0);
    }
    void sessionMovesFromCreatingToReadyToExpiredToGone()
    {
        QFETCH(double, scale);
        QFETCH(QString, ttl);
        QFETCH(qint64, ttlSeconds);
        m = std::make_unique<Platform>(scale);
        SessionRequest r = standalone();
        r.ttl = ttl;
        const SessionRecord s = value(platform().getOrCreateSession(r)).session;
        QCOMPARE(s.ttlSeconds, ttlSeconds);
        const auto scaled = [&](double seconds) { return qRound64(seconds * 1000 * scale); };
        const auto status = [&] { return sessionStatus(value(platform().session(s.id)), m->now); };
        QCOMPARE(s.readyMs, m->now + scaled(PlatformState::SessionCreatingSeconds));
        const qint64 expiry = ttlSeconds > 0 ? s.readyMs + scaled(static_cast<double>(ttlSeconds))
                                             : s.createdMs + scaled(7 * 24 * 3600);
        QCOMPARE(s.expiryMs, expiry);

        m->now = s.readyMs - 1;
        QCOMPARE(status(), SessionStatus::Creating);
        m->now = s.readyMs;
        QCOMPARE(status(), SessionStatus::Ready);
        m->now = expiry - 1;
        QCOMPARE(status(), SessionStatus::Ready);
        m->now = expiry;
        QCOMPARE(status(), SessionStatus::Expired);
        QCOMPARE(value(platform().listSessions()).size(), 1);
        m->now = expiry + scaled(PlatformState::ExpiredVisibleSeconds) - 1;
        QCOMPARE(status(), SessionStatus::Expired);
        m->now += 1;
        const ApiFailure f = failure(platform().session(s.id));
        QCOMPARE(f.httpStatus, 404);
        QCOMPARE(f.message, u"session with id `%1` not found"_s.arg(s.id));
        QVERIFY(value(platform().listSessions()).isEmpty());
        QVERIFY(platform().sessions().isEmpty()); // the state file drops it too
        QCOMPARE(failure(platform().deleteSession(s.id)).httpStatus, 404);
    }

    void expiredSessionGivesWayToANewOne()
    {
        SessionRequest r = standalone();
        r.ttl = u"10m"_s;
        const SessionRecord old = value(platform().getOrCreateSession(r)).session;
        m->now = old.expiryMs;
        const SessionAnswer fresh = value(platform().getOrCreateSession(r));
        QVERIFY(fresh.created);
        QVERIFY(fresh.session.id != old.id);
        QCOMPARE(value(platform().listSessions()).size(), 2); // the expired one is still listed for an hour
    }

    void sessionOnAnInstanceTakesItsProjectAndPlace()
    {
        SessionRequest r;
        r.name = u"people-and-fruit-with-db"_s;
        r.memory = u"4GB"_s;
        r.instanceId = RunningId;
        r.databaseUuid = u"ea408a62-c991-490c-96db-2b947003eece"_s;
        const SessionRecord s = value(platform().getOrCreateSession(r)).session;
        QVERIFY2(QRegularExpression(u"\\A%1-[0-9a-f]{8}\\z"_s.arg(RunningId)).match(s.id).hasMatch(), qPrintable(s.id));
        QCOMPARE(s.instanceId, RunningId);
        QCOMPARE(s.tenantId, TenantId);
        QCOMPARE(s.cloudProvider, u"aws"_s);
        QCOMPARE(s.region, u"us-east-1"_s);
        QCOMPARE(s.databaseUuid, r.databaseUuid);

        r.instanceId = PausedId;
        ApiFailure f = failure(platform().getOrCreateSession(r));
        QCOMPARE(f.field, u"instance_id"_s);
        QCOMPARE(f.reason, u"instance-not-running"_s);
        r.instanceId = u"00000000"_s;
        f = failure(platform().getOrCreateSession(r));
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.field, u"instance_id"_s);
        QCOMPARE(f.reason, u"db-not-found"_s);
        r.instanceId = RunningId;
        r.tenantId = OtherTenantId;
        QCOMPARE(failure(platform().getOrCreateSession(r)).field, u"tenant_id"_s);
        r.tenantId = TenantId; // naming the instance's own project is fine
        QVERIFY(!value(platform().getOrCreateSession(r)).created);
    }

    void sessionCreationRefusesBadFields_data()
    {
        QTest::addColumn<SessionRequest>("request");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto with = [](auto change) {
            SessionRequest r = standalone();
            change(r);
            return r;
        };
        QTest::newRow("no name") << with([](SessionRequest &r) { r.name.clear(); }) << u"name"_s << u"missing-field"_s;
        QTest::newRow("long name") << with([](SessionRequest &r) { r.name = QString(129, u'n'); }) << u"name"_s
                                   << u"invalid-field"_s;
        QTest::newRow("no memory") << with([](SessionRequest &r) { r.memory.clear(); }) << u"memory"_s
                                   << u"missing-field"_s;
        QTest::newRow("3GB") << with([](SessionRequest &r) { r.memory = u"3GB"_s; }) << u"memory"_s
                             << u"invalid-field"_s;
        QTest::newRow("512GB") << with([](SessionRequest &r) { r.memory = u"512GB"_s; }) << u"memory"_s
                               << u"invalid-field"_s;
        QTest::newRow("bad ttl") << with([](SessionRequest &r) { r.ttl = u"forever"_s; }) << u"ttl"_s
                                 << u"invalid-field"_s;
        QTest::newRow("no tenant") << with([](SessionRequest &r) { r.tenantId.clear(); }) << u"tenant_id"_s
                                   << u"missing-field"_s;
        QTest::newRow("no cloud") << with([](SessionRequest &r) { r.cloudProvider.clear(); }) << u"cloud_provider"_s
                                  << u"missing-field"_s;
        QTest::newRow("no region") << with([](SessionRequest &r) { r.region.clear(); }) << u"region"_s
                                   << u"missing-field"_s;
        QTest::newRow("unknown tenant") << with([](SessionRequest &r) { r.tenantId = u"x"_s; }) << u"tenant_id"_s
                                        << u"tenant-not-found"_s;
        QTest::newRow("unknown cloud") << with([](SessionRequest &r) { r.cloudProvider = u"oci"_s; })
                                       << u"cloud_provider"_s << u"invalid-field"_s;
        QTest::newRow("region with a slash")
            << with([](SessionRequest &r) { r.region = u"../etc"_s; }) << u"region"_s << u"invalid-field"_s;
        QTest::newRow("database uuid") << with([](SessionRequest &r) { r.databaseUuid = u"not-a-uuid"_s; })
                                       << u"database_uuid"_s << u"invalid-field"_s;
    }
    void sessionCreationRefusesBadFields()
    {
        QFETCH(SessionRequest, request);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        QSignalSpy changed(&platform(), &PlatformState::changed);
        const ApiFailure f = failure(platform().getOrCreateSession(request));
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.field, field);
        QCOMPARE(f.reason, reason);
        QCOMPARE(changed.count(), 0);
        QVERIFY(platform().sessions().isEmpty());
    }

    void sessionsAreFiltered()
    {
        const QString a = value(platform().getOrCreateSession(standalone(u"a"_s))).session.id;
        const SessionRequest attached {u"b"_s, u"4GB"_s, {}, RunningId, {}, {}, {}, {}};
        const QString b = value(platform().getOrCreateSession(attached)).session.id;
        SessionRequest other = standalone(u"c"_s);
        other.tenantId = OtherTenantId;
        const QString c = value(platform().getOrCreateSession(other)).session.id;

        const auto ids = [&](const QString &instance, const QString &tenant, const QString &organization) {
            QStringList out;
            for (const SessionRecord &s : value(platform().listSessions(instance, tenant, organization)))
                out << s.id;
            return out;
        };
        QCOMPARE(ids({}, {}, {}), (QStringList {a, b, c}));
        QCOMPARE(ids(RunningId, {}, {}), QStringList {b});
        QCOMPARE(ids({}, TenantId, {}), (QStringList {a, b}));
        QCOMPARE(ids({}, OtherTenantId, {}), QStringList {c});
        QCOMPARE(ids(RunningId, OtherTenantId, {}), QStringList());
        QCOMPARE(ids({}, {}, QString::fromLatin1(PlatformState::DemoOrganizationId)), (QStringList {a, b, c}));
        QCOMPARE(ids({}, {}, u"another-organization"_s), QStringList());

        ApiFailure f = failure(platform().listSessions(u"00000000"_s));
        QCOMPARE(f.httpStatus, 404);
        QCOMPARE(f.reason, u"db-not-found"_s);
        f = failure(platform().listSessions({}, u"unknown-tenant"_s));
        QCOMPARE(f.httpStatus, 404);
        QCOMPARE(f.reason, u"tenant-not-found"_s);
    }

    void sessionIsDeleted()
    {
        const QString id = value(platform().getOrCreateSession(standalone())).session.id;
        QSignalSpy changed(&platform(), &PlatformState::changed);
        QCOMPARE(value(platform().deleteSession(id)), id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(failure(platform().session(id)).httpStatus, 404);
        const ApiFailure f = failure(platform().deleteSession(id));
        QCOMPARE(f.httpStatus, 404);
        QCOMPARE(f.message, u"session with id `%1` not found"_s.arg(id));
        QCOMPARE(changed.count(), 1);
        QVERIFY(value(platform().getOrCreateSession(standalone())).created); // the name is free again
    }

    void resetGivesAnExpiryToSessionsWithout()
    {
        SessionRecord s;
        s.id = u"s-00000000-0000-0"_s;
        s.name = u"old"_s;
        s.tenantId = TenantId;
        s.memory = u"4GB"_s;
        s.cloudProvider = u"gcp"_s;
        s.region = u"europe-west1"_s;
        s.createdMs = m->now;
        s.readyMs = m->now + 1000;
        s.ttlSeconds = 60;
        platform().reset({}, {s});
        QCOMPARE(platform().sessions().first().expiryMs, s.readyMs + 60'000);
        m->now = s.readyMs + 60'000;
        QCOMPARE(sessionStatus(value(platform().session(s.id)), m->now), SessionStatus::Expired);
    }
};

QTEST_GUILESS_MAIN(TestPlatformSessions)
#include "tst_platformsessions.moc"
