#include "sandbox/demodata.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/tiers.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;

Q_DECLARE_METATYPE(AuraSandbox::InstanceStatus)

namespace {

const QString TenantId = u"tenant-1"_s;

SandboxData oneTenant()
{
    SandboxData data;
    data.tenants << TenantRecord {TenantId, u"Tenant"_s, standardOffers(true)};
    return data;
}

InstanceSpec spec(const QString &type = u"professional-db"_s, const QString &memory = u"4GB"_s)
{
    const bool free = type == u"free-db";
    return InstanceSpec {u"graph"_s, TenantId, type, u"gcp"_s, u"europe-west1"_s, free ? u"1GB"_s : memory, {}};
}

InstanceChange resize(const QString &memory)
{
    InstanceChange change;
    change.memory = memory;
    return change;
}

InstanceChange rename(const QString &name)
{
    InstanceChange change;
    change.name = name;
    return change;
}

template<typename T>
T value(const Outcome<T> &outcome)
{
    if (const auto *f = std::get_if<ApiFailure>(&outcome))
        qWarning() << "unexpected failure" << f->httpStatus << f->message;
    return std::get<T>(outcome);
}

template<typename T>
ApiFailure failure(const Outcome<T> &outcome)
{
    return std::holds_alternative<ApiFailure>(outcome) ? std::get<ApiFailure>(outcome) : ApiFailure {0, {}, {}, {}};
}

} // namespace

// The rules of the sandbox without HTTP, on a clock the test moves by hand.
class TestSandboxState : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 1'800'000'000'000;
    std::unique_ptr<SandboxState> m_state;

    void later(double seconds)
    {
        m_now += qRound64(seconds * 1000);
        m_state->advance();
    }
    // A running instance of the given type, created and left to settle.
    QString running(const QString &type = u"professional-db"_s)
    {
        const QString id = value(m_state->create(spec(type))).instance.id;
        later(m_state->durations().creating);
        return id;
    }
    InstanceStatus statusOf(const QString &id) { return value(m_state->instance(id)).status; }

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<SandboxState>();
        m_state->setClock([this] { return m_now; });
        m_state->reset(oneTenant());
    }

    void createdInstanceRunsAfterTheCreationTime_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("real time") << 1.0;
        QTest::newRow("a hundred times faster") << 0.01;
    }
    void createdInstanceRunsAfterTheCreationTime()
    {
        QFETCH(double, scale);
        m_state->setTimeScale(scale);
        const CreatedInstance created = value(m_state->create(spec()));
        QCOMPARE(created.instance.status, InstanceStatus::Creating);
        QCOMPARE(created.instance.storage, u"8GB"_s); // pairs with 4GB by position
        QCOMPARE(created.instance.version, u"5"_s);
        QCOMPARE(created.password.size(), 43);
        QVERIFY(created.password != value(m_state->create(spec())).password);
        const double creating = m_state->durations().creating * scale;
        later(creating - 0.01);
        QCOMPARE(statusOf(created.instance.id), InstanceStatus::Creating);
        later(0.02);
        QCOMPARE(statusOf(created.instance.id), InstanceStatus::Running);
    }

    void operationsMoveThroughTheirStatuses_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<InstanceStatus>("during");
        QTest::addColumn<InstanceStatus>("after");
        QTest::newRow("pause") << u"pause"_s << InstanceStatus::Pausing << InstanceStatus::Paused;
        QTest::newRow("resume") << u"resume"_s << InstanceStatus::Resuming << InstanceStatus::Running;
        QTest::newRow("resize") << u"resize"_s << InstanceStatus::Updating << InstanceStatus::Running;
        QTest::newRow("overwrite") << u"overwrite"_s << InstanceStatus::Restoring << InstanceStatus::Running;
        QTest::newRow("delete") << u"delete"_s << InstanceStatus::Destroying << InstanceStatus::Destroyed;
    }
    void operationsMoveThroughTheirStatuses()
    {
        QFETCH(QString, operation);
        QFETCH(InstanceStatus, during);
        QFETCH(InstanceStatus, after);
        const QString id = running();
        Outcome<InstanceRecord> result;
        if (operation == u"pause") {
            result = m_state->pause(id);
        } else if (operation == u"resume") {
            value(m_state->pause(id));
            later(m_state->durations().pausing);
            result = m_state->resume(id);
        } else if (operation == u"resize") {
            result = m_state->update(id, resize(u"16GB"_s));
            QCOMPARE(value(result).memory, u"4GB"_s); // the old size shows until the resize is done
        } else if (operation == u"overwrite") {
            const QString snapshotId = value(m_state->takeSnapshot(id)).id;
            later(m_state->durations().snapshot);
            result = m_state->overwrite(id, id, snapshotId);
        } else {
            result = m_state->destroy(id);
        }
        QCOMPARE(value(result).status, during);
        QCOMPARE(statusOf(id), during);
        later(60 * 60);
        if (after == InstanceStatus::Destroyed) {
            QCOMPARE(failure(m_state->instance(id)).httpStatus, 404); // destroyed, then gone
            return;
        }
        QCOMPARE(statusOf(id), after);
        if (operation == u"resize") {
            QCOMPARE(value(m_state->instance(id)).memory, u"16GB"_s);
            QCOMPARE(value(m_state->instance(id)).storage, u"32GB"_s);
        }
    }

    void deletedInstanceIsListedAsDestroyedForAWhile()
    {
        const QString id = running();
        value(m_state->destroy(id));
        later(m_state->durations().destroying);
        QCOMPARE(statusOf(id), InstanceStatus::Destroyed);
        QCOMPARE(failure(m_state->pause(id)).httpStatus, 409);
        later(m_state->durations().destroyedVisible);
        QCOMPARE(failure(m_state->instance(id)).reason, u"instance-not-found"_s);
        QVERIFY(m_state->instances().isEmpty());
    }

    void operationsThatMakeNoSenseAreRefused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pause a paused instance") << u"paused"_s << u"pause"_s << 409 << u"instance-paused"_s;
        QTest::newRow("resume a running instance") << u"running"_s << u"resume"_s << 409 << u"instance-running"_s;
        QTest::newRow("pause while pausing") << u"pausing"_s << u"pause"_s << 409 << u"ongoing-database-operation"_s;
        QTest::newRow("resume while pausing") << u"pausing"_s << u"resume"_s << 409 << u"ongoing-database-operation"_s;
        QTest::newRow("delete while destroying")
            << u"destroying"_s << u"delete"_s << 409 << u"ongoing-database-operation"_s;
        QTest::newRow("snapshot while destroying")
            << u"destroying"_s << u"snapshot"_s << 409 << u"ongoing-database-operation"_s;
        QTest::newRow("resize while creating")
            << u"creating"_s << u"resize"_s << 409 << u"ongoing-database-operation"_s;
        QTest::newRow("resize a paused instance") << u"paused"_s << u"resize"_s << 409 << u"instance-not-running"_s;
        QTest::newRow("snapshot a paused instance") << u"paused"_s << u"snapshot"_s << 409 << u"instance-not-running"_s;
        QTest::newRow("pause a free instance") << u"free"_s << u"pause"_s << 400 << u"free-instance-not-pausable"_s;
        QTest::newRow("resize to a size not offered")
            << u"running"_s << u"resize-odd"_s << 400 << u"invalid-configuration"_s;
        QTest::newRow("pause an unknown instance") << u"none"_s << u"pause"_s << 404 << u"instance-not-found"_s;
    }
    void operationsThatMakeNoSenseAreRefused()
    {
        QFETCH(QString, setup);
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QString id = u"00000000"_s;
        if (setup == u"creating") {
            id = value(m_state->create(spec())).instance.id;
        } else if (setup != u"none") {
            id = running(setup == u"free" ? u"free-db"_s : u"professional-db"_s);
        }
        if (setup == u"paused" || setup == u"pausing")
            value(m_state->pause(id));
        if (setup == u"paused")
            later(m_state->durations().pausing);
        if (setup == u"destroying")
            value(m_state->destroy(id));
        const InstanceStatus before = setup == u"none" ? InstanceStatus::Running : statusOf(id);

        ApiFailure f;
        if (operation == u"pause")
            f = failure(m_state->pause(id));
        else if (operation == u"resume")
            f = failure(m_state->resume(id));
        else if (operation == u"delete")
            f = failure(m_state->destroy(id));
        else if (operation == u"snapshot")
            f = failure(m_state->takeSnapshot(id));
        else if (operation == u"resize")
            f = failure(m_state->update(id, resize(u"8GB"_s)));
        else
            f = failure(m_state->update(id, resize(u"3GB"_s)));
        QCOMPARE(f.httpStatus, status);
        QCOMPARE(f.reason, reason);
        QVERIFY(!f.message.isEmpty());
        if (setup != u"none")
            QCOMPARE(statusOf(id), before); // a refusal changes nothing
    }

    void createChecksTheCombinationAgainstTheTenant_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("type the tenant lacks") << u"type"_s << u"business-critical"_s;
        QTest::newRow("cloud without the type") << u"cloud_provider"_s << u"azure-ds"_s;
        QTest::newRow("region of another cloud") << u"region"_s << u"us-east-1"_s;
        QTest::newRow("memory not offered") << u"memory"_s << u"3GB"_s;
        QTest::newRow("free tier memory for a paid type") << u"memory"_s << u"1024GB"_s;
        QTest::newRow("unknown tenant") << u"tenant_id"_s << u"no-such-tenant"_s;
        QTest::newRow("name too long") << u"name"_s << QString(31, u'x');
        QTest::newRow("blank name") << u"name"_s << u"   "_s;
        QTest::newRow("version not offered") << u"version"_s << u"4"_s;
    }
    void createChecksTheCombinationAgainstTheTenant()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        InstanceSpec s = spec();
        if (field == u"type")
            s.type = value;
        else if (field == u"cloud_provider")
            s.cloudProvider = value;
        else if (field == u"region")
            s.region = value;
        else if (field == u"memory")
            s.memory = value;
        else if (field == u"tenant_id")
            s.tenantId = value;
        else if (field == u"name")
            s.name = value;
        else
            s.version = value;
        const ApiFailure f = failure(m_state->create(s));
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.field, field);
        QVERIFY(m_state->instances().isEmpty());
    }

    void nameOfThirtyCharactersIsAccepted()
    {
        InstanceSpec s = spec();
        s.name = QString(30, u'n');
        QCOMPARE(value(m_state->create(s)).instance.name, s.name);
    }

    void renameKeepsTheStatus()
    {
        const QString id = value(m_state->create(spec())).instance.id;
        const InstanceRecord renamed = value(m_state->update(id, rename(u"renamed"_s)));
        QCOMPARE(renamed.name, u"renamed"_s);
        QCOMPARE(renamed.status, InstanceStatus::Creating);
        QCOMPARE(failure(m_state->update(id, InstanceChange {})).httpStatus, 400);
        QCOMPARE(failure(m_state->update(id, rename(QString(31, u'x')))).field, u"name"_s);
    }

    void onDemandSnapshotCompletesAndIsExportable()
    {
        const QString id = running();
        const SnapshotRecord s = value(m_state->takeSnapshot(id));
        QCOMPARE(s.status, SnapshotStatus::Pending); // queued first
        QVERIFY(s.exportable);
        QVERIFY(!s.scheduled);
        later(m_state->durations().snapshotPending);
        QCOMPARE(value(m_state->snapshot(id, s.id)).status, SnapshotStatus::InProgress);
        later(m_state->durations().snapshot - m_state->durations().snapshotPending - 1);
        QCOMPARE(value(m_state->snapshot(id, s.id)).status, SnapshotStatus::InProgress);
        later(1);
        QCOMPARE(value(m_state->snapshot(id, s.id)).status, SnapshotStatus::Completed);
        QCOMPARE(failure(m_state->snapshot(id, u"nope"_s)).httpStatus, 404);
    }

    void scheduledSnapshotsFollowTheTierAndItsRetention()
    {
        const QString paid = running(); // professional-db: a daily snapshot, kept a week
        const QString free = running(u"free-db"_s); // none
        QVERIFY(value(m_state->snapshots(paid)).isEmpty());
        later(m_state->durations().hourlySnapshotInterval);
        QVERIFY(value(m_state->snapshots(paid)).isEmpty()); // no hourly ones for professional
        later(m_state->durations().dailySnapshotInterval - m_state->durations().hourlySnapshotInterval);
        const QList<SnapshotRecord> list = value(m_state->snapshots(paid));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().scheduled);
        QVERIFY(list.first().exportable); // daily snapshots are full ones
        QCOMPARE(list.first().status, SnapshotStatus::Completed);
        QVERIFY(value(m_state->snapshots(free)).isEmpty());
        for (int day = 0; day < tierOf(u"professional-db"_s).dailyRetentionDays + 3; ++day)
            later(m_state->durations().dailySnapshotInterval);
        QCOMPARE(value(m_state->snapshots(paid)).size(), tierOf(u"professional-db"_s).dailyRetentionDays);
    }

    void businessCriticalAlsoTakesHourlyDifferentialSnapshots()
    {
        m_state->reset(SandboxData {{TenantRecord {TenantId, u"T"_s, liveOffers(true)}}, {}, {}, {}, {}});
        InstanceSpec s = spec();
        s.type = u"business-critical"_s;
        const QString id = value(m_state->create(s)).instance.id;
        later(m_state->durations().creating);
        later(m_state->durations().hourlySnapshotInterval);
        QList<SnapshotRecord> list = value(m_state->snapshots(id));
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().exportable); // differential
        const int hourlyKept = tierOf(u"business-critical"_s).hourlyRetentionDays * 24;
        for (int hour = 0; hour < hourlyKept + 30; ++hour)
            later(m_state->durations().hourlySnapshotInterval);
        list = value(m_state->snapshots(id));
        const auto hourly
            = std::count_if(list.cbegin(), list.cend(), [](const SnapshotRecord &r) { return !r.exportable; });
        const auto daily
            = std::count_if(list.cbegin(), list.cend(), [](const SnapshotRecord &r) { return r.exportable; });
        QCOMPARE(hourly, hourlyKept);
        QCOMPARE(daily, (hourlyKept + 31) / 24);
    }

    void snapshotsAreListedByDay()
    {
        const QString id = running();
        const SnapshotRecord first = value(m_state->takeSnapshot(id));
        later(m_state->durations().day);
        const SnapshotRecord second = value(m_state->takeSnapshot(id));
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).date();
        const QList<SnapshotRecord> ofToday = value(m_state->snapshots(id, today));
        QVERIFY(
            std::any_of(ofToday.cbegin(), ofToday.cend(), [&](const SnapshotRecord &r) { return r.id == second.id; }));
        QVERIFY(
            std::none_of(ofToday.cbegin(), ofToday.cend(), [&](const SnapshotRecord &r) { return r.id == first.id; }));
        const QList<SnapshotRecord> ofYesterday = value(m_state->snapshots(id, today.addDays(-1)));
        QCOMPARE(ofYesterday.size(), 1);
        QCOMPARE(ofYesterday.first().id, first.id);
        QVERIFY(value(m_state->snapshots(id, today.addDays(-30))).isEmpty());
        QVERIFY(value(m_state->snapshots(id)).size() >= 2); // without a day: all of them
    }

    void restoreCreatesANewInstanceFromACompletedSnapshot()
    {
        const QString id = running();
        const QString snapshotId = value(m_state->takeSnapshot(id)).id;
        QCOMPARE(failure(m_state->restore(id, snapshotId, spec())).reason, u"snapshot-not-completed"_s);
        later(m_state->durations().snapshot);
        const CreatedInstance restored = value(m_state->restore(id, snapshotId, spec(u"professional-db"_s, u"8GB"_s)));
        QVERIFY(restored.instance.id != id);
        QCOMPARE(restored.instance.status, InstanceStatus::Loading);
        QCOMPARE(restored.instance.memory, u"8GB"_s);
        QVERIFY(!restored.password.isEmpty());
        later(m_state->durations().loading);
        QCOMPARE(statusOf(restored.instance.id), InstanceStatus::Running);
        QCOMPARE(statusOf(id), InstanceStatus::Running);
        QCOMPARE(failure(m_state->restore(id, u"missing"_s, spec())).httpStatus, 404);
    }

    void overwriteNeedsAnExistingSourceSnapshot()
    {
        const QString target = running();
        const QString source = running();
        QCOMPARE(failure(m_state->overwrite(target, source, u"missing"_s)).httpStatus, 404);
        QCOMPARE(failure(m_state->overwrite(target, u"ffffffff"_s, u"missing"_s)).httpStatus, 404);
        const QString snapshotId = value(m_state->takeSnapshot(source)).id;
        QCOMPARE(failure(m_state->overwrite(target, source, snapshotId)).reason, u"snapshot-not-completed"_s);
        later(m_state->durations().snapshot);
        QCOMPARE(value(m_state->overwrite(target, source, snapshotId)).status, InstanceStatus::Restoring);
        QCOMPARE(statusOf(source), InstanceStatus::Running);
    }

    void listsFilterByTenant()
    {
        SandboxData data = demoData(m_now);
        m_state->reset(data);
        const QList<InstanceRecord> all = m_state->instances();
        QCOMPARE(all.size(), data.instances.size());
        const QString tenant = data.tenants.at(1).id;
        const QList<InstanceRecord> some = m_state->instances(tenant);
        QVERIFY(!some.isEmpty());
        QVERIFY(some.size() < all.size());
        for (const InstanceRecord &i : some)
            QCOMPARE(i.tenantId, tenant);
        QCOMPARE(failure(m_state->tenant(u"nope"_s)).httpStatus, 404);
    }

    void timerMovesStatusesWithoutAnyQuery()
    {
        SandboxState state; // the real clock
        state.reset(oneTenant());
        state.setTimeScale(0.001); // 90 s of creation take 90 ms
        QSignalSpy changed(&state, &SandboxState::changed);
        const QString id = value(state.create(spec())).instance.id;
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000); // created, then running without being asked
        QCOMPARE(state.data().instances.first().status, InstanceStatus::Running);
        QCOMPARE(state.data().instances.first().id, id);
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
