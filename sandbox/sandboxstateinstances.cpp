// The instance operations of SandboxState: create and clone, change, pause, resume, delete, upgrade.
#include "sandbox/identifiers.h"
#include "sandbox/logging.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/tiers.h"

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

const QString FreeType = u"free-db"_s;

ApiFailure nameFailure()
{
    return ApiFailure {400, SandboxState::tr("The name must have 1 to %1 characters").arg(SandboxState::MaxNameLength),
        u"invalid-field"_s, u"name"_s};
}

bool isGone(InstanceStatus status)
{
    return status == InstanceStatus::Destroying || status == InstanceStatus::Destroyed;
}

} // namespace

std::optional<ApiFailure> SandboxState::refuseOverLimits(const InstanceSpec &spec) const
{
    if (!m_rules.liveLimits)
        return std::nullopt;
    // An instance being deleted still takes its place until it is gone.
    int inTenant = 0;
    for (const InstanceRecord &i : m_instances) {
        if (spec.type == FreeType && i.type == FreeType) {
            return ApiFailure {405, tr("There can be only one free instance per account; %1 is one").arg(i.id),
                u"free-instance-limit-reached"_s, {}};
        }
        if (i.tenantId == spec.tenantId)
            ++inTenant;
    }
    if (inTenant >= m_instanceLimit) {
        return ApiFailure {405,
            tr("The project has reached its limit of %1 instances; delete one first").arg(m_instanceLimit),
            u"instance-limit-reached"_s, {}};
    }
    return std::nullopt;
}

Outcome<CreatedInstance> SandboxState::provision(const InstanceSpec &spec, InstanceStatus status, double seconds)
{
    advance();
    if (spec.name.trimmed().isEmpty() || spec.name.size() > MaxNameLength)
        return nameFailure();
    const Outcome<TenantRecord> owner = tenant(spec.tenantId);
    if (const auto *failure = std::get_if<ApiFailure>(&owner))
        return ApiFailure {400, failure->message, failure->reason, u"tenant_id"_s};
    const Outcome<OfferMatch> match = matchOffer(std::get<TenantRecord>(owner), spec);
    if (const auto *failure = std::get_if<ApiFailure>(&match))
        return *failure;
    if (auto refusal = refuseOverLimits(spec))
        return *refusal;
    const OfferMatch &offer = std::get<OfferMatch>(match);

    InstanceRecord instance;
    instance.id = newInstanceId();
    instance.name = spec.name;
    instance.tenantId = spec.tenantId;
    instance.cloudProvider = spec.cloudProvider;
    instance.region = spec.region;
    instance.type = spec.type;
    instance.memory = spec.memory;
    instance.storage = offer.storage;
    instance.version = offer.version;
    instance.vectorOptimized = spec.vectorOptimized;
    instance.graphAnalyticsPlugin = spec.graphAnalyticsPlugin;
    instance.customerManagedKeyId = spec.customerManagedKeyId;
    instance.createdMs = now();
    startTransition(instance, status, InstanceStatus::Running, seconds);
    m_instances.insert(instance.id, instance);
    m_order << instance.id;
    qCInfo(lcSandbox).noquote() << "instance" << instance.id << "is" << statusName(status);
    return CreatedInstance {instance, randomPassword()};
}

Outcome<CreatedInstance> SandboxState::create(const InstanceSpec &spec)
{
    if (!spec.sourceInstanceId.isEmpty())
        return clone(spec);
    return provision(spec, InstanceStatus::Creating, m_durations.creating);
}

Outcome<CreatedInstance> SandboxState::clone(const InstanceSpec &spec)
{
    InstanceRecord *source = find(spec.sourceInstanceId);
    if (!source || isGone(source->status)) {
        return ApiFailure {400, tr("The source instance %1 does not exist").arg(spec.sourceInstanceId),
            u"db-not-found"_s, u"source_instance_id"_s};
    }
    if (!spec.sourceSnapshotId.isEmpty()) {
        const Outcome<SnapshotRecord> snapshot = this->snapshot(spec.sourceInstanceId, spec.sourceSnapshotId);
        if (const auto *failure = std::get_if<ApiFailure>(&snapshot))
            return ApiFailure {400, failure->message, failure->reason, u"source_snapshot_id"_s};
        const SnapshotRecord &s = std::get<SnapshotRecord>(snapshot);
        if (s.status != SnapshotStatus::Completed) {
            return ApiFailure {400, tr("Snapshot %1 is not complete yet").arg(s.id), u"snapshot-not-completed"_s,
                u"source_snapshot_id"_s};
        }
        if (!s.exportable) {
            return ApiFailure {400,
                tr("Snapshot %1 cannot be exported, so no instance can be made from it; choose an exportable one")
                    .arg(s.id),
                u"snapshot-not-exportable"_s, u"source_snapshot_id"_s};
        }
        source = find(spec.sourceInstanceId);
    } else if (source->status != InstanceStatus::Running) {
        return ApiFailure {409, tr("Instance %1 must be running to clone it without a snapshot").arg(source->id),
            u"instance-not-running"_s, u"source_instance_id"_s};
    }
    if (gigabytes(spec.memory) < gigabytes(source->memory)) {
        return ApiFailure {400, tr("The clone needs at least the memory of its source (%1)").arg(source->memory),
            u"invalid-configuration"_s, u"memory"_s};
    }
    const InstanceRecord sourceCopy = *source;
    const Outcome<TenantRecord> owner = tenant(spec.tenantId);
    if (const auto *t = std::get_if<TenantRecord>(&owner)) {
        const Outcome<OfferMatch> match = matchOffer(*t, spec);
        const auto *offer = std::get_if<OfferMatch>(&match);
        if (offer && gigabytes(offer->storage) < gigabytes(sourceCopy.storage)) {
            return ApiFailure {400,
                tr("The clone needs at least the storage of its source (%1)").arg(sourceCopy.storage),
                u"invalid-configuration"_s, u"storage"_s};
        }
    }
    Outcome<CreatedInstance> created = provision(spec, InstanceStatus::Loading, m_durations.loading);
    const auto *c = std::get_if<CreatedInstance>(&created);
    if (!c)
        return created;
    if (spec.sourceSnapshotId.isEmpty())
        addOnDemandSnapshot(sourceCopy);
    qCInfo(lcSandbox).noquote() << "instance" << c->instance.id << "cloned from" << sourceCopy.id;
    return created;
}

Outcome<OfferMatch> SandboxState::offerForChange(const InstanceRecord &instance, const InstanceChange &change)
{
    const Outcome<TenantRecord> owner = tenant(instance.tenantId);
    if (const auto *failure = std::get_if<ApiFailure>(&owner))
        return *failure;
    InstanceSpec spec;
    spec.name = instance.name;
    spec.tenantId = instance.tenantId;
    spec.type = instance.type;
    spec.cloudProvider = instance.cloudProvider;
    spec.region = instance.region;
    spec.memory = change.memory.value_or(instance.memory);
    spec.version = instance.version;
    spec.storage = change.storage.value_or(change.memory ? QString() : instance.storage);
    Outcome<OfferMatch> match = matchOffer(std::get<TenantRecord>(owner), spec);
    if (auto *failure = std::get_if<ApiFailure>(&match)) {
        if (failure->field.isEmpty() || (failure->field != u"storage" && failure->field != u"memory"))
            failure->field = change.memory ? u"memory"_s : u"storage"_s;
    }
    return match;
}

Outcome<InstanceRecord> SandboxState::update(const QString &instanceId, const InstanceChange &change)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (change.isEmpty())
        return ApiFailure {400, tr("Give a new name or a new configuration"), u"invalid-request"_s, {}};
    if (change.name && (change.name->trimmed().isEmpty() || change.name->size() > MaxNameLength))
        return nameFailure();
    const bool resize = (change.memory && *change.memory != instance->memory)
        || (change.storage && *change.storage != instance->storage);
    const Tier &tier = tierOf(instance->type);
    const bool reconfigure = resize || (change.vectorOptimized && *change.vectorOptimized != instance->vectorOptimized)
        || (change.graphAnalyticsPlugin && *change.graphAnalyticsPlugin != instance->graphAnalyticsPlugin)
        || (change.secondariesCount && *change.secondariesCount != instance->secondariesCount)
        || (change.cdcEnrichmentMode && *change.cdcEnrichmentMode != instance->cdcEnrichmentMode);
    if (reconfigure || isGone(instance->status)) {
        if (auto refusal = refuseUnlessSettled(*instance))
            return *refusal;
    }
    if (reconfigure && instance->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be changed; resume it first"), u"instance-not-running"_s, {}};
    }
    if (change.graphAnalyticsPlugin && *change.graphAnalyticsPlugin && !tier.graphAnalyticsPlugin) {
        return ApiFailure {400, tr("The Graph Analytics plugin is only available for professional-db"),
            u"invalid-field"_s, u"graph_analytics_plugin"_s};
    }
    if (change.secondariesCount && *change.secondariesCount > tier.maxSecondaries) {
        return ApiFailure {400,
            tier.maxSecondaries == 0
                ? tr("Instances of type %1 have no secondaries").arg(instance->type)
                : tr("Instances of type %1 have at most %2 secondaries").arg(instance->type).arg(tier.maxSecondaries),
            u"invalid-field"_s, u"secondaries_count"_s};
    }
    if (change.cdcEnrichmentMode && !tier.cdc) {
        return ApiFailure {400, tr("Change data capture is not available for %1 instances").arg(instance->type),
            u"invalid-field"_s, u"cdc_enrichment_mode"_s};
    }
    OfferMatch offer {instance->storage, instance->version};
    if (resize) {
        const Outcome<OfferMatch> match = offerForChange(*instance, change);
        if (const auto *failure = std::get_if<ApiFailure>(&match))
            return ApiFailure {400, failure->message, failure->reason, failure->field};
        offer = std::get<OfferMatch>(match);
    }
    const QString memoryAfter = change.memory.value_or(instance->memory);
    if (change.vectorOptimized.value_or(instance->vectorOptimized) && gigabytes(memoryAfter) < 4) {
        return ApiFailure {
            400, tr("Vector optimization needs at least 4GB of memory"), u"invalid-field"_s, u"vector_optimized"_s};
    }
    if (change.name)
        instance->name = *change.name;
    if (reconfigure) {
        if (resize) {
            instance->pendingMemory = memoryAfter;
            instance->pendingStorage = offer.storage;
        }
        instance->pendingVectorOptimized = change.vectorOptimized;
        instance->pendingGraphAnalyticsPlugin = change.graphAnalyticsPlugin;
        instance->pendingSecondariesCount = change.secondariesCount;
        instance->pendingCdcEnrichmentMode = change.cdcEnrichmentMode.value_or(QString());
        startTransition(*instance, InstanceStatus::Updating, InstanceStatus::Running, m_durations.updating);
    }
    Q_EMIT changed();
    return *instance;
}

Outcome<InstanceRecord> SandboxState::pause(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (!tierOf(instance->type).pausable) {
        return ApiFailure {400, tr("Free instances cannot be paused by hand; they pause themselves when idle"),
            u"free-instance-not-pausable"_s, {}};
    }
    if (instance->status == InstanceStatus::Paused)
        return ApiFailure {409, tr("Instance %1 is already paused").arg(instanceId), u"instance-paused"_s, {}};
    if (instance->status != InstanceStatus::Running) {
        return ApiFailure {409,
            tr("Instance %1 is %2 and cannot be paused").arg(instanceId, statusName(instance->status)),
            u"instance-not-running"_s, {}};
    }
    startTransition(*instance, InstanceStatus::Pausing, InstanceStatus::Paused, m_durations.pausing);
    return *instance;
}

Outcome<InstanceRecord> SandboxState::resume(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (instance->status == InstanceStatus::Running)
        return ApiFailure {409, tr("Instance %1 is already running").arg(instanceId), u"instance-running"_s, {}};
    if (instance->status != InstanceStatus::Paused) {
        return ApiFailure {409,
            tr("Instance %1 is %2; only Aura support can bring it back").arg(instanceId, statusName(instance->status)),
            u"instance-not-paused"_s, {}};
    }
    startTransition(*instance, InstanceStatus::Resuming, InstanceStatus::Running, m_durations.resuming);
    return *instance;
}

Outcome<InstanceRecord> SandboxState::destroy(const QString &instanceId)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    instance->nextScheduledSnapshotMs = 0;
    instance->nextHourlySnapshotMs = 0;
    startTransition(*instance, InstanceStatus::Destroying, InstanceStatus::Destroyed, m_durations.destroying);
    return *instance;
}

Outcome<InstanceRecord> SandboxState::upgrade(
    const QString &instanceId, const std::optional<QString> &memory, const std::optional<QString> &storage)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    if (auto refusal = refuseUnlessSettled(*instance))
        return *refusal;
    if (instance->type != u"professional-db") {
        return ApiFailure {
            400, tr("Only professional-db instances can be upgraded to business-critical"), u"invalid-request"_s, {}};
    }
    if (instance->status != InstanceStatus::Running) {
        return ApiFailure {
            409, tr("Only a running instance can be upgraded; resume it first"), u"instance-not-running"_s, {}};
    }
    if (memory.has_value() != storage.has_value()) {
        return ApiFailure {400, tr("Give memory and storage together, or neither"), u"invalid-request"_s,
            memory ? u"storage"_s : u"memory"_s};
    }
    InstanceRecord target = *instance;
    target.type = u"business-critical"_s;
    InstanceChange change;
    change.memory = memory.value_or(instance->memory);
    change.storage = storage.value_or(instance->storage);
    const Outcome<OfferMatch> match = offerForChange(target, change);
    if (const auto *failure = std::get_if<ApiFailure>(&match))
        return ApiFailure {400, failure->message, failure->reason, failure->field};
    instance->type = target.type;
    instance->graphAnalyticsPlugin = false;
    if (*change.memory != instance->memory || *change.storage != instance->storage) {
        instance->pendingMemory = *change.memory;
        instance->pendingStorage = *change.storage;
        startTransition(*instance, InstanceStatus::Updating, InstanceStatus::Running, m_durations.updating);
    }
    if (instance->nextHourlySnapshotMs == 0)
        planScheduledSnapshots(*instance, now());
    Q_EMIT changed();
    qCInfo(lcSandbox).noquote() << "instance" << instanceId << "upgraded to" << instance->type;
    return *instance;
}

Outcome<InstanceRecord> SandboxState::forceStatus(const QString &instanceId, InstanceStatus status)
{
    InstanceRecord *instance = find(instanceId);
    if (!instance)
        return notFound(instanceId);
    // A status set from outside either stays (settled ones) or moves on as the service would.
    static const QList<QPair<InstanceStatus, InstanceStatus>> next {
        {InstanceStatus::Creating, InstanceStatus::Running},
        {InstanceStatus::Pausing, InstanceStatus::Paused},
        {InstanceStatus::Resuming, InstanceStatus::Running},
        {InstanceStatus::Updating, InstanceStatus::Running},
        {InstanceStatus::Destroying, InstanceStatus::Destroyed},
        {InstanceStatus::Destroyed, InstanceStatus::Destroyed},
        {InstanceStatus::Loading, InstanceStatus::Running},
        {InstanceStatus::Restoring, InstanceStatus::Running},
        {InstanceStatus::Overwriting, InstanceStatus::Running},
        {InstanceStatus::Suspending, InstanceStatus::Suspended},
    };
    for (const auto &[from, to] : next) {
        if (from == status) {
            startTransition(*instance, status, to, m_durations.settling);
            return *instance;
        }
    }
    instance->status = status;
    instance->dueMs = 0;
    Q_EMIT changed();
    return *instance;
}

} // namespace AuraSandbox
