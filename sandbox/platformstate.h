#pragma once

#include "sandbox/records.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <optional>

namespace AuraSandbox {

class SandboxState;

// The fields of POST /customer-managed-keys; an empty string is a missing field.
struct KeyRequest
{
    QString keyId;
    QString region;
    QString name;
    QString instanceType;
    QString tenantId;
    QString cloudProvider;
};

// The fields of POST /graph-analytics/sessions; an empty string is a missing field.
struct SessionRequest
{
    QString name;
    QString memory;
    QString ttl; // a Go duration such as "30m" or "1h30m0s"; empty = the service's default (7 days)
    QString instanceId; // empty = a standalone session, which then needs tenant, cloud and region
    QString databaseUuid;
    QString tenantId;
    QString cloudProvider;
    QString region;
};

// A session as POST answers it: the existing one (200) or a new one (202).
struct SessionAnswer
{
    SessionRecord session;
    bool created = false;
};

// Counts arrive as JSON numbers: each must be a whole number from 0 to MaxCount.
struct InstanceSizingRequest
{
    double nodeCount = 0;
    double relationshipCount = 0;
    QString instanceType; // empty = not given
    QStringList algorithmCategories;
};

struct SessionSizingRequest
{
    double nodeCount = 0;
    double nodePropertyCount = 0; // per node
    double nodeLabelCount = 0; // per node
    double relationshipCount = 0;
    double relationshipPropertyCount = 0; // per relationship
    QStringList algorithmCategories;
};

struct InstanceSizing
{
    QString recommendedSize;
    QString minRequiredMemory;
    bool didExceedMaximum = false;
};

struct SessionSizing
{
    QString recommendedSize;
    QString estimatedMemory;
};

enum class KeyStatus { Pending, Ready };
QString keyStatusName(KeyStatus status); // "pending", "ready"
KeyStatus keyStatus(const EncryptionKeyRecord &key, qint64 nowMs);

QString sessionStatusName(SessionStatus status); // "Creating", "Ready", "Expired", "Failed"
SessionStatus sessionStatus(const SessionRecord &session, qint64 nowMs);

// The platform features of aura-v1 beside instances: customer-managed encryption keys, Graph Analytics sessions and
// the sizing estimates. Pure logic, no HTTP. No timers: every status follows from the clock of the SandboxState
// whenever it is asked for. Every duration is multiplied by the SandboxState's time scale, a session's ttl too.
class PlatformState final : public QObject
{
    Q_OBJECT
public:
    explicit PlatformState(SandboxState &state, QObject *parent = nullptr);

    qint64 now() const;

    // For the state file: replaces everything; keys() and sessions() give it back (without sessions that are gone).
    void reset(const QList<EncryptionKeyRecord> &keys, const QList<SessionRecord> &sessions);
    QList<EncryptionKeyRecord> keys() const { return m_keys; }
    QList<SessionRecord> sessions() const;

    // Customer-managed keys, oldest first; an empty tenant id lists every project's.
    QList<EncryptionKeyRecord> listKeys(const QString &tenantId = {}) const;
    Outcome<EncryptionKeyRecord> key(const QString &id) const;
    Outcome<EncryptionKeyRecord> createKey(const KeyRequest &request);
    // Refused while an instance that still exists is encrypted with the key.
    Outcome<EncryptionKeyRecord> deleteKey(const QString &id);
    // Whether a new instance with these settings may be encrypted with the key; nullopt = it may.
    std::optional<ApiFailure> checkKeyUsable(const QString &keyId, const QString &tenantId,
        const QString &cloudProvider, const QString &region, const QString &instanceType) const;

    // Sessions, oldest first; every filter may be empty. An unknown instance or tenant is a 404.
    Outcome<QList<SessionRecord>> listSessions(
        const QString &instanceId = {}, const QString &tenantId = {}, const QString &organizationId = {});
    Outcome<SessionRecord> session(const QString &id) const;
    // The existing live session with the same name and project if the parameters match (else a 409), or a new one.
    Outcome<SessionAnswer> getOrCreateSession(const SessionRequest &request);
    Outcome<QString> deleteSession(const QString &id);

    static Outcome<InstanceSizing> instanceSizing(const InstanceSizingRequest &request);
    static Outcome<SessionSizing> sessionSizing(const SessionSizingRequest &request);

    // A Go duration ("30m", "1h30m", "20m0s", "1.5h") as whole seconds, from 1 s to MaxTtlSeconds; field "ttl".
    static Outcome<qint64> parseTtl(const QString &text);
    // Whole seconds the way Go prints a duration: "20m0s", "1h30m0s", "45s".
    static QString formatDuration(qint64 seconds);

    static QStringList cloudProviders(); // gcp, aws, azure
    static QStringList keyInstanceTypes(); // the types a key may be made for
    static QStringList instanceTypes(); // every type of aura-v1
    static QStringList sessionMemorySizes(); // 2GB ... 384GB
    static QStringList algorithmCategories(); // centrality, community-detection, ...

    static constexpr double KeyPendingSeconds = 20;
    static constexpr double SessionCreatingSeconds = 30;
    static constexpr double ExpiredVisibleSeconds = 3600; // an expired session is listed this long, then gone
    static constexpr qint64 MaxTtlSeconds = 7 * 24 * 3600; // also the ttl of a session that names none
    static constexpr int MaxKeyNameLength = 30;
    static constexpr int MaxSessionNameLength = 128;
    static constexpr double MaxCount = 1e12;
    static constexpr auto DemoUserId = "7f3c2a1e-5b4d-4c6e-9a8b-1d2e3f4a5b6c";
    static constexpr auto DemoOrganizationId = "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9";

Q_SIGNALS:
    // After every create and delete (not after reset), so that the state file can save.
    void changed();

private:
    qint64 scaled(double seconds) const;
    bool isGone(const SessionRecord &session, qint64 nowMs) const;
    void pruneGone();
    // The tenant, or a failure with the given status that names the field (none for a 404).
    Outcome<TenantRecord> tenantFor(const QString &tenantId, int httpStatus, const QString &field) const;
    QString newSessionId(const QString &instanceId) const;

    SandboxState &m_state;
    QList<EncryptionKeyRecord> m_keys;
    QList<SessionRecord> m_sessions;
};

// The state file's form of the records. fromJson accepts a missing (undefined or null) value as an empty list and
// returns nullopt with *error naming the first unusable entry on anything else that is wrong.
QJsonArray keysToJson(const QList<EncryptionKeyRecord> &keys);
std::optional<QList<EncryptionKeyRecord>> keysFromJson(const QJsonValue &value, QString *error);
QJsonArray sessionsToJson(const QList<SessionRecord> &sessions);
std::optional<QList<SessionRecord>> sessionsFromJson(const QJsonValue &value, QString *error);

} // namespace AuraSandbox
