#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace AuraSandbox {

// What the sandbox holds, independent of any wire format: the dialects turn these into JSON.

enum class InstanceStatus {
    Creating,
    Running,
    Pausing,
    Paused,
    Resuming,
    Updating,
    Destroying,
    Destroyed,
    Loading,
    Restoring,
    // The live service's own: an overwrite in progress, an instance suspended by the service (billing, abuse), and
    // a load (clone) that did not succeed.
    Overwriting,
    Suspending,
    Suspended,
    LoadingFailed,
};

// Lower-case names as the live service spells them ("loading failed" with its space); also the names used in the
// state file. A dialect may show another name (the seed has no "overwriting").
QString statusName(InstanceStatus status);
std::optional<InstanceStatus> statusFromName(const QString &name);
// True while an operation runs: every other operation is refused until it settles.
bool isTransitional(InstanceStatus status);

enum class SnapshotStatus { Pending, InProgress, Completed, Failed, Cancelled };
QString snapshotStatusName(SnapshotStatus status);
std::optional<SnapshotStatus> snapshotStatusFromName(const QString &name);

// One region a tenant may use for one instance type; memory and storage pair by position. Where the type lets
// storage grow beyond its memory's default, storageSteps > 1 allows the default doubled, quadrupled, ...
struct RegionOffer
{
    QString type;
    QString cloudProvider;
    QString region;
    QString regionName;
    QStringList memory;
    QStringList storage;
    QStringList versions;
    int storageSteps = 1;

    friend bool operator==(const RegionOffer &, const RegionOffer &) = default;
};

struct TenantRecord
{
    QString id;
    QString name;
    QList<RegionOffer> offers;

    friend bool operator==(const TenantRecord &, const TenantRecord &) = default;
};

struct InstanceRecord
{
    QString id;
    QString name;
    QString tenantId;
    QString cloudProvider;
    QString region;
    QString type;
    QString memory;
    QString storage;
    QString version;
    InstanceStatus status = InstanceStatus::Running;
    qint64 createdMs = 0;
    // A transition in progress: at dueMs (wall clock, ms since epoch) the status becomes nextStatus. 0 = settled.
    qint64 dueMs = 0;
    InstanceStatus nextStatus = InstanceStatus::Running;
    bool vectorOptimized = false;
    bool graphAnalyticsPlugin = false;
    int secondariesCount = 0;
    QString cdcEnrichmentMode = QStringLiteral("OFF"); // OFF, DIFF or FULL
    QString customerManagedKeyId; // empty = encrypted with the service's own key
    // A change in progress (resize, plugin, secondaries, CDC) takes effect when the transition ends, as on the live
    // service: until then the instance shows its old settings. Empty / nullopt = nothing pending for that field.
    QString pendingMemory;
    QString pendingStorage;
    std::optional<bool> pendingVectorOptimized;
    std::optional<bool> pendingGraphAnalyticsPlugin;
    std::optional<int> pendingSecondariesCount;
    QString pendingCdcEnrichmentMode;
    // Planned scheduled snapshots, 0 = none planned: the daily one and, where the tier takes them, the hourly one.
    qint64 nextScheduledSnapshotMs = 0;
    qint64 nextHourlySnapshotMs = 0;

    friend bool operator==(const InstanceRecord &, const InstanceRecord &) = default;
};

struct SnapshotRecord
{
    QString id;
    QString instanceId;
    SnapshotStatus status = SnapshotStatus::Completed;
    qint64 timestampMs = 0;
    qint64 dueMs = 0; // InProgress until then
    bool exportable = false;
    bool scheduled = false; // profile Scheduled; otherwise AdHoc (taken on demand)
    qint64 startMs = 0; // an on-demand snapshot is Pending until then, then InProgress until dueMs

    friend bool operator==(const SnapshotRecord &, const SnapshotRecord &) = default;
};

// A customer-managed encryption key registered with a tenant (aura-v1). Pending until readyMs, then ready.
struct EncryptionKeyRecord
{
    QString id;
    QString name;
    QString tenantId;
    QString cloudProvider;
    QString region;
    QString instanceType;
    QString keyId; // the cloud provider's key: an AWS KMS ARN, an Azure Key Vault URI, a GCP KMS resource name
    qint64 createdMs = 0;
    qint64 readyMs = 0;

    friend bool operator==(const EncryptionKeyRecord &, const EncryptionKeyRecord &) = default;
};

enum class SessionStatus { Creating, Ready, Expired, Failed };

// A Graph Analytics (GDS) session (aura-v1): Creating until readyMs, then Ready; Expired once idle for its ttl.
struct SessionRecord
{
    QString id;
    QString name;
    QString tenantId;
    QString instanceId; // empty = standalone
    QString databaseUuid;
    QString memory;
    QString cloudProvider;
    QString region;
    QString userId;
    qint64 createdMs = 0;
    qint64 readyMs = 0;
    qint64 ttlSeconds = 0; // 0 = no inactivity limit
    qint64 expiryMs = 0; // when it expires, 0 = not before its ttl
    bool failed = false;

    friend bool operator==(const SessionRecord &, const SessionRecord &) = default;
};

// Everything the sandbox persists. Instances keep the order of creation, snapshots are oldest first.
struct SandboxData
{
    QList<TenantRecord> tenants;
    QList<InstanceRecord> instances;
    QList<SnapshotRecord> snapshots;
    QList<EncryptionKeyRecord> keys = {};
    QList<SessionRecord> sessions = {};
};

// A refusal, as the API reports it: HTTP status, human message, machine reason, and the field at fault if any.
struct ApiFailure
{
    int httpStatus = 400;
    QString message;
    QString reason;
    QString field;
};

template<typename T>
using Outcome = std::variant<T, ApiFailure>;

} // namespace AuraSandbox
