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
};

// Lower-case names as the seed contract spells them; also the names used in the state file.
QString statusName(InstanceStatus status);
std::optional<InstanceStatus> statusFromName(const QString &name);
// True while an operation runs: every other operation is refused until it settles.
bool isTransitional(InstanceStatus status);

enum class SnapshotStatus { InProgress, Completed, Failed };
QString snapshotStatusName(SnapshotStatus status);
std::optional<SnapshotStatus> snapshotStatusFromName(const QString &name);

// One region a tenant may use for one instance type; memory and storage pair by position.
struct RegionOffer
{
    QString type;
    QString cloudProvider;
    QString region;
    QString regionName;
    QStringList memory;
    QStringList storage;
    QStringList versions;

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
    // A resize in progress takes effect when the transition ends, as on the live service.
    QString pendingMemory;
    QString pendingStorage;
    qint64 nextScheduledSnapshotMs = 0; // 0 = none planned

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
    bool scheduled = false;

    friend bool operator==(const SnapshotRecord &, const SnapshotRecord &) = default;
};

// Everything the sandbox persists. Instances keep the order of creation, snapshots are oldest first.
struct SandboxData
{
    QList<TenantRecord> tenants;
    QList<InstanceRecord> instances;
    QList<SnapshotRecord> snapshots;
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
