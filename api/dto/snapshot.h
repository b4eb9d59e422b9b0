#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Aura {

struct Snapshot
{
    QString snapshotId;
    QString instanceId;
    QString status; // Completed, InProgress, Failed; the live service adds Pending and Cancelled
    QDateTime timestamp;
    std::optional<bool> exportable;
    QString profile; // AdHoc or Scheduled (live dialect only)

    static std::optional<Snapshot> fromJson(const QJsonObject &object); // nullopt without a snapshot_id

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace Aura
