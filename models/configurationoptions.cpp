#include "models/configurationoptions.h"

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

enum Depth { ByType = 1, ByCloud, ByRegion, ByMemory, ByVersion };

// An empty value on either side leaves the field open: not chosen yet, or not restricted by the row.
bool openOrEqual(const QString &chosen, const QString &allowed)
{
    return chosen.isEmpty() || allowed.isEmpty() || chosen == allowed;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list << value;
}

} // namespace

ConfigurationOptions::ConfigurationOptions(const QList<InstanceConfiguration> &rows)
    : m_rows(rows)
{ }

QStringList ConfigurationOptions::knownMemorySizes()
{
    return {u"1GB"_s, u"2GB"_s, u"4GB"_s, u"8GB"_s, u"16GB"_s, u"24GB"_s, u"32GB"_s, u"48GB"_s, u"64GB"_s, u"128GB"_s,
        u"192GB"_s, u"256GB"_s, u"384GB"_s, u"512GB"_s};
}

QStringList ConfigurationOptions::knownCloudProviders()
{
    return {u"gcp"_s, u"aws"_s, u"azure"_s};
}

std::optional<double> ConfigurationOptions::memoryGigabytes(const QString &size)
{
    const QString s = size.trimmed().toUpper();
    double factor = 0;
    QStringView number;
    if (s.endsWith("GB"_L1)) {
        factor = 1;
        number = QStringView(s).chopped(2);
    } else if (s.endsWith("MB"_L1)) {
        factor = 1.0 / 1024;
        number = QStringView(s).chopped(2);
    } else if (s.endsWith("TB"_L1)) {
        factor = 1024;
        number = QStringView(s).chopped(2);
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double value = number.trimmed().toDouble(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value * factor;
}

void ConfigurationOptions::sortMemorySizes(QStringList &sizes)
{
    const auto key = [](const QString &size) {
        const std::optional<double> gb = memoryGigabytes(size);
        return std::make_tuple(!gb.has_value(), gb.value_or(0), size);
    };
    std::stable_sort(sizes.begin(), sizes.end(), [&](const QString &a, const QString &b) { return key(a) < key(b); });
}

QStringList ConfigurationOptions::memoriesOf(const InstanceConfiguration &row)
{
    if (!row.memory.isEmpty())
        return {row.memory};
    // Free instances always have 1GB; every other type may use any size the server did not rule out.
    if (row.type == "free-db"_L1)
        return {u"1GB"_s};
    return knownMemorySizes();
}

QList<InstanceConfiguration> ConfigurationOptions::matching(const ConfigurationChoice &choice, int depth) const
{
    QList<InstanceConfiguration> out;
    for (const InstanceConfiguration &row : m_rows) {
        if (depth >= ByType && !openOrEqual(choice.type, row.type))
            continue;
        if (depth >= ByCloud && !openOrEqual(choice.cloudProvider, row.cloudProvider))
            continue;
        if (depth >= ByRegion && !openOrEqual(choice.region, row.region))
            continue;
        if (depth >= ByMemory && !choice.memory.isEmpty() && !memoriesOf(row).contains(choice.memory))
            continue;
        if (depth >= ByVersion && !openOrEqual(choice.version, row.version))
            continue;
        out << row;
    }
    return out;
}

QStringList ConfigurationOptions::types() const
{
    QStringList out;
    for (const InstanceConfiguration &row : m_rows)
        appendUnique(out, row.type);
    return out;
}

QStringList ConfigurationOptions::cloudProviders(const ConfigurationChoice &choice) const
{
    QStringList out;
    for (const InstanceConfiguration &row : matching(choice, ByType)) {
        if (row.cloudProvider.isEmpty()) {
            for (const QString &provider : knownCloudProviders())
                appendUnique(out, provider);
        } else {
            appendUnique(out, row.cloudProvider);
        }
    }
    return out;
}

QList<RegionOption> ConfigurationOptions::regions(const ConfigurationChoice &choice) const
{
    QList<RegionOption> out;
    for (const InstanceConfiguration &row : matching(choice, ByCloud)) {
        const auto known = std::find_if(
            out.begin(), out.end(), [&](const RegionOption &option) { return option.region == row.region; });
        if (known == out.end())
            out << RegionOption {row.region, row.regionName};
        else if (known->regionName.isEmpty())
            known->regionName = row.regionName;
    }
    return out;
}

QStringList ConfigurationOptions::memorySizes(const ConfigurationChoice &choice) const
{
    QStringList out;
    for (const InstanceConfiguration &row : matching(choice, ByRegion)) {
        for (const QString &memory : memoriesOf(row))
            appendUnique(out, memory);
    }
    sortMemorySizes(out);
    return out;
}

QStringList ConfigurationOptions::versions(const ConfigurationChoice &choice) const
{
    QStringList out;
    for (const InstanceConfiguration &row : matching(choice, ByMemory))
        appendUnique(out, row.version);
    // Newest first; the open choice ("the server's default") last.
    std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() || b.isEmpty())
            return !a.isEmpty() && b.isEmpty();
        bool aOk = false;
        bool bOk = false;
        const double av = a.toDouble(&aOk);
        const double bv = b.toDouble(&bOk);
        if (aOk && bOk)
            return av > bv;
        if (aOk != bOk)
            return aOk;
        return a > b;
    });
    return out;
}

QString ConfigurationOptions::storage(const ConfigurationChoice &choice) const
{
    if (choice.memory.isEmpty())
        return {};
    for (const InstanceConfiguration &row : matching(choice, ByVersion)) {
        if (row.memory == choice.memory && !row.storage.isEmpty())
            return row.storage;
    }
    return {};
}

QStringList ConfigurationOptions::storageSizes(const ConfigurationChoice &choice) const
{
    QStringList out;
    if (choice.memory.isEmpty())
        return out;
    for (const InstanceConfiguration &row : matching(choice, ByVersion)) {
        if (row.memory == choice.memory && !row.storage.isEmpty())
            appendUnique(out, row.storage);
    }
    sortMemorySizes(out);
    return out;
}

bool ConfigurationOptions::allows(const ConfigurationChoice &choice) const
{
    if (choice.type.isEmpty() || choice.cloudProvider.isEmpty() || choice.region.isEmpty() || choice.memory.isEmpty())
        return false;
    // A row that names no version allows any, including the server's default (empty); a row that names one
    // allows only that one.
    const QList<InstanceConfiguration> rows = matching(choice, ByMemory);
    return std::any_of(rows.cbegin(), rows.cend(),
        [&](const InstanceConfiguration &row) { return row.version.isEmpty() || row.version == choice.version; });
}

QStringList ConfigurationOptions::resizeMemorySizes(
    const QString &type, const QString &cloudProvider, const QString &region) const
{
    if (type.isEmpty() || region.isEmpty())
        return {};
    return memorySizes(ConfigurationChoice {type, cloudProvider, region, {}, {}});
}

} // namespace Aura
