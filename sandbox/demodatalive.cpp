// The demo organisation of the live dialect (aura-v1).
#include "sandbox/demodata.h"
#include "sandbox/demodatadetail.h"
#include "sandbox/tiers.h"

namespace AuraSandbox {

using namespace Demo;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

// A few days of the tier's scheduled snapshots, as the service would have taken them.
void scheduledHistory(SandboxData &d, InstanceRecord &i, qint64 now, int n)
{
    const Tier &tier = tierOf(i.type);
    if (tier.dailyRetentionDays == 0 || i.status == InstanceStatus::Creating)
        return;
    const qint64 offset = (7 + n * 13) % 60 * 60 * 1000; // each instance at its own minute
    int k = 0;
    const auto id = [&] {
        return u"%1-%2-4%3-8000-000000000000"_s.arg(i.id).arg(n, 4, 10, QChar(u'0')).arg(k++, 3, 10, QChar(u'0'));
    };
    for (int days = 4; days >= 1; --days) {
        const qint64 at = now - days * Day + offset;
        if (at > i.createdMs)
            d.snapshots << SnapshotRecord {id(), i.id, SnapshotStatus::Completed, at, 0, true, true, 0};
    }
    if (tier.hourlyRetentionDays > 0) {
        for (int hours = 36; hours >= 1; --hours) {
            const qint64 at = now - hours * Hour + offset;
            d.snapshots << SnapshotRecord {id(), i.id, SnapshotStatus::Completed, at, 0, false, true, 0};
        }
        i.nextHourlySnapshotMs = now + offset % Hour + 60 * 1000;
    }
}

} // namespace

QList<RegionOffer> liveOffers(bool withFreeTier)
{
    QList<RegionOffer> out = standardOffers(withFreeTier);
    for (RegionOffer &o : out) {
        if (o.type == u"professional-db" || o.type == u"enterprise-db")
            o.versions = {u"4"_s, u"5"_s};
        if (o.type == u"enterprise-db")
            o.storageSteps = 2;
    }
    const QStringList criticalMemory = sizes({2, 4, 8, 16, 32, 64, 128, 256});
    const QStringList criticalStorage = sizes({4, 8, 16, 32, 64, 128, 256, 512});
    for (const Region &r : Regions) {
        RegionOffer bc = offer(u"business-critical"_s, r, criticalMemory, criticalStorage);
        bc.storageSteps = 2;
        out << bc;
    }
    for (const Region &r : Regions) {
        if (QByteArrayView(r.cloud) != "azure")
            out << offer(u"professional-ds"_s, r, sizes({4, 8, 16, 32, 64}), sizes({8, 16, 32, 64, 128}));
    }
    return out;
}

SandboxData liveDemoData(qint64 now)
{
    SandboxData d;
    const QString production = u"7c4a1b2e-3d5f-4a6b-8c9d-0e1f2a3b4c5d"_s;
    const QString staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s;
    const QString science = u"f0e1d2c3-b4a5-4968-8776-655443322110"_s;
    d.tenants << TenantRecord {production, u"Acme Production"_s, liveOffers(false)}
              << TenantRecord {staging, u"Acme Staging"_s, liveOffers(true)}
              << TenantRecord {science, u"Acme Data Science"_s, liveOffers(false)};

    const Region &belgium = Regions[0];
    const Region &iowa = Regions[1];
    const Region &virginia = Regions[3];
    const Region &ireland = Regions[4];
    const Region &netherlands = Regions[5];
    const QString pro = u"professional-db"_s;
    const QString bc = u"business-critical"_s;
    const QString vdc = u"enterprise-db"_s;
    const QString keyId = u"8c764aed-8eb3-4a1c-92f6-e4ef0c7a6ed9"_s;

    QList<InstanceRecord> &is = d.instances;
    is << instance(u"4f8a2c1d"_s, u"orders-graph"_s, production, vdc, belgium, u"32GB"_s, u"64GB"_s, now - 400 * Day);
    is << instance(u"9b3e7d52"_s, u"customer-360"_s, production, bc, virginia, u"64GB"_s, u"128GB"_s, now - 250 * Day);
    is << instance(u"5d6e7f80"_s, u"supply-chain"_s, production, bc, netherlands, u"16GB"_s, u"32GB"_s, now - 30 * Day);
    is << instance(u"a7b8c9d0"_s, u"recommendations"_s, production, pro, iowa, u"8GB"_s, u"16GB"_s, now - 12 * Day);
    is << instance(u"1e2d3c4b"_s, u"staging-orders"_s, staging, pro, belgium, u"8GB"_s, u"16GB"_s, now - 60 * Day);
    is << instance(u"6a5b4c3d"_s, u"staging-customers"_s, staging, pro, virginia, u"4GB"_s, u"8GB"_s, now - 45 * Day);
    is << instance(u"e9f8a7b6"_s, u"load-test"_s, staging, pro, ireland, u"16GB"_s, u"32GB"_s, now - 3 * Day);
    is << instance(u"0c1d2e3f"_s, u"feature-search"_s, staging, pro, belgium, u"2GB"_s, u"4GB"_s, now - 1000);
    is << instance(u"b1c2d3e4"_s, u"old-prototype"_s, staging, pro, iowa, u"2GB"_s, u"4GB"_s, now - 200 * Day);
    is << instance(u"3f4e5d6c"_s, u"movies-playground"_s, staging, u"free-db"_s, FreeRegions[0], u"1GB"_s, u"2GB"_s,
        now - 20 * Day);
    is << instance(u"c21f0a8e"_s, u"fraud-detection"_s, science, u"enterprise-ds"_s, ireland, u"32GB"_s, u"64GB"_s,
        now - 90 * Day);
    is << instance(u"8d9c0b1a"_s, u"graph-embeddings"_s, science, u"professional-ds"_s, belgium, u"16GB"_s, u"32GB"_s,
        now - 8 * Day);

    is[0].secondariesCount = 2;
    is[0].cdcEnrichmentMode = u"DIFF"_s;
    is[0].customerManagedKeyId = keyId;
    is[1].secondariesCount = 1;
    is[1].cdcEnrichmentMode = u"FULL"_s;
    is[3].vectorOptimized = true;
    is[3].graphAnalyticsPlugin = true;
    is[2].status = InstanceStatus::Paused; // supply-chain
    is[5].status = InstanceStatus::Paused; // staging-customers
    inTransition(is[3], InstanceStatus::Updating, InstanceStatus::Running, now + 40 * 1000);
    is[3].pendingMemory = u"16GB"_s;
    is[3].pendingStorage = u"32GB"_s;
    inTransition(is[6], InstanceStatus::Pausing, InstanceStatus::Paused, now + 25 * 1000);
    inTransition(is[7], InstanceStatus::Creating, InstanceStatus::Running, now + 80 * 1000);
    inTransition(is[8], InstanceStatus::Destroying, InstanceStatus::Destroyed, now + 15 * 1000);
    inTransition(is[11], InstanceStatus::Resuming, InstanceStatus::Running, now + 35 * 1000);

    int n = 0;
    for (InstanceRecord &i : is) {
        scheduledHistory(d, i, now, n);
        if (tierOf(i.type).dailyRetentionDays > 0 && i.status != InstanceStatus::Creating)
            i.nextScheduledSnapshotMs = now + (1 + n % 50) * 60 * 1000;
        ++n;
    }
    // On-demand snapshots: an exportable one, one that failed and one that was cancelled.
    d.snapshots << SnapshotRecord {u"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"_s, is[0].id, SnapshotStatus::Completed,
        now - 2 * Day, 0, true, false, 0};
    d.snapshots << SnapshotRecord {
        u"e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81"_s, is[1].id, SnapshotStatus::Failed, now - 3 * Day, 0, true, false, 0};
    d.snapshots << SnapshotRecord {u"f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b92"_s, is[4].id, SnapshotStatus::Cancelled,
        now - 1 * Day, 0, true, false, 0};

    d.keys << EncryptionKeyRecord {keyId, u"Production Key"_s, production, u"gcp"_s, u"europe-west1"_s, vdc,
        u"projects/acme-prod/locations/europe-west1/keyRings/aura/cryptoKeys/orders"_s, now - 401 * Day,
        now - 401 * Day};
    SessionRecord session;
    session.id = u"c21f0a8e-5f1c2d3e"_s;
    session.name = u"fraud-rings"_s;
    session.tenantId = science;
    session.instanceId = u"c21f0a8e"_s;
    session.databaseUuid = u"ea408a62-c991-490c-96db-2b947003eece"_s;
    session.memory = u"8GB"_s;
    session.cloudProvider = u"aws"_s;
    session.region = u"eu-west-1"_s;
    session.userId = u"sandbox-user"_s;
    session.createdMs = now - 2 * Hour;
    session.readyMs = now - 2 * Hour + 30 * 1000;
    session.ttlSeconds = 8 * 3600;
    session.expiryMs = now + 6 * Hour;
    d.sessions << session;
    return d;
}

} // namespace AuraSandbox
