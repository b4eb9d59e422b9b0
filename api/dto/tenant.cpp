#include "api/dto/tenant.h"

#include "api/dto/jsonfields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            if (v.isString())
                out << v.toString();
            else if (v.isDouble())
                out << QString::number(v.toDouble(), 'g', 15);
        }
    }
    return out;
}

// Appends one row per version × memory of the region, unless that would pass MaxConfigurationRows: false then,
// and nothing is appended.
bool appendNestedRegion(QList<InstanceConfiguration> &out, const QString &type, const QJsonObject &region)
{
    InstanceConfiguration base;
    base.type = type;
    base.region = Json::string(region, "name"_L1);
    if (base.region.isEmpty())
        base.region = Json::string(region, "region"_L1);
    if (base.region.isEmpty())
        return true;
    base.regionName = Json::string(region, "region_name"_L1);
    base.cloudProvider = Json::string(region, "cloud_provider"_L1);
    const QStringList memories = stringsOf(region.value("memory"_L1));
    const QStringList storages = stringsOf(region.value("storage"_L1));
    const QStringList versions = stringsOf(region.value("version"_L1));
    const QStringList versionList = versions.isEmpty() ? QStringList {QString()} : versions;
    const QStringList memoryList = memories.isEmpty() ? QStringList {QString()} : memories;
    // Counted before anything is built: the product of two short lists can be millions of rows.
    if (versionList.size() > MaxConfigurationRows || memoryList.size() > MaxConfigurationRows
        || out.size() + versionList.size() * memoryList.size() > MaxConfigurationRows)
        return false;
    for (const QString &version : versionList) {
        for (qsizetype m = 0; m < memoryList.size(); ++m) {
            InstanceConfiguration row = base;
            row.version = version;
            row.memory = memoryList.at(m);
            if (storages.size() == memoryList.size())
                row.storage = storages.at(m);
            else if (storages.size() == 1)
                row.storage = storages.first();
            out << row;
        }
    }
    return true;
}

} // namespace

QList<InstanceConfiguration> parseInstanceConfigurations(const QJsonValue &value, bool *tooMany)
{
    QList<InstanceConfiguration> out;
    if (tooMany)
        *tooMany = false;
    auto refuse = [&] {
        if (tooMany)
            *tooMany = true;
        return out;
    };
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject o = entry.toObject();
        const QString type = Json::string(o, "type"_L1);
        if (type.isEmpty())
            continue;
        const QJsonValue regions = o.value("regions"_L1);
        if (regions.isArray()) {
            const QJsonArray regionArray = regions.toArray();
            for (const QJsonValue &region : regionArray) {
                if (!appendNestedRegion(out, type, region.toObject()))
                    return refuse();
            }
            continue;
        }
        InstanceConfiguration row;
        row.type = type;
        row.region = Json::string(o, "region"_L1);
        row.regionName = Json::string(o, "region_name"_L1);
        row.cloudProvider = Json::string(o, "cloud_provider"_L1);
        row.memory = Json::string(o, "memory"_L1);
        row.storage = Json::string(o, "storage"_L1);
        row.version = Json::string(o, "version"_L1);
        if (row.region.isEmpty())
            continue;
        if (out.size() >= MaxConfigurationRows)
            return refuse();
        out << row;
    }
    return out;
}

std::optional<Tenant> Tenant::fromJson(const QJsonObject &o, bool *tooManyConfigurations)
{
    Tenant t;
    t.id = Json::string(o, "id"_L1);
    if (t.id.isEmpty())
        return std::nullopt;
    t.name = Json::string(o, "name"_L1);
    t.configurations = parseInstanceConfigurations(o.value("instance_configurations"_L1), tooManyConfigurations);
    return t;
}

} // namespace Aura
