#include "sandbox/demodata.h"
#include "sandbox/dialect.h"
#include "sandbox/requestfields.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/tiers.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::AuraV1Dialect", text);
}

const QStringList Versions {u"4"_s, u"5"_s};
const QStringList CloudProviders {u"gcp"_s, u"aws"_s, u"azure"_s};
const QStringList CdcModes {u"OFF"_s, u"DIFF"_s, u"FULL"_s};

// The live service shows no "destroyed": a deleted instance is destroying until it answers 404.
QString liveStatus(InstanceStatus status)
{
    return statusName(status == InstanceStatus::Destroyed ? InstanceStatus::Destroying : status);
}

std::optional<ApiFailure> checkName(const QString &name)
{
    if (name.isEmpty() || name.size() > SandboxState::MaxNameLength || name.trimmed() != name) {
        return fieldError(u"name"_s,
            tr("The name must have 1 to %1 characters, with no space at its start or end")
                .arg(SandboxState::MaxNameLength));
    }
    return std::nullopt;
}

} // namespace

QString AuraV1Dialect::name() const
{
    return u"aura-v1"_s;
}

const Dialect::Semantics &AuraV1Dialect::semantics() const
{
    static const Semantics live {
        .restoreInPlace = true,
        .cloneWithCreate = true,
        .snapshotsByDay = true,
        .overwriteSnapshotOptional = true,
        .showsDestroyed = false,
        .overwriteStatus = InstanceStatus::Overwriting,
        .requiresJsonContentType = true,
        .middlewareErrors = true,
        .liveLimits = true,
        .platformEndpoints = true,
        .changeAnswersEmpty = true,
        .snapshotsNeedPaidTier = true,
    };
    return live;
}

QStringList AuraV1Dialect::instanceTypes()
{
    return {u"enterprise-db"_s, u"enterprise-ds"_s, u"business-critical"_s, u"professional-db"_s, u"professional-ds"_s,
        u"free-db"_s};
}

QJsonObject AuraV1Dialect::instance(const InstanceRecord &i) const
{
    const Tier &tier = tierOf(i.type);
    QJsonObject o {
        {"id"_L1, i.id},
        {"name"_L1, i.name},
        {"status"_L1, liveStatus(i.status)},
        {"tenant_id"_L1, i.tenantId},
        {"cloud_provider"_L1, i.cloudProvider},
        {"connection_url"_L1, connectionUrl(i)},
        {"region"_L1, i.region},
        {"type"_L1, i.type},
        {"memory"_L1, i.memory},
        {"storage"_L1, i.storage},
        {"created_at"_L1, isoTime(i.createdMs)},
        {"vector_optimized"_L1, i.vectorOptimized},
    };
    if (tier.paid)
        o.insert("metrics_integration_url"_L1, instanceMetricsUrl(i));
    if (tier.graphAnalyticsPlugin)
        o.insert("graph_analytics_plugin"_L1, i.graphAnalyticsPlugin);
    if (tier.maxSecondaries > 0)
        o.insert("secondaries_count"_L1, i.secondariesCount);
    if (tier.cdc)
        o.insert("cdc_enrichment_mode"_L1, i.cdcEnrichmentMode);
    if (!i.customerManagedKeyId.isEmpty())
        o.insert("customer_managed_key_id"_L1, i.customerManagedKeyId);
    if (!tier.paid) {
        // Free instances report their size, as strings, against the free tier's limits.
        const auto seed = static_cast<qint64>(qHash(i.id) % 1000);
        o.insert("graph_nodes"_L1, QString::number(1000 + seed * 37));
        o.insert("graph_relationships"_L1, QString::number(2500 + seed * 91));
    }
    return o;
}

QJsonObject AuraV1Dialect::instanceListItem(const InstanceRecord &i) const
{
    return QJsonObject {{"id"_L1, i.id}, {"name"_L1, i.name}, {"tenant_id"_L1, i.tenantId},
        {"cloud_provider"_L1, i.cloudProvider}, {"created_at"_L1, isoTime(i.createdMs)}};
}

QJsonObject AuraV1Dialect::created(const InstanceRecord &i, const QString &password) const
{
    QJsonObject o {
        {"id"_L1, i.id},
        {"connection_url"_L1, connectionUrl(i)},
        {"username"_L1, u"neo4j"_s},
        {"password"_L1, password},
        {"tenant_id"_L1, i.tenantId},
        {"cloud_provider"_L1, i.cloudProvider},
        {"region"_L1, i.region},
        {"type"_L1, i.type},
        {"name"_L1, i.name},
        {"created_at"_L1, isoTime(i.createdMs)},
        {"vector_optimized"_L1, i.vectorOptimized},
    };
    if (tierOf(i.type).graphAnalyticsPlugin)
        o.insert("graph_analytics_plugin"_L1, i.graphAnalyticsPlugin);
    return o;
}

QJsonObject AuraV1Dialect::snapshot(const SnapshotRecord &s) const
{
    return QJsonObject {
        {"instance_id"_L1, s.instanceId},
        {"profile"_L1, s.scheduled ? u"Scheduled"_s : u"AdHoc"_s},
        {"snapshot_id"_L1, s.id},
        {"status"_L1, snapshotStatusName(s.status)},
        {"timestamp"_L1, isoTime(s.timestampMs)},
        {"exportable"_L1, s.exportable},
    };
}

QJsonObject AuraV1Dialect::snapshotTaken(const SnapshotRecord &s) const
{
    return QJsonObject {{"snapshot_id"_L1, s.id}};
}

QJsonObject AuraV1Dialect::tenantListItem(const TenantRecord &t) const
{
    return QJsonObject {{"id"_L1, t.id}, {"name"_L1, t.name}};
}

QJsonObject AuraV1Dialect::tenant(const TenantRecord &t) const
{
    // One row per allowed combination, as the live service sends them.
    QJsonArray configurations;
    for (const RegionOffer &offer : t.offers) {
        for (const QString &version : offer.versions) {
            for (const QString &memory : offer.memory) {
                const QStringList storage = storageChoices(offer, memory);
                for (const QString &size : storage) {
                    configurations.append(QJsonObject {{"region"_L1, offer.region},
                        {"region_name"_L1, offer.regionName}, {"type"_L1, offer.type}, {"memory"_L1, memory},
                        {"storage"_L1, size}, {"version"_L1, version}, {"cloud_provider"_L1, offer.cloudProvider}});
                }
            }
        }
    }
    return QJsonObject {{"id"_L1, t.id}, {"name"_L1, t.name}, {"instance_configurations"_L1, configurations}};
}

QJsonObject AuraV1Dialect::error(const ApiFailure &failure) const
{
    // The live service calls an unknown instance a "db".
    return errorList(failure, failure.reason == u"instance-not-found" ? u"db-not-found"_s : failure.reason);
}

QJsonObject AuraV1Dialect::frontError(const ApiFailure &failure) const
{
    return QJsonObject {{"error"_L1, failure.message}};
}

int AuraV1Dialect::successStatus(Action action) const
{
    switch (action) {
    case Action::Rename:
    case Action::Upgrade:
        return 200;
    case Action::Pause:
    case Action::Resume:
    case Action::Overwrite:
    case Action::Delete:
    case Action::Restore:
    case Action::Create:
    case Action::TakeSnapshot:
    case Action::Change:
        return 202;
    }
    return 202;
}

Outcome<InstanceSpec> AuraV1Dialect::instanceSpec(const QJsonObject &body, SpecKind) const
{
    const QStringList required {
        u"version"_s, u"region"_s, u"memory"_s, u"name"_s, u"type"_s, u"tenant_id"_s, u"cloud_provider"_s};
    for (const QString &field : required) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            return fieldError(field, tr("The field %1 is required").arg(field), u"missing-field"_s);
        if (!value.isString())
            return fieldError(field, tr("The field %1 must be a string").arg(field));
    }
    InstanceSpec spec;
    spec.name = body.value("name"_L1).toString();
    spec.tenantId = body.value("tenant_id"_L1).toString();
    spec.type = body.value("type"_L1).toString();
    spec.cloudProvider = body.value("cloud_provider"_L1).toString();
    spec.region = body.value("region"_L1).toString();
    spec.memory = body.value("memory"_L1).toString();
    spec.version = body.value("version"_L1).toString();
    if (auto bad = checkName(spec.name))
        return *bad;
    if (!Versions.contains(spec.version))
        return fieldError(u"version"_s, tr("The version must be one of %1").arg(Versions.join(u", "_s)));
    if (!instanceTypes().contains(spec.type)) {
        return fieldError(
            u"type"_s, tr("Unknown instance type %1; use one of %2").arg(spec.type, instanceTypes().join(u", "_s)));
    }
    if (!CloudProviders.contains(spec.cloudProvider)) {
        return fieldError(u"cloud_provider"_s,
            tr("Unknown cloud provider %1; use one of %2").arg(spec.cloudProvider, CloudProviders.join(u", "_s)));
    }
    for (const QString &field : {u"tenant_id"_s, u"region"_s, u"memory"_s}) {
        if (body.value(field).toString().isEmpty())
            return fieldError(field, tr("The field %1 must not be empty").arg(field));
    }
    std::optional<ApiFailure> bad;
    spec.storage = optionalString(body, u"storage"_s, bad).value_or(QString());
    spec.vectorOptimized = optionalBool(body, u"vector_optimized"_s, bad).value_or(false);
    spec.graphAnalyticsPlugin = optionalBool(body, u"graph_analytics_plugin"_s, bad).value_or(false);
    spec.customerManagedKeyId = optionalString(body, u"customer_managed_key_id"_s, bad).value_or(QString());
    spec.sourceInstanceId = optionalString(body, u"source_instance_id"_s, bad).value_or(QString());
    spec.sourceSnapshotId = optionalString(body, u"source_snapshot_id"_s, bad).value_or(QString());
    if (bad)
        return *bad;
    if (!spec.sourceSnapshotId.isEmpty() && spec.sourceInstanceId.isEmpty()) {
        return fieldError(u"source_instance_id"_s,
            tr("A source snapshot needs the source instance it belongs to (source_instance_id)"), u"missing-field"_s);
    }
    if (spec.vectorOptimized && gigabytes(spec.memory) < 4) {
        return fieldError(u"vector_optimized"_s, tr("Vector optimization needs at least 4GB of memory"));
    }
    if (spec.graphAnalyticsPlugin && !tierOf(spec.type).graphAnalyticsPlugin) {
        return fieldError(
            u"graph_analytics_plugin"_s, tr("The Graph Analytics plugin is only available for professional-db"));
    }
    return spec;
}

Outcome<InstanceChange> AuraV1Dialect::instanceChange(const QJsonObject &body) const
{
    std::optional<ApiFailure> bad;
    InstanceChange change;
    change.name = optionalString(body, u"name"_s, bad);
    change.memory = optionalString(body, u"memory"_s, bad);
    change.storage = optionalString(body, u"storage"_s, bad);
    change.vectorOptimized = optionalBool(body, u"vector_optimized"_s, bad);
    change.graphAnalyticsPlugin = optionalBool(body, u"graph_analytics_plugin"_s, bad);
    change.secondariesCount = optionalInt(body, u"secondaries_count"_s, 0, 15, bad);
    change.cdcEnrichmentMode = optionalString(body, u"cdc_enrichment_mode"_s, bad);
    if (bad)
        return *bad;
    if (change.name) {
        if (auto wrong = checkName(*change.name))
            return *wrong;
    }
    if (change.cdcEnrichmentMode && !CdcModes.contains(*change.cdcEnrichmentMode)) {
        return fieldError(
            u"cdc_enrichment_mode"_s, tr("The CDC enrichment mode must be one of %1").arg(CdcModes.join(u", "_s)));
    }
    return change;
}

SandboxData AuraV1Dialect::demoData(qint64 nowMs) const
{
    return liveDemoData(nowMs);
}

} // namespace AuraSandbox
