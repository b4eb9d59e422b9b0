#include "sandbox/records.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

constexpr std::array<std::pair<InstanceStatus, QLatin1StringView>, 14> StatusNames {{
    {InstanceStatus::Creating, "creating"_L1},
    {InstanceStatus::Running, "running"_L1},
    {InstanceStatus::Pausing, "pausing"_L1},
    {InstanceStatus::Paused, "paused"_L1},
    {InstanceStatus::Resuming, "resuming"_L1},
    {InstanceStatus::Updating, "updating"_L1},
    {InstanceStatus::Destroying, "destroying"_L1},
    {InstanceStatus::Destroyed, "destroyed"_L1},
    {InstanceStatus::Loading, "loading"_L1},
    {InstanceStatus::Restoring, "restoring"_L1},
    {InstanceStatus::Overwriting, "overwriting"_L1},
    {InstanceStatus::Suspending, "suspending"_L1},
    {InstanceStatus::Suspended, "suspended"_L1},
    {InstanceStatus::LoadingFailed, "loading failed"_L1},
}};

constexpr std::array<std::pair<SnapshotStatus, QLatin1StringView>, 5> SnapshotStatusNames {{
    {SnapshotStatus::Pending, "Pending"_L1},
    {SnapshotStatus::InProgress, "InProgress"_L1},
    {SnapshotStatus::Completed, "Completed"_L1},
    {SnapshotStatus::Failed, "Failed"_L1},
    {SnapshotStatus::Cancelled, "Cancelled"_L1},
}};

} // namespace

QString statusName(InstanceStatus status)
{
    for (const auto &[value, name] : StatusNames) {
        if (value == status)
            return QString(name);
    }
    return {};
}

std::optional<InstanceStatus> statusFromName(const QString &name)
{
    for (const auto &[value, text] : StatusNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

bool isTransitional(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running:
    case InstanceStatus::Paused:
    case InstanceStatus::Suspended:
    case InstanceStatus::LoadingFailed:
        return false;
    default:
        return true;
    }
}

QString snapshotStatusName(SnapshotStatus status)
{
    for (const auto &[value, name] : SnapshotStatusNames) {
        if (value == status)
            return QString(name);
    }
    return {};
}

std::optional<SnapshotStatus> snapshotStatusFromName(const QString &name)
{
    for (const auto &[value, text] : SnapshotStatusNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace AuraSandbox
