#pragma once

#include "api/dto/tenant.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Aura {

// The settings of an instance as far as the user has chosen them; an empty field is not chosen yet.
struct ConfigurationChoice
{
    QString type;
    QString cloudProvider;
    QString region;
    QString memory;
    QString version;
};

struct RegionOption
{
    QString region; // "europe-west1"
    QString regionName; // "Belgium (europe-west1)", empty when the server gave none

    friend bool operator==(const RegionOption &, const RegionOption &) = default;
};

// Which instance settings a tenant allows, narrowed step by step in the order the dialogs ask for them:
// type → cloud provider → region → memory → version. Each step only offers values for which at least one allowed
// combination remains with the choices made before it, so a form built on this class cannot reach a combination
// the tenant refuses.
//
// Seed-dialect rows may leave cloud provider, memory or version empty, meaning the server did not restrict them:
// such a row offers every known cloud provider and every known memory size for its type, and an empty version
// ("the server's default").
class ConfigurationOptions final
{
public:
    ConfigurationOptions() = default;
    explicit ConfigurationOptions(const QList<InstanceConfiguration> &rows);

    bool isEmpty() const { return m_rows.isEmpty(); }

    QStringList types() const;
    QStringList cloudProviders(const ConfigurationChoice &choice) const; // uses type
    QList<RegionOption> regions(const ConfigurationChoice &choice) const; // uses type, cloud provider
    QStringList memorySizes(const ConfigurationChoice &choice) const; // uses type, cloud provider, region
    QStringList versions(const ConfigurationChoice &choice) const; // uses all but version; newest first
    // Every storage size the tenant allows with the chosen memory size (uses all but storage), smallest first;
    // empty when the server did not say.
    QStringList storageSizes(const ConfigurationChoice &choice) const;
    // The storage that goes with the chosen memory size, empty when the server did not say.
    QString storage(const ConfigurationChoice &choice) const;
    // True when type, cloud provider, region and memory are set and a row allows them with this version (an
    // empty version, the server's default, only where a row leaves the version open).
    bool allows(const ConfigurationChoice &choice) const;

    // Memory sizes an existing instance of this type, cloud provider and region can be resized to (its current
    // size included), smallest first. An empty cloud provider matches any.
    QStringList resizeMemorySizes(const QString &type, const QString &cloudProvider, const QString &region) const;

    static QStringList knownMemorySizes();
    static QStringList knownCloudProviders();
    // "8GB" → 8, "512MB" → 0.5; nullopt for anything else.
    static std::optional<double> memoryGigabytes(const QString &size);
    // Numerically (1GB < 2GB < ... < 512GB); sizes that do not parse go last, alphabetically.
    static void sortMemorySizes(QStringList &sizes);

private:
    QList<InstanceConfiguration> matching(const ConfigurationChoice &choice, int depth) const;
    static QStringList memoriesOf(const InstanceConfiguration &row);

    QList<InstanceConfiguration> m_rows;
};

} // namespace Aura
