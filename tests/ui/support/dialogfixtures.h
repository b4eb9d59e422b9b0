#pragma once

// Data the dialog tests and the screenshot tool show: a project in the live dialect, one of its instances,
// snapshots in every status, and the credentials of a new instance. Nothing here is secret.

#include "api/dto/instance.h"
#include "api/dto/snapshot.h"
#include "api/dto/tenant.h"

namespace AuraTest {

using namespace Qt::Literals::StringLiterals;

inline Aura::InstanceConfiguration configuration(const QString &type, const QString &cloud, const QString &region,
    const QString &regionName, const QString &memory, const QString &storage, const QString &version = u"5"_s)
{
    return Aura::InstanceConfiguration {type, cloud, region, regionName, memory, storage, version};
}

inline Aura::Tenant productionTenant()
{
    Aura::Tenant t;
    t.id = u"6981ba4f-1ed9-5f5e-8b7f-12a8c2e14b15"_s;
    t.name = u"Production"_s;
    t.configurations = {
        configuration(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium (europe-west1)"_s, u"2GB"_s, u"4GB"_s),
        configuration(
            u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium (europe-west1)"_s, u"8GB"_s, u"16GB"_s),
        configuration(
            u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium (europe-west1)"_s, u"16GB"_s, u"32GB"_s),
        configuration(
            u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium (europe-west1)"_s, u"128GB"_s, u"256GB"_s),
        configuration(
            u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium (europe-west1)"_s, u"8GB"_s, u"16GB"_s, u"4"_s),
        configuration(
            u"enterprise-db"_s, u"aws"_s, u"us-east-1"_s, u"US East, N. Virginia (us-east-1)"_s, u"4GB"_s, u"8GB"_s),
        configuration(u"enterprise-db"_s, u"aws"_s, u"eu-west-1"_s, u"Ireland (eu-west-1)"_s, u"8GB"_s, u"16GB"_s),
        configuration(
            u"professional-db"_s, u"azure"_s, u"westeurope"_s, u"Netherlands (westeurope)"_s, u"1GB"_s, u"2GB"_s),
        configuration(
            u"professional-db"_s, u"azure"_s, u"westeurope"_s, u"Netherlands (westeurope)"_s, u"4GB"_s, u"8GB"_s),
    };
    return t;
}

inline Aura::Tenant stagingTenant()
{
    Aura::Tenant t;
    t.id = u"a1b2c3d4-0000-4000-8000-000000000002"_s;
    t.name = u"Staging"_s;
    t.configurations = {
        configuration(u"professional-db"_s, u"gcp"_s, u"us-central1"_s, u"Iowa (us-central1)"_s, u"2GB"_s, u"4GB"_s),
    };
    return t;
}

inline Aura::Instance ordersInstance()
{
    Aura::Instance i;
    i.id = u"db1d1a1e"_s;
    i.name = u"orders-prod"_s;
    i.status = u"running"_s;
    i.tenantId = productionTenant().id;
    i.cloudProvider = u"gcp"_s;
    i.region = u"europe-west1"_s;
    i.type = u"enterprise-db"_s;
    i.memory = u"8GB"_s;
    i.storage = u"16GB"_s;
    i.version = u"5"_s;
    i.connectionUrl = u"neo4j+s://db1d1a1e.databases.neo4j.io"_s;
    return i;
}

inline Aura::Instance analyticsInstance()
{
    Aura::Instance i = ordersInstance();
    i.id = u"a7c3e9f0"_s;
    i.name = u"analytics"_s;
    i.memory = u"16GB"_s;
    i.storage = u"32GB"_s;
    return i;
}

inline Aura::Snapshot snapshot(const QString &id, const QString &status, int hoursAgo, std::optional<bool> exportable,
    const QString &instanceId = u"db1d1a1e"_s)
{
    const QDateTime base(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    return Aura::Snapshot {id, instanceId, status, base.addSecs(-3600LL * hoursAgo), exportable, u"Scheduled"_s};
}

inline QList<Aura::Snapshot> ordersSnapshots()
{
    return {
        snapshot(u"snap-older"_s, u"Completed"_s, 26, true),
        snapshot(u"snap-latest"_s, u"Completed"_s, 2, true),
        snapshot(u"snap-running"_s, u"InProgress"_s, 0, std::nullopt),
        snapshot(u"snap-failed"_s, u"Failed"_s, 5, false),
        snapshot(u"snap-local"_s, u"Completed"_s, 8, false),
    };
}

inline Aura::InstanceCreated newInstanceCredentials()
{
    Aura::InstanceCreated c;
    c.id = u"f00dcafe"_s;
    c.name = u"orders-staging"_s;
    c.status = u"creating"_s;
    c.tenantId = productionTenant().id;
    c.cloudProvider = u"gcp"_s;
    c.region = u"europe-west1"_s;
    c.type = u"enterprise-db"_s;
    c.connectionUrl = u"neo4j+s://f00dcafe.databases.neo4j.io"_s;
    c.username = u"neo4j"_s;
    c.password = u"Xk3-pQ9_vLm2TzR8wYb4NcHd7sFgJ1aE"_s;
    c.createdAt = QDateTime(QDate(2026, 11, 27), QTime(14, 30), Qt::UTC);
    return c;
}

} // namespace AuraTest
