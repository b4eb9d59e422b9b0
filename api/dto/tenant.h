#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Aura {

// One allowed combination of instance settings in a tenant. The live dialect sends exactly these rows. The seed
// dialect nests regions under types and may leave cloud provider and memory out; such rows keep those fields
// empty, meaning "not restricted by the server's answer".
struct InstanceConfiguration
{
    QString type;
    QString cloudProvider;
    QString region;
    QString regionName;
    QString memory;
    QString storage;
    QString version;

    friend bool operator==(const InstanceConfiguration &, const InstanceConfiguration &) = default;
};

struct Tenant
{
    QString id;
    QString name;
    QList<InstanceConfiguration> configurations;

    // nullopt without an id; `tooManyConfigurations` as in parseInstanceConfigurations().
    static std::optional<Tenant> fromJson(const QJsonObject &object, bool *tooManyConfigurations = nullptr);

    friend bool operator==(const Tenant &, const Tenant &) = default;
};

// Reads `instance_configurations` in either dialect into flat rows:
//  - live (aura-v1): [{region, region_name, type, memory, storage, version, cloud_provider}, ...]
//  - seed: [{type, regions: [{name, region_name?, cloud_provider?, memory?: [..], storage?: [..],
//            version?: [..]}]}, ...] where memory, storage and version may be arrays or single strings; a region
//    with several memory sizes gives one row per size (the storage list pairs with it by position).
// At most this many rows are read from one tenant (the live service lists a few hundred): a hostile answer whose
// version × memory lists multiply into millions is refused instead of filling the memory.
inline constexpr qsizetype MaxConfigurationRows = 20'000;
// `tooMany`, when given, is set when the answer holds more rows than MaxConfigurationRows (the rows read are the
// first MaxConfigurationRows).
QList<InstanceConfiguration> parseInstanceConfigurations(const QJsonValue &value, bool *tooMany = nullptr);

} // namespace Aura
