#include "api/dto/snapshot.h"

#include "api/dto/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

std::optional<Snapshot> Snapshot::fromJson(const QJsonObject &o)
{
    Snapshot s;
    s.snapshotId = Json::string(o, "snapshot_id"_L1);
    if (s.snapshotId.isEmpty())
        return std::nullopt;
    s.instanceId = Json::string(o, "instance_id"_L1);
    s.status = Json::string(o, "status"_L1);
    s.timestamp = Json::dateTime(o, "timestamp"_L1);
    s.exportable = Json::boolean(o, "exportable"_L1);
    s.profile = Json::string(o, "profile"_L1);
    return s;
}

} // namespace Aura
