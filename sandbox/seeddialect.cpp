#include "sandbox/demodata.h"
#include "sandbox/dialect.h"
#include "sandbox/requestfields.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::SeedDialect", text);
}

// The seed's status enum has no overwriting, suspending, suspended or loading failed: the nearest it has. The
// sandbox only reaches those through the control endpoint or a state file of the other dialect.
QString seedStatus(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Overwriting:
        return statusName(InstanceStatus::Restoring);
    case InstanceStatus::Suspending:
        return statusName(InstanceStatus::Pausing);
    case InstanceStatus::Suspended:
        return statusName(InstanceStatus::Paused);
    case InstanceStatus::LoadingFailed:
        return statusName(InstanceStatus::Loading);
    default:
        return statusName(status);
    }
}

// Likewise for snapshots: Pending is still in progress, Cancelled did not complete.
QString seedSnapshotStatus(SnapshotStatus status)
{
    switch (status) {
    case SnapshotStatus::Pending:
        return snapshotStatusName(SnapshotStatus::InProgress);
    case SnapshotStatus::Cancelled:
        return snapshotStatusName(SnapshotStatus::Failed);
    default:
        return snapshotStatusName(status);
    }
}

} // namespace

QString SeedDialect::name() const
{
    return u"seed"_s;
}

const Dialect::Semantics &SeedDialect::semantics() const
{
    static const Semantics seed {};
    return seed;
}

SandboxData SeedDialect::demoData(qint64 nowMs) const
{
    return AuraSandbox::demoData(nowMs);
}

QStringList SeedDialect::instanceTypes()
{
    return {u"enterprise-db"_s, u"enterprise-ds"_s, u"professional-db"_s, u"free-db"_s};
}

QStringList SeedDialect::restoreTypes()
{
    return {u"enterprise-db"_s, u"enterprise-ds"_s, u"professional-db"_s};
}

QStringList SeedDialect::cloudProviders()
{
    return {u"gcp"_s, u"aws"_s, u"azure"_s};
}

QJsonObject SeedDialect::instance(const InstanceRecord &i) const
{
    QJsonObject o {
        {"id"_L1, i.id},
        {"name"_L1, i.name},
        {"status"_L1, seedStatus(i.status)},
        {"tenant_id"_L1, i.tenantId},
        {"cloud_provider"_L1, i.cloudProvider},
        {"region"_L1, i.region},
        {"type"_L1, i.type},
        {"memory"_L1, i.memory},
        {"storage"_L1, i.storage},
        {"connection_url"_L1, connectionUrl(i)},
        {"neo4j_version"_L1, i.version},
    };
    if (i.type != u"free-db")
        o.insert("metrics_integration_url"_L1, instanceMetricsUrl(i));
    return o;
}

QJsonObject SeedDialect::instanceListItem(const InstanceRecord &instance) const
{
    return this->instance(instance); // the seed lists full instances
}

QJsonObject SeedDialect::created(const InstanceRecord &i, const QString &password) const
{
    return QJsonObject {
        {"id"_L1, i.id},
        {"name"_L1, i.name},
        {"status"_L1, seedStatus(i.status)},
        {"tenant_id"_L1, i.tenantId},
        {"connection_url"_L1, connectionUrl(i)},
        {"username"_L1, u"neo4j"_s},
        {"password"_L1, password},
    };
}

QJsonObject SeedDialect::snapshot(const SnapshotRecord &s) const
{
    return QJsonObject {
        {"snapshot_id"_L1, s.id},
        {"instance_id"_L1, s.instanceId},
        {"status"_L1, seedSnapshotStatus(s.status)},
        {"timestamp"_L1, isoTime(s.timestampMs)},
        {"exportable"_L1, s.exportable},
    };
}

QJsonObject SeedDialect::snapshotTaken(const SnapshotRecord &s) const
{
    return snapshot(s);
}

QJsonObject SeedDialect::tenantListItem(const TenantRecord &t) const
{
    return tenant(t); // the seed lists tenants with their configurations
}

QJsonObject SeedDialect::tenant(const TenantRecord &t) const
{
    // The seed nests regions under types; each region also carries what the live dialect sends flat, so a client
    // can offer only the combinations that are allowed.
    QJsonArray configurations;
    QStringList types;
    for (const RegionOffer &offer : t.offers) {
        if (!types.contains(offer.type))
            types << offer.type;
    }
    for (const QString &type : std::as_const(types)) {
        QJsonArray regions;
        for (const RegionOffer &offer : t.offers) {
            if (offer.type != type)
                continue;
            regions.append(QJsonObject {
                {"name"_L1, offer.region},
                {"region_name"_L1, offer.regionName},
                {"cloud_provider"_L1, offer.cloudProvider},
                {"memory"_L1, QJsonArray::fromStringList(offer.memory)},
                {"storage"_L1, QJsonArray::fromStringList(offer.storage)},
                {"version"_L1, QJsonArray::fromStringList(offer.versions)},
            });
        }
        configurations.append(QJsonObject {{"type"_L1, type}, {"regions"_L1, regions}});
    }
    return QJsonObject {{"id"_L1, t.id}, {"name"_L1, t.name}, {"instance_configurations"_L1, configurations}};
}

QJsonObject SeedDialect::error(const ApiFailure &failure) const
{
    return errorList(failure, failure.reason);
}

QJsonObject SeedDialect::frontError(const ApiFailure &failure) const
{
    return error(failure); // the seed knows one error shape
}

int SeedDialect::successStatus(Action action) const
{
    switch (action) {
    case Action::Pause:
    case Action::Resume:
    case Action::Overwrite:
    case Action::Rename:
    case Action::Change:
    case Action::Upgrade:
        return 200;
    case Action::Delete:
    case Action::Restore:
    case Action::Create:
    case Action::TakeSnapshot:
        return 202;
    }
    return 200;
}

Outcome<InstanceSpec> SeedDialect::instanceSpec(const QJsonObject &body, SpecKind kind) const
{
    const QStringList required {u"name"_s, u"memory"_s, u"region"_s, u"cloud_provider"_s, u"type"_s, u"tenant_id"_s};
    for (const QString &field : required) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            return fieldError(field, tr("The field %1 is required").arg(field), u"missing-field"_s);
        if (!value.isString())
            return fieldError(field, tr("The field %1 must be a string").arg(field));
    }
    const QJsonValue version = body.value("version"_L1);
    if (!version.isUndefined() && !version.isNull() && !version.isString())
        return fieldError(u"version"_s, tr("The field version must be a string"));

    InstanceSpec spec;
    spec.name = body.value("name"_L1).toString();
    spec.tenantId = body.value("tenant_id"_L1).toString();
    spec.type = body.value("type"_L1).toString();
    spec.cloudProvider = body.value("cloud_provider"_L1).toString();
    spec.region = body.value("region"_L1).toString();
    spec.memory = body.value("memory"_L1).toString();
    spec.version = version.toString();

    if (spec.name.trimmed().isEmpty() || spec.name.size() > SandboxState::MaxNameLength) {
        return fieldError(u"name"_s, tr("The name must have 1 to %1 characters").arg(SandboxState::MaxNameLength));
    }
    const QStringList types = kind == SpecKind::Create ? instanceTypes() : restoreTypes();
    if (!types.contains(spec.type)) {
        return fieldError(u"type"_s, tr("Unknown instance type %1; use one of %2").arg(spec.type, types.join(u", "_s)));
    }
    if (!cloudProviders().contains(spec.cloudProvider)) {
        return fieldError(u"cloud_provider"_s,
            tr("Unknown cloud provider %1; use one of %2").arg(spec.cloudProvider, cloudProviders().join(u", "_s)));
    }
    for (const QString &field : {u"tenant_id"_s, u"region"_s, u"memory"_s}) {
        if (body.value(field).toString().isEmpty())
            return fieldError(field, tr("The field %1 must not be empty").arg(field));
    }
    return spec;
}

Outcome<InstanceChange> SeedDialect::instanceChange(const QJsonObject &body) const
{
    std::optional<ApiFailure> bad;
    InstanceChange change;
    change.name = optionalString(body, u"name"_s, bad);
    change.memory = optionalString(body, u"memory"_s, bad);
    if (bad)
        return *bad;
    return change;
}

} // namespace AuraSandbox
