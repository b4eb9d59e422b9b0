#include "sandbox/demodata.h"

#include "sandbox/demodatadetail.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

using namespace Demo;

QList<RegionOffer> standardOffers(bool withFreeTier)
{
    const QStringList professionalMemory = sizes({1, 2, 4, 8, 16, 24, 32, 48, 64, 128});
    const QStringList professionalStorage = sizes({2, 4, 8, 16, 32, 48, 64, 96, 128, 256});
    const QStringList enterpriseMemory = sizes({2, 4, 8, 16, 24, 32, 48, 64, 128, 192, 256, 384, 512});
    const QStringList enterpriseStorage = sizes({4, 8, 16, 32, 48, 64, 96, 128, 256, 384, 512, 768, 1024});
    QList<RegionOffer> out;
    for (const Region &r : Regions)
        out << offer(u"professional-db"_s, r, professionalMemory, professionalStorage);
    for (const Region &r : Regions)
        out << offer(u"enterprise-db"_s, r, enterpriseMemory, enterpriseStorage);
    for (const Region &r : Regions) {
        if (QByteArrayView(r.cloud) != "azure")
            out << offer(u"enterprise-ds"_s, r, sizes({16, 32, 64, 128}), sizes({32, 64, 128, 256}));
    }
    if (withFreeTier) {
        for (const Region &r : FreeRegions)
            out << offer(u"free-db"_s, r, {u"1GB"_s}, {u"2GB"_s});
    }
    return out;
}

SandboxData demoData(qint64 now)
{
    SandboxData d;
    const QString production = u"7c4a1b2e-3d5f-4a6b-8c9d-0e1f2a3b4c5d"_s;
    const QString staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s;
    const QString personal = u"f0e1d2c3-b4a5-4968-8776-655443322110"_s;
    d.tenants << TenantRecord {production, u"Acme Production"_s, standardOffers(false)}
              << TenantRecord {staging, u"Acme Staging"_s, standardOffers(true)}
              << TenantRecord {personal, u"Personal projects"_s, standardOffers(true)};

    const qint64 day = 24 * 3600 * 1000;
    const Region &belgium = Regions[0];
    const Region &iowa = Regions[1];
    const Region &virginia = Regions[3];
    const Region &ireland = Regions[4];
    const Region &netherlands = Regions[5];
    const QString pro = u"professional-db"_s;
    const QString ent = u"enterprise-db"_s;

    QList<InstanceRecord> &is = d.instances;
    is << instance(u"4f8a2c1d"_s, u"orders-graph"_s, production, ent, belgium, u"32GB"_s, u"64GB"_s, now - 400 * day);
    is << instance(u"9b3e7d52"_s, u"customer-360"_s, production, ent, virginia, u"64GB"_s, u"128GB"_s, now - 250 * day);
    is << instance(u"c21f0a8e"_s, u"fraud-detection"_s, production, u"enterprise-ds"_s, ireland, u"32GB"_s, u"64GB"_s,
        now - 90 * day);
    is << instance(
        u"5d6e7f80"_s, u"supply-chain"_s, production, ent, netherlands, u"16GB"_s, u"32GB"_s, now - 30 * day);
    is << instance(u"a7b8c9d0"_s, u"recommendations"_s, production, ent, iowa, u"24GB"_s, u"48GB"_s, now - 12 * day);
    is << instance(u"1e2d3c4b"_s, u"staging-orders"_s, staging, pro, belgium, u"8GB"_s, u"16GB"_s, now - 60 * day);
    is << instance(u"6a5b4c3d"_s, u"staging-customers"_s, staging, pro, virginia, u"4GB"_s, u"8GB"_s, now - 45 * day);
    is << instance(u"e9f8a7b6"_s, u"load-test"_s, staging, pro, ireland, u"16GB"_s, u"32GB"_s, now - 3 * day);
    is << instance(u"0c1d2e3f"_s, u"feature-search"_s, staging, pro, belgium, u"2GB"_s, u"4GB"_s, now - 1000);
    is << instance(u"b1c2d3e4"_s, u"old-prototype"_s, staging, pro, iowa, u"2GB"_s, u"4GB"_s, now - 200 * day);
    is << instance(u"3f4e5d6c"_s, u"movies-playground"_s, personal, u"free-db"_s, FreeRegions[0], u"1GB"_s, u"2GB"_s,
        now - 20 * day);
    is << instance(u"8d9c0b1a"_s, u"knowledge-graph"_s, personal, pro, belgium, u"4GB"_s, u"8GB"_s, now - 8 * day);

    is[3].status = InstanceStatus::Paused; // supply-chain
    is[6].status = InstanceStatus::Paused; // staging-customers
    inTransition(is[4], InstanceStatus::Updating, InstanceStatus::Running, now + 40 * 1000);
    is[4].pendingMemory = u"32GB"_s;
    is[4].pendingStorage = u"64GB"_s;
    inTransition(is[7], InstanceStatus::Pausing, InstanceStatus::Paused, now + 25 * 1000);
    inTransition(is[8], InstanceStatus::Creating, InstanceStatus::Running, now + 80 * 1000);
    inTransition(is[9], InstanceStatus::Destroying, InstanceStatus::Destroyed, now + 15 * 1000);
    inTransition(is[11], InstanceStatus::Resuming, InstanceStatus::Running, now + 35 * 1000);

    const qint64 hour = 3600 * 1000;
    int n = 0;
    for (InstanceRecord &i : is) {
        if (i.type == u"free-db" || i.status == InstanceStatus::Creating)
            continue;
        i.nextScheduledSnapshotMs = now + (1 + n % 50) * 60 * 1000;
        for (int h = 3; h >= 1; --h) {
            d.snapshots << SnapshotRecord {
                u"%1-%2-4000-8000-%3"_s.arg(i.id).arg(h, 4, 10, QChar(u'0')).arg(n, 12, 10, QChar(u'0')), i.id,
                SnapshotStatus::Completed, now - h * hour - n * 60 * 1000, 0, false, true};
        }
        ++n;
    }
    // An on-demand, exportable snapshot, and one that failed.
    d.snapshots << SnapshotRecord {
        u"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"_s, is[0].id, SnapshotStatus::Completed, now - 2 * day, 0, true, false};
    d.snapshots << SnapshotRecord {
        u"e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81"_s, is[1].id, SnapshotStatus::Failed, now - 5 * day, 0, true, false};
    return d;
}

void rescale(SandboxData &data, qint64 now, double factor)
{
    auto later = [now, factor](qint64 &at) {
        if (at > now)
            at = now + std::max<qint64>(1, qRound64(static_cast<double>(at - now) * factor));
    };
    for (InstanceRecord &i : data.instances) {
        later(i.dueMs);
        later(i.nextScheduledSnapshotMs);
        later(i.nextHourlySnapshotMs);
    }
    for (SnapshotRecord &s : data.snapshots) {
        later(s.dueMs);
        later(s.startMs);
    }
    for (EncryptionKeyRecord &k : data.keys)
        later(k.readyMs);
    for (SessionRecord &s : data.sessions) {
        later(s.readyMs);
        later(s.expiryMs);
    }
}

SandboxData generatedData(int tenantCount, int instanceCount, qint64 now, quint32 seed)
{
    QRandomGenerator random(seed);
    SandboxData d;
    const QList<RegionOffer> offers = standardOffers(true);
    QList<RegionOffer> professional;
    for (const RegionOffer &o : offers) {
        if (o.type == u"professional-db")
            professional << o;
    }
    for (int t = 0; t < tenantCount; ++t) {
        const QString tenantId = u"00000000-0000-4000-8000-%1"_s.arg(t, 12, 10, QChar(u'0'));
        d.tenants << TenantRecord {tenantId, u"Project %1"_s.arg(t + 1), offers};
        for (int n = 0; n < instanceCount; ++n) {
            const RegionOffer &o = professional.at(random.bounded(professional.size()));
            const int size = random.bounded(static_cast<int>(o.memory.size()));
            InstanceRecord i;
            i.id = u"%1%2"_s.arg(t, 4, 16, QChar(u'0')).arg(n, 4, 16, QChar(u'0'));
            i.name = u"db-%1-%2"_s.arg(t + 1).arg(n + 1);
            i.tenantId = tenantId;
            i.type = o.type;
            i.cloudProvider = o.cloudProvider;
            i.region = o.region;
            i.memory = o.memory.at(size);
            i.storage = o.storage.at(size);
            i.version = u"5"_s;
            i.createdMs = now - random.bounded(1000) * 3600LL * 1000;
            i.status = random.bounded(10) == 0 ? InstanceStatus::Paused : InstanceStatus::Running;
            i.nextScheduledSnapshotMs = now + random.bounded(3600) * 1000LL;
            d.instances << i;
        }
    }
    return d;
}

} // namespace AuraSandbox
