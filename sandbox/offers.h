#pragma once

#include "records.h"

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

} // namespace AuraSandbox
