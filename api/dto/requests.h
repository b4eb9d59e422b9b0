#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Aura {

// Bodies of the requests that change something. Dialogs produce these; the client serialises them.

struct CreateInstanceRequest
{
    QString tenantId;
    QString name;
    QString type;
    QString cloudProvider;
    QString region;
    QString memory;
    QString version; // optional in the seed dialect, required by the live service
    QString storage; // optional (live dialect)
    QString sourceInstanceId; // optional (live dialect): create from another instance's snapshot
    QString sourceSnapshotId;
    // Optional settings of the live dialect; unset ones stay out of the body (the service's defaults).
    std::optional<bool> vectorOptimized;
    std::optional<bool> graphAnalyticsPlugin;
    QString customerManagedKeyId;

    QJsonObject toJson() const;
};

// A PATCH: only the set fields are sent. Beyond name and memory, the fields are the live dialect's.
struct UpdateInstanceRequest
{
    std::optional<QString> name;
    std::optional<QString> memory;
    std::optional<QString> storage;
    std::optional<bool> vectorOptimized;
    std::optional<bool> graphAnalyticsPlugin;
    std::optional<qint64> secondariesCount;
    std::optional<QString> cdcEnrichmentMode;

    static UpdateInstanceRequest renameTo(const QString &newName)
    {
        UpdateInstanceRequest r;
        r.name = newName;
        return r;
    }
    bool isEmpty() const { return !name && !changesConfiguration(); }
    // Anything beyond a rename: the service changes the instance in the background (status updating).
    bool changesConfiguration() const
    {
        return memory || storage || vectorOptimized || graphAnalyticsPlugin || secondariesCount || cdcEnrichmentMode;
    }
    QJsonObject toJson() const;
};

// POST /instances/{id}/upgrade (live dialect): professional-db to business-critical, with a new memory and storage
// given together or not at all.
struct UpgradeInstanceRequest
{
    QString memory;
    QString storage;

    QJsonObject toJson() const;
};

struct OverwriteInstanceRequest
{
    QString sourceInstanceId;
    QString sourceSnapshotId;

    QJsonObject toJson() const;
};

// Seed dialect: all fields, a new instance is made. Live dialect: leave it empty to restore in place.
struct RestoreSnapshotRequest
{
    QString tenantId;
    QString name;
    QString type;
    QString cloudProvider;
    QString region;
    QString memory;

    QJsonObject toJson() const;
};

// The instance name rules of the contract: 1 to 30 characters, no leading or trailing white space.
enum class NameProblem { None, Empty, TooLong, SurroundingSpace };
constexpr qsizetype MaxInstanceNameLength = 30;
NameProblem checkInstanceName(const QString &name);

} // namespace Aura
