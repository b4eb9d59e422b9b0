#pragma once

#include "sandbox/records.h"

namespace AuraSandbox {

// What a new instance asks for; the fields of a create or restore request.
struct InstanceSpec
{
    QString name;
    QString tenantId;
    QString type;
    QString cloudProvider;
    QString region;
    QString memory;
    QString version; // empty = the newest the region offers
    // aura-v1 only; empty or false when the request does not say.
    QString storage = {}; // empty = the storage that pairs with the memory
    bool vectorOptimized = false;
    bool graphAnalyticsPlugin = false;
    QString customerManagedKeyId = {};
    QString sourceInstanceId = {}; // a clone: the new instance starts with this instance's data
    QString sourceSnapshotId = {}; // ... from this snapshot (exportable), or from a fresh one when empty
};

// What a PATCH asks to change; nullopt = leave as it is.
struct InstanceChange
{
    std::optional<QString> name;
    std::optional<QString> memory;
    std::optional<QString> storage;
    std::optional<bool> vectorOptimized;
    std::optional<bool> graphAnalyticsPlugin;
    std::optional<int> secondariesCount;
    std::optional<QString> cdcEnrichmentMode;

    bool isEmpty() const
    {
        return !name && !memory && !storage && !vectorOptimized && !graphAnalyticsPlugin && !secondariesCount
            && !cdcEnrichmentMode;
    }
    // Anything beyond a rename: the instance goes through "updating".
    bool changesConfiguration() const
    {
        return memory || storage || vectorOptimized || graphAnalyticsPlugin || secondariesCount || cdcEnrichmentMode;
    }
};

// The offer that allows the spec, with storage and version resolved, or the field that no offer allows.
struct OfferMatch
{
    QString storage;
    QString version;
};
Outcome<OfferMatch> matchOffer(const TenantRecord &tenant, const InstanceSpec &spec);

// The storage that pairs with a memory size in an offer; empty if the offer does not list that size.
QString storageFor(const RegionOffer &offer, const QString &memory);
// Every storage size an instance of that memory may have in the offer, the default first.
QStringList storageChoices(const RegionOffer &offer, const QString &memory);
// "16GB" -> 16; 0 when the text is not a whole number of gigabytes.
int gigabytes(const QString &size);

// The offer for an existing instance's type, cloud and region; nullptr when the tenant no longer offers it.
const RegionOffer *offerFor(
    const TenantRecord &tenant, const QString &type, const QString &cloud, const QString &region);

} // namespace AuraSandbox
