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

    QJsonObject toJson() const;
};

struct UpdateInstanceRequest
{
    std::optional<QString> name;
    std::optional<QString> memory;

    bool isEmpty() const { return !name && !memory; }
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
