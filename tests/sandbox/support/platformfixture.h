#pragma once

#include "sandbox/platformstate.h"
#include "sandbox/sandboxstate.h"

#include <QTest>

#include <memory>

// A SandboxState with two projects and a few instances on a clock the test moves by hand, and the PlatformState on
// top of it: what the tests of keys, sessions and their endpoints share.
namespace PlatformFixture {

using namespace AuraSandbox;
using namespace Qt::Literals::StringLiterals;

inline const QString TenantId = u"11111111-2222-4333-8444-555555555555"_s;
inline const QString OtherTenantId = u"66666666-7777-4888-8999-000000000000"_s;
inline const QString RunningId = u"a1b2c3d4"_s; // enterprise-db, aws us-east-1, running
inline const QString PausedId = u"e5f6a7b8"_s; // enterprise-db, gcp europe-west1, paused
inline const QString OtherRunningId = u"c9d0e1f2"_s; // professional-db of the other project, running
inline const QString AwsKey = u"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"_s;

inline RegionOffer offer(const QString &type, const QString &cloud, const QString &region)
{
    return RegionOffer {type, cloud, region, region, {u"4GB"_s, u"8GB"_s}, {u"8GB"_s, u"16GB"_s}, {u"5"_s}};
}

inline InstanceRecord instance(const QString &id, const QString &tenantId, const QString &type, const QString &cloud,
    const QString &region, InstanceStatus status)
{
    InstanceRecord i;
    i.id = id;
    i.name = u"graph-"_s + id;
    i.tenantId = tenantId;
    i.type = type;
    i.cloudProvider = cloud;
    i.region = region;
    i.memory = u"8GB"_s;
    i.storage = u"16GB"_s;
    i.version = u"5"_s;
    i.status = status;
    return i;
}

// keyInUse: the customer-managed key of the running instance, empty for none.
inline SandboxData data(const QString &keyInUse = {})
{
    SandboxData d;
    d.tenants << TenantRecord {TenantId, u"Production"_s,
        {offer(u"enterprise-db"_s, u"aws"_s, u"us-east-1"_s), offer(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s),
            offer(u"enterprise-db"_s, u"azure"_s, u"westeurope"_s),
            offer(u"enterprise-ds"_s, u"gcp"_s, u"europe-west1"_s)}};
    d.tenants << TenantRecord {OtherTenantId, u"Staging"_s, {offer(u"professional-db"_s, u"gcp"_s, u"us-central1"_s)}};
    d.instances << instance(RunningId, TenantId, u"enterprise-db"_s, u"aws"_s, u"us-east-1"_s, InstanceStatus::Running);
    d.instances.last().customerManagedKeyId = keyInUse;
    d.instances << instance(
        PausedId, TenantId, u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, InstanceStatus::Paused);
    d.instances << instance(
        OtherRunningId, OtherTenantId, u"professional-db"_s, u"gcp"_s, u"us-central1"_s, InstanceStatus::Running);
    return d;
}

inline KeyRequest keyRequest(const QString &cloud = u"aws"_s)
{
    if (cloud == u"gcp") {
        return KeyRequest {u"projects/acme-prod/locations/europe-west1/keyRings/aura/cryptoKeys/main"_s,
            u"europe-west1"_s, u"GCP key"_s, u"enterprise-db"_s, TenantId, u"gcp"_s};
    }
    if (cloud == u"azure") {
        return KeyRequest {u"https://acme-vault.vault.azure.net/keys/aura-key/0123456789abcdef0123456789abcdef"_s,
            u"westeurope"_s, u"Azure key"_s, u"enterprise-db"_s, TenantId, u"azure"_s};
    }
    return KeyRequest {AwsKey, u"us-east-1"_s, u"Production Key"_s, u"enterprise-db"_s, TenantId, u"aws"_s};
}

inline SessionRequest standalone(const QString &name = u"people-and-fruit"_s, const QString &memory = u"8GB"_s)
{
    SessionRequest r;
    r.name = name;
    r.memory = memory;
    r.tenantId = TenantId;
    r.cloudProvider = u"gcp"_s;
    r.region = u"europe-west1"_s;
    return r;
}

template<typename T>
T value(const Outcome<T> &outcome)
{
    if (const auto *f = std::get_if<ApiFailure>(&outcome)) {
        qWarning() << "unexpected failure" << f->httpStatus << f->message << f->reason << f->field;
        return T {};
    }
    return std::get<T>(outcome);
}

template<typename T>
ApiFailure failure(const Outcome<T> &outcome)
{
    return std::holds_alternative<ApiFailure>(outcome) ? std::get<ApiFailure>(outcome)
                                                       : ApiFailure {0, u"(no failure)"_s, {}, {}};
}

// Owns both states; the clock starts at a fixed time and moves only when the test says so.
struct Platform
{
    qint64 now = 1'800'000'000'000;
    std::unique_ptr<SandboxState> sandbox;
    std::unique_ptr<PlatformState> platform;

    explicit Platform(double timeScale = 1.0, const SandboxData &d = data())
        : sandbox(std::make_unique<SandboxState>())
    {
        sandbox->setClock([this] { return now; });
        sandbox->setTimeScale(timeScale);
        sandbox->reset(d);
        platform = std::make_unique<PlatformState>(*sandbox);
    }
    Platform(const Platform &) = delete;
    Platform &operator=(const Platform &) = delete;

    void later(double seconds) { now += qRound64(seconds * 1000); }
    void laterMs(qint64 ms) { now += ms; }
};

} // namespace PlatformFixture
