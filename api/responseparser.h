#pragma once

#include "api/dto/encryptionkey.h"
#include "api/dto/instance.h"
#include "api/dto/snapshot.h"
#include "api/dto/tenant.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <variant>

// JSON bodies of successful answers into DTOs, for both dialects. Pure functions of the body: safe to run on a
// worker thread. A body that cannot be read gives the reason as a string (for ApiError::detailText), never a
// partial value; entries of a list that lack their id are skipped, because one bad row must not hide the rest.
namespace Aura::Parse {

template<typename T>
using Parsed = std::variant<T, QString>;

// Bodies at least this large are parsed off the UI thread.
constexpr qsizetype OffThreadThreshold = 64 * 1024;
// Parsed lists at least this long are freed off the UI thread once their receiver has seen them.
constexpr qsizetype OffThreadReleaseCount = 500;

Parsed<QList<Tenant>> tenantList(const QByteArray &body);
Parsed<Tenant> tenant(const QByteArray &body);
Parsed<QList<Instance>> instanceList(const QByteArray &body);
Parsed<Instance> instance(const QByteArray &body);
// An answer that is not JSON (cut short, garbled) still carries the one-time password when its "id" and
// "password" can be read from it: they are kept, with whatever else of the instance is readable.
Parsed<InstanceCreated> instanceCreated(const QByteArray &body);
// The string value of `key` wherever it first appears in a body that may not be JSON at all; null if none.
QString salvageString(const QByteArray &body, QLatin1StringView key);
// Actions answer with the instance (seed, live delete and rename), with {} (live resize) or with nothing.
Parsed<std::optional<Instance>> optionalInstance(const QByteArray &body);
Parsed<QList<Snapshot>> snapshotList(const QByteArray &body);
Parsed<QList<EncryptionKey>> encryptionKeyList(const QByteArray &body);
Parsed<EncryptionKey> encryptionKey(const QByteArray &body);
// `instanceId` fills in what the live service's {snapshot_id}-only answer to a create leaves out.
Parsed<Snapshot> snapshot(const QByteArray &body, const QString &instanceId = {});
// Seed: a new instance with credentials. Live: the restored instance itself, or nothing (in place: nullopt).
Parsed<std::optional<InstanceCreated>> restored(const QByteArray &body, const QString &restoredInstanceId);

// GET /tenants/{id}/metrics-integration: {"data": {"endpoint": "https://…"}}. The URL must be absolute.
Parsed<QUrl> metricsEndpoint(const QByteArray &body);

// The token endpoint's answer (OAuth2 client credentials): a bearer token and how long it lives.
struct TokenAnswer
{
    QString token;
    qint64 lifetimeMs = 0; // 1 ms to a day: "expires_in" is range-checked, 3600 s when missing
};
Parsed<TokenAnswer> tokenAnswer(const QByteArray &body);

} // namespace Aura::Parse
