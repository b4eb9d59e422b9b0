#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <tuple>

namespace Aura {

// An AuraDB instance as the server describes it. Both dialects are read: the seed contract's full objects and the
// live service's, whose list entries are summaries without a status (see hasDetails()). Unknown statuses and types
// are kept verbatim; fields a dialect does not send stay empty. Every member belongs in fields() too.
struct Instance
{
    QString id;
    QString name;
    QString status;
    QString tenantId;
    QString cloudProvider;
    QString region;
    QString type;
    QString memory; // "8GB"
    QString storage; // "16GB"
    QString connectionUrl;
    QString metricsIntegrationUrl;
    QString version; // neo4j_version in the seed dialect
    QDateTime createdAt;
    QString customerManagedKeyId;
    QString cdcEnrichmentMode;
    std::optional<bool> vectorOptimized;
    std::optional<bool> graphAnalyticsPlugin;
    std::optional<qint64> secondariesCount;

    // fingerprint() as it was when the instance was read from an answer (on the parser's thread, so a large list
    // costs the UI thread no hashing); 0 for one built otherwise. Not a field: neither compared nor hashed, and
    // stale once a field is changed, so only a freshly parsed list entry is asked for it (knownFingerprint()).
    quint64 parsedFingerprint = 0;

    // A list entry of the live service carries no status: the details come from GET /instances/{id}.
    bool hasDetails() const { return !status.isEmpty(); }
    // What to call it in messages and dialogs: its name, or its id while it has none.
    QString displayName() const { return name.isEmpty() ? id : name; }

    // Copies every field that `details` has and this one lacks or differs in; used to merge a summary with the
    // details fetched earlier without losing either.
    void mergeFrom(const Instance &details);

    static std::optional<Instance> fromJson(const QJsonObject &object); // nullopt without an id
    QJsonObject toJson() const;

    // Every member, for comparing and hashing them all at once.
    auto fields() const
    {
        return std::tie(id, name, status, tenantId, cloudProvider, region, type, memory, storage, connectionUrl,
            metricsIntegrationUrl, version, createdAt, customerManagedKeyId, cdcEnrichmentMode, vectorOptimized,
            graphAnalyticsPlugin, secondariesCount);
    }
    // A hash of every field: two instances that differ in any field have different fingerprints (but for a 2^-64
    // chance). Lets a list be compared with the one before at a hash per entry instead of a field-by-field compare.
    quint64 fingerprint() const;
    quint64 knownFingerprint() const { return parsedFingerprint != 0 ? parsedFingerprint : fingerprint(); }

    friend bool operator==(const Instance &a, const Instance &b) { return a.fields() == b.fields(); }
};

// The answer to create, and to restore in the seed dialect: the one time the database password is shown.
// The password is a secret: never log, store or display this struct wholesale.
struct InstanceCreated
{
    QString id;
    QString name;
    QString status;
    QString tenantId;
    QString cloudProvider;
    QString region;
    QString type;
    QString connectionUrl;
    QString username;
    QString password;
    QDateTime createdAt;

    static std::optional<InstanceCreated> fromJson(const QJsonObject &object); // nullopt without an id
};

} // namespace Aura
