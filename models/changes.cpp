#include "models/changes.h"

namespace Aura {

InstanceFields changedFields(const Instance &a, const Instance &b)
{
    InstanceFields f;
    if (a.name != b.name)
        f |= InstanceField::Name;
    if (a.status != b.status)
        f |= InstanceField::Status;
    if (a.tenantId != b.tenantId)
        f |= InstanceField::Tenant;
    if (a.type != b.type)
        f |= InstanceField::Type;
    if (a.cloudProvider != b.cloudProvider)
        f |= InstanceField::CloudProvider;
    if (a.region != b.region)
        f |= InstanceField::Region;
    if (a.memory != b.memory)
        f |= InstanceField::Memory;
    if (a.storage != b.storage)
        f |= InstanceField::Storage;
    if (a.version != b.version)
        f |= InstanceField::Version;
    if (a.connectionUrl != b.connectionUrl)
        f |= InstanceField::ConnectionUrl;
    if (a.metricsIntegrationUrl != b.metricsIntegrationUrl || a.createdAt != b.createdAt
        || a.customerManagedKeyId != b.customerManagedKeyId || a.cdcEnrichmentMode != b.cdcEnrichmentMode
        || a.vectorOptimized != b.vectorOptimized || a.graphAnalyticsPlugin != b.graphAnalyticsPlugin
        || a.secondariesCount != b.secondariesCount)
        f |= InstanceField::Other;
    return f;
}

SnapshotFields changedFields(const Snapshot &a, const Snapshot &b)
{
    SnapshotFields f;
    if (a.status != b.status)
        f |= SnapshotField::Status;
    if (a.timestamp != b.timestamp)
        f |= SnapshotField::Timestamp;
    if (a.exportable != b.exportable)
        f |= SnapshotField::Exportable;
    if (a.profile != b.profile || a.instanceId != b.instanceId)
        f |= SnapshotField::Other;
    return f;
}

} // namespace Aura
