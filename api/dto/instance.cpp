#include "api/dto/instance.h"

#include "api/dto/jsonfields.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

std::optional<Instance> Instance::fromJson(const QJsonObject &o)
{
    Instance i;
    i.id = Json::string(o, "id"_L1);
    if (i.id.isEmpty())
        return std::nullopt;
    i.name = Json::string(o, "name"_L1);
    i.status = Json::string(o, "status"_L1);
    i.tenantId = Json::string(o, "tenant_id"_L1);
    i.cloudProvider = Json::string(o, "cloud_provider"_L1);
    i.region = Json::string(o, "region"_L1);
    i.type = Json::string(o, "type"_L1);
    i.memory = Json::string(o, "memory"_L1);
    i.storage = Json::string(o, "storage"_L1);
    i.connectionUrl = Json::string(o, "connection_url"_L1);
    i.metricsIntegrationUrl = Json::string(o, "metrics_integration_url"_L1);
    i.version = Json::string(o, "neo4j_version"_L1);
    if (i.version.isEmpty())
        i.version = Json::string(o, "version"_L1);
    i.createdAt = Json::dateTime(o, "created_at"_L1);
    i.customerManagedKeyId = Json::string(o, "customer_managed_key_id"_L1);
    i.cdcEnrichmentMode = Json::string(o, "cdc_enrichment_mode"_L1);
    i.vectorOptimized = Json::boolean(o, "vector_optimized"_L1);
    i.graphAnalyticsPlugin = Json::boolean(o, "graph_analytics_plugin"_L1);
    i.secondariesCount = Json::integer(o, "secondaries_count"_L1);
    i.parsedFingerprint = i.fingerprint();
    return i;
}

QJsonObject Instance::toJson() const
{
    QJsonObject o {{"id"_L1, id}};
    Json::insertIfSet(o, "name"_L1, name);
    Json::insertIfSet(o, "status"_L1, status);
    Json::insertIfSet(o, "tenant_id"_L1, tenantId);
    Json::insertIfSet(o, "cloud_provider"_L1, cloudProvider);
    Json::insertIfSet(o, "region"_L1, region);
    Json::insertIfSet(o, "type"_L1, type);
    Json::insertIfSet(o, "memory"_L1, memory);
    Json::insertIfSet(o, "storage"_L1, storage);
    Json::insertIfSet(o, "connection_url"_L1, connectionUrl);
    Json::insertIfSet(o, "metrics_integration_url"_L1, metricsIntegrationUrl);
    Json::insertIfSet(o, "neo4j_version"_L1, version);
    if (createdAt.isValid())
        o.insert("created_at"_L1, createdAt.toString(Qt::ISODate));
    return o;
}

namespace {

size_t hashOf(const QString &s, size_t seed)
{
    return qHash(s, seed);
}
size_t hashOf(const QDateTime &d, size_t seed)
{
    return d.isValid() ? qHash(d.toMSecsSinceEpoch(), seed) : qHash(-1, seed);
}
template<typename T>
size_t hashOf(const std::optional<T> &v, size_t seed)
{
    return v ? qHash(*v, seed) : qHash(QLatin1StringView("none"), seed);
}

} // namespace

quint64 Instance::fingerprint() const
{
    // Each field hashed with the running hash as its seed: the order of fields counts, and "ab" + "c" differs from
    // "a" + "bc".
    size_t h = 0x5eed;
    std::apply([&h](const auto &...field) { ((h = hashOf(field, h) ^ (h * 31 + 1)), ...); }, fields());
    return h;
}

void Instance::mergeFrom(const Instance &d)
{
    auto take = [](QString &mine, const QString &theirs) {
        if (!theirs.isEmpty())
            mine = theirs;
    };
    take(name, d.name);
    take(status, d.status);
    take(tenantId, d.tenantId);
    take(cloudProvider, d.cloudProvider);
    take(region, d.region);
    take(type, d.type);
    take(memory, d.memory);
    take(storage, d.storage);
    take(connectionUrl, d.connectionUrl);
    take(metricsIntegrationUrl, d.metricsIntegrationUrl);
    take(version, d.version);
    take(customerManagedKeyId, d.customerManagedKeyId);
    take(cdcEnrichmentMode, d.cdcEnrichmentMode);
    if (d.createdAt.isValid())
        createdAt = d.createdAt;
    if (d.vectorOptimized)
        vectorOptimized = d.vectorOptimized;
    if (d.graphAnalyticsPlugin)
        graphAnalyticsPlugin = d.graphAnalyticsPlugin;
    if (d.secondariesCount)
        secondariesCount = d.secondariesCount;
}

std::optional<InstanceCreated> InstanceCreated::fromJson(const QJsonObject &o)
{
    InstanceCreated c;
    c.id = Json::string(o, "id"_L1);
    if (c.id.isEmpty())
        return std::nullopt;
    c.name = Json::string(o, "name"_L1);
    c.status = Json::string(o, "status"_L1);
    c.tenantId = Json::string(o, "tenant_id"_L1);
    c.cloudProvider = Json::string(o, "cloud_provider"_L1);
    c.region = Json::string(o, "region"_L1);
    c.type = Json::string(o, "type"_L1);
    c.connectionUrl = Json::string(o, "connection_url"_L1);
    c.username = Json::string(o, "username"_L1);
    c.password = Json::string(o, "password"_L1);
    c.createdAt = Json::dateTime(o, "created_at"_L1);
    return c;
}

} // namespace Aura
