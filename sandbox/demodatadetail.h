#pragma once

// The building blocks of the demo data, shared by the seed's and the live service's demo organisations.
#include "sandbox/records.h"

namespace AuraSandbox::Demo {

using namespace Qt::Literals::StringLiterals;

struct Region
{
    const char *cloud;
    const char *id;
    const char *label;
};

constexpr Region Regions[] = {
    {"gcp", "europe-west1", "Belgium (europe-west1)"},
    {"gcp", "us-central1", "Iowa (us-central1)"},
    {"gcp", "asia-southeast1", "Singapore (asia-southeast1)"},
    {"aws", "us-east-1", "US East, N. Virginia (us-east-1)"},
    {"aws", "eu-west-1", "Europe, Ireland (eu-west-1)"},
    {"azure", "westeurope", "West Europe, Netherlands (westeurope)"},
    {"azure", "eastus", "East US, Virginia (eastus)"},
};

// The free tier has one region per cloud.
constexpr Region FreeRegions[] = {
    {"gcp", "europe-west1", "Belgium (europe-west1)"},
    {"aws", "us-east-1", "US East, N. Virginia (us-east-1)"},
    {"azure", "eastus", "East US, Virginia (eastus)"},
};

inline QStringList sizes(std::initializer_list<int> gigabytes)
{
    QStringList out;
    for (int g : gigabytes)
        out << u"%1GB"_s.arg(g);
    return out;
}

inline RegionOffer offer(const QString &type, const Region &r, const QStringList &memory, const QStringList &storage)
{
    return RegionOffer {type, QString::fromLatin1(r.cloud), QString::fromLatin1(r.id), QString::fromLatin1(r.label),
        memory, storage, {u"5"_s}};
}

inline InstanceRecord instance(const QString &id, const QString &name, const QString &tenantId, const QString &type,
    const Region &r, const QString &memory, const QString &storage, qint64 createdMs)
{
    InstanceRecord i;
    i.id = id;
    i.name = name;
    i.tenantId = tenantId;
    i.type = type;
    i.cloudProvider = QString::fromLatin1(r.cloud);
    i.region = QString::fromLatin1(r.id);
    i.memory = memory;
    i.storage = storage;
    i.version = u"5"_s;
    i.createdMs = createdMs;
    return i;
}

inline void inTransition(InstanceRecord &i, InstanceStatus status, InstanceStatus next, qint64 dueMs)
{
    i.status = status;
    i.nextStatus = next;
    i.dueMs = dueMs;
}

} // namespace AuraSandbox::Demo
