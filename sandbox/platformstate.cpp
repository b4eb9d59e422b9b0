#include "sandbox/platformstate.h"

#include "sandbox/identifiers.h"
#include "sandbox/requestfields.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::PlatformState", text);
}

ApiFailure keyIdError(const QString &message)
{
    return fieldError(u"key_id"_s, message, u"invalid-key-id"_s);
}

// The cloud provider's key must have the provider's own shape; an AWS key also names its region.
std::optional<ApiFailure> checkKeyShape(const QString &cloud, const QString &keyId, const QString &region)
{
    static const QRegularExpression aws(
        uR"(\Aarn:aws:kms:([a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}):[0-9]{12}:key/[A-Za-z0-9-]{1,128}\z)"_s);
    static const QRegularExpression azure(
        uR"(\Ahttps://[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]\.vault\.azure\.net/keys/[A-Za-z0-9-]{1,127}(?:/[A-Za-z0-9]{1,64})?\z)"_s);
    static const QRegularExpression gcp(
        uR"(\Aprojects/[a-z][a-z0-9-]{4,28}[a-z0-9]/locations/[a-z0-9-]{1,64}/keyRings/[A-Za-z0-9_-]{1,63}/cryptoKeys/[A-Za-z0-9_-]{1,63}\z)"_s);
    if (keyId.size() > 512)
        return keyIdError(tr("The key id is too long"));
    if (cloud == u"aws") {
        const QRegularExpressionMatch match = aws.match(keyId);
        if (!match.hasMatch()) {
            return keyIdError(tr("An AWS key id must be a KMS key ARN: "
                                 "arn:aws:kms:<region>:<12-digit account id>:key/<key id>"));
        }
        if (match.captured(1) != region) {
            return keyIdError(tr("The key is in the AWS region %1, but it is registered for region %2")
                                  .arg(match.captured(1), region));
        }
    } else if (cloud == u"azure") {
        if (!azure.match(keyId).hasMatch()) {
            return keyIdError(tr("An Azure key id must be a Key Vault key identifier: "
                                 "https://<vault name>.vault.azure.net/keys/<key name>[/<key version>]"));
        }
    } else if (!gcp.match(keyId).hasMatch()) {
        return keyIdError(tr("A GCP key id must be a Cloud KMS key resource name: "
                             "projects/<project>/locations/<location>/keyRings/<key ring>/cryptoKeys/<key>"));
    }
    return std::nullopt;
}

} // namespace

QString keyStatusName(KeyStatus status)
{
    return status == KeyStatus::Pending ? u"pending"_s : u"ready"_s;
}

KeyStatus keyStatus(const EncryptionKeyRecord &key, qint64 nowMs)
{
    return nowMs < key.readyMs ? KeyStatus::Pending : KeyStatus::Ready;
}

PlatformState::PlatformState(SandboxState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{ }

qint64 PlatformState::now() const
{
    return m_state.now();
}

qint64 PlatformState::scaled(double seconds) const
{
    return std::max<qint64>(0, qRound64(seconds * 1000.0 * m_state.timeScale()));
}

void PlatformState::reset(const QList<EncryptionKeyRecord> &keys, const QList<SessionRecord> &sessions)
{
    m_keys = keys;
    m_sessions = sessions;
    // An older or hand-written file may not say when a session expires: give it its ttl or the default.
    for (SessionRecord &s : m_sessions) {
        if (s.expiryMs == 0) {
            s.expiryMs = s.ttlSeconds > 0 ? s.readyMs + scaled(static_cast<double>(s.ttlSeconds))
                                          : s.createdMs + scaled(static_cast<double>(MaxTtlSeconds));
        }
    }
}

QStringList PlatformState::cloudProviders()
{
    return {u"gcp"_s, u"aws"_s, u"azure"_s};
}

QStringList PlatformState::keyInstanceTypes()
{
    return {u"enterprise-db"_s, u"enterprise-ds"_s};
}

QStringList PlatformState::instanceTypes()
{
    return {u"enterprise-db"_s, u"enterprise-ds"_s, u"business-critical"_s, u"professional-db"_s, u"professional-ds"_s,
        u"free-db"_s};
}

Outcome<TenantRecord> PlatformState::tenantFor(const QString &tenantId, int httpStatus, const QString &field) const
{
    const Outcome<TenantRecord> tenant = m_state.tenant(tenantId);
    if (std::holds_alternative<ApiFailure>(tenant) || tenantId.isEmpty())
        return ApiFailure {httpStatus, tr("The tenant you specified could not be found"), u"tenant-not-found"_s, field};
    return tenant;
}

QList<EncryptionKeyRecord> PlatformState::listKeys(const QString &tenantId) const
{
    if (tenantId.isEmpty())
        return m_keys;
    QList<EncryptionKeyRecord> out;
    for (const EncryptionKeyRecord &k : m_keys) {
        if (k.tenantId == tenantId)
            out << k;
    }
    return out;
}

Outcome<EncryptionKeyRecord> PlatformState::key(const QString &id) const
{
    for (const EncryptionKeyRecord &k : m_keys) {
        if (k.id == id)
            return k;
    }
    return ApiFailure {404, tr("Encryption Key not found: %1").arg(id), u"encryption-key-not-found"_s, {}};
}

Outcome<EncryptionKeyRecord> PlatformState::createKey(const KeyRequest &r)
{
    const std::pair<QString, QString> required[] {{u"key_id"_s, r.keyId}, {u"region"_s, r.region}, {u"name"_s, r.name},
        {u"instance_type"_s, r.instanceType}, {u"tenant_id"_s, r.tenantId}, {u"cloud_provider"_s, r.cloudProvider}};
    for (const auto &[field, value] : required) {
        if (value.isEmpty())
            return fieldError(field, tr("The field %1 is required").arg(field), u"missing-field"_s);
    }
    if (r.name.size() > MaxKeyNameLength || r.name.trimmed() != r.name) {
        return fieldError(u"name"_s,
            tr("The name must have 1 to %1 characters, without leading or trailing whitespace").arg(MaxKeyNameLength));
    }
    if (!cloudProviders().contains(r.cloudProvider)) {
        return fieldError(u"cloud_provider"_s,
            tr("Unknown cloud provider %1; use one of %2").arg(r.cloudProvider, cloudProviders().join(u", "_s)));
    }
    if (!keyInstanceTypes().contains(r.instanceType)) {
        return fieldError(u"instance_type"_s,
            tr("A customer managed key cannot be made for instance type %1; use one of %2")
                .arg(r.instanceType, keyInstanceTypes().join(u", "_s)));
    }
    const Outcome<TenantRecord> tenant = tenantFor(r.tenantId, 400, u"tenant_id"_s);
    if (const auto *f = std::get_if<ApiFailure>(&tenant))
        return *f;
    const QList<RegionOffer> &offers = std::get<TenantRecord>(tenant).offers;
    const bool offered = std::any_of(offers.begin(), offers.end(), [&](const RegionOffer &o) {
        return o.type == r.instanceType && o.cloudProvider == r.cloudProvider && o.region == r.region;
    });
    if (!offered) {
        return fieldError(u"region"_s,
            tr("The project has no %1 instances on %2 in region %3").arg(r.instanceType, r.cloudProvider, r.region),
            u"invalid-configuration"_s);
    }
    if (const std::optional<ApiFailure> bad = checkKeyShape(r.cloudProvider, r.keyId, r.region))
        return *bad;

    EncryptionKeyRecord k;
    k.id = randomUuid();
    k.name = r.name;
    k.tenantId = r.tenantId;
    k.cloudProvider = r.cloudProvider;
    k.region = r.region;
    k.instanceType = r.instanceType;
    k.keyId = r.keyId;
    k.createdMs = now();
    k.readyMs = k.createdMs + scaled(KeyPendingSeconds);
    m_keys << k;
    Q_EMIT changed();
    return k;
}

Outcome<EncryptionKeyRecord> PlatformState::deleteKey(const QString &id)
{
    const Outcome<EncryptionKeyRecord> found = key(id);
    if (std::holds_alternative<ApiFailure>(found))
        return found;
    const QList<InstanceRecord> instances = m_state.instances();
    for (const InstanceRecord &i : instances) {
        if (i.customerManagedKeyId == id && i.status != InstanceStatus::Destroyed) {
            return ApiFailure {400,
                tr("Can not delete encryption key %1. The key is linked to an active instance.").arg(id),
                u"encryption-key-is-active"_s, {}};
        }
    }
    m_keys.removeIf([&](const EncryptionKeyRecord &k) { return k.id == id; });
    Q_EMIT changed();
    return found;
}

std::optional<ApiFailure> PlatformState::checkKeyUsable(const QString &keyId, const QString &tenantId,
    const QString &cloudProvider, const QString &region, const QString &instanceType) const
{
    const QString field = u"customer_managed_key_id"_s;
    const Outcome<EncryptionKeyRecord> found = key(keyId);
    if (std::holds_alternative<ApiFailure>(found) || keyId.isEmpty())
        return fieldError(field, tr("Encryption Key not found: %1").arg(keyId), u"encryption-key-not-found"_s);
    const EncryptionKeyRecord &k = std::get<EncryptionKeyRecord>(found);
    if (k.tenantId != tenantId)
        return fieldError(field, tr("The encryption key %1 belongs to another project").arg(keyId));
    if (keyStatus(k, now()) != KeyStatus::Ready) {
        return fieldError(field, tr("The encryption key %1 is not ready yet; try again in a moment").arg(keyId),
            u"encryption-key-not-ready"_s);
    }
    const std::pair<QString, QString> mismatches[] {
        {k.cloudProvider, cloudProvider}, {k.region, region}, {k.instanceType, instanceType}};
    for (const auto &[registered, requested] : mismatches) {
        if (registered != requested) {
            return fieldError(field,
                tr("The encryption key %1 is for %2 instances on %3 in region %4, not for %5 instances on %6 in %7")
                    .arg(keyId, k.instanceType, k.cloudProvider, k.region, instanceType, cloudProvider, region));
        }
    }
    return std::nullopt;
}

} // namespace AuraSandbox
