#include "api/dto/requests.h"

#include "api/dto/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

QJsonObject CreateInstanceRequest::toJson() const
{
    QJsonObject o {{"tenant_id"_L1, tenantId}, {"name"_L1, name}, {"type"_L1, type},
        {"cloud_provider"_L1, cloudProvider}, {"region"_L1, region}, {"memory"_L1, memory}};
    Json::insertIfSet(o, "version"_L1, version);
    Json::insertIfSet(o, "storage"_L1, storage);
    Json::insertIfSet(o, "source_instance_id"_L1, sourceInstanceId);
    Json::insertIfSet(o, "source_snapshot_id"_L1, sourceSnapshotId);
    Json::insertIfSet(o, "customer_managed_key_id"_L1, customerManagedKeyId);
    if (vectorOptimized)
        o.insert("vector_optimized"_L1, *vectorOptimized);
    if (graphAnalyticsPlugin)
        o.insert("graph_analytics_plugin"_L1, *graphAnalyticsPlugin);
    return o;
}

QJsonObject UpdateInstanceRequest::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert("name"_L1, *name);
    if (memory)
        o.insert("memory"_L1, *memory);
    if (storage)
        o.insert("storage"_L1, *storage);
    if (vectorOptimized)
        o.insert("vector_optimized"_L1, *vectorOptimized);
    if (graphAnalyticsPlugin)
        o.insert("graph_analytics_plugin"_L1, *graphAnalyticsPlugin);
    if (secondariesCount)
        o.insert("secondaries_count"_L1, *secondariesCount);
    if (cdcEnrichmentMode)
        o.insert("cdc_enrichment_mode"_L1, *cdcEnrichmentMode);
    return o;
}

QJsonObject UpgradeInstanceRequest::toJson() const
{
    // Both or neither: the service refuses one without the other.
    if (memory.isEmpty() || storage.isEmpty())
        return {};
    return {{"memory"_L1, memory}, {"storage"_L1, storage}};
}

QJsonObject OverwriteInstanceRequest::toJson() const
{
    QJsonObject o;
    Json::insertIfSet(o, "source_instance_id"_L1, sourceInstanceId);
    Json::insertIfSet(o, "source_snapshot_id"_L1, sourceSnapshotId);
    return o;
}

QJsonObject RestoreSnapshotRequest::toJson() const
{
    // Empty fields stay out: an empty request is the live service's in-place restore, which takes no body.
    QJsonObject o;
    Json::insertIfSet(o, "tenant_id"_L1, tenantId);
    Json::insertIfSet(o, "name"_L1, name);
    Json::insertIfSet(o, "type"_L1, type);
    Json::insertIfSet(o, "cloud_provider"_L1, cloudProvider);
    Json::insertIfSet(o, "region"_L1, region);
    Json::insertIfSet(o, "memory"_L1, memory);
    return o;
}

NameProblem checkInstanceName(const QString &name)
{
    if (name.isEmpty())
        return NameProblem::Empty;
    if (name.size() > MaxInstanceNameLength)
        return NameProblem::TooLong;
    if (name.front().isSpace() || name.back().isSpace())
        return NameProblem::SurroundingSpace;
    return NameProblem::None;
}

} // namespace Aura
