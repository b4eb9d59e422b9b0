#pragma once

#include "sandbox/dialect.h"
#include "sandbox/httpanswer.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace AuraSandbox {

class SandboxState;

// The tenant, instance and snapshot operations (the token endpoint is SandboxAuth's, the rest of the platform
// PlatformApi's): routes a request below /v1 to the state and turns the outcome into an answer in the dialect's
// words. What an operation means (restore in place or to a new instance, snapshots by day, clone) is read from the
// dialect's semantics. Knows nothing of sockets, tokens or faults.
class SandboxApi final
{
public:
    // Checks that a create may use the customer-managed key it names (the keys live in PlatformState).
    using KeyCheck = std::function<std::optional<ApiFailure>(const InstanceSpec &spec)>;

    SandboxApi(SandboxState &state, const Dialect &dialect);
    void setKeyCheck(KeyCheck check) { m_keyCheck = std::move(check); }

    // path: below /v1, fully decoded, e.g. "/instances/4f8a2c1d/snapshots".
    HttpAnswer handle(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body);

    HttpAnswer failure(const ApiFailure &failure) const;

private:
    HttpAnswer methodNotAllowed(const QByteArray &allowed) const;
    HttpAnswer data(int status, const QJsonValue &value) const;
    HttpAnswer notFound(const QString &path) const;
    // nullopt with *answer set when the body is not a JSON object.
    std::optional<QJsonObject> jsonBody(const QByteArray &body, HttpAnswer *answer) const;

    HttpAnswer instances(const QByteArray &method, const QUrlQuery &query, const QByteArray &body);
    HttpAnswer instance(const QByteArray &method, const QString &id, const QByteArray &body);
    HttpAnswer change(const QString &id, const QByteArray &body);
    HttpAnswer action(const QByteArray &method, const QString &id, const QString &name, const QByteArray &body);
    HttpAnswer overwrite(const QString &id, const QByteArray &body);
    HttpAnswer upgrade(const QString &id, const QByteArray &body);
    HttpAnswer snapshots(const QByteArray &method, const QString &id, const QUrlQuery &query);
    HttpAnswer snapshot(const QByteArray &method, const QString &id, const QString &snapshotId);
    HttpAnswer restore(const QByteArray &method, const QString &id, const QString &snapshotId, const QByteArray &body);
    HttpAnswer tenants(const QByteArray &method, const QString &id);
    HttpAnswer metricsIntegration(const QByteArray &method, const QString &tenantId);

    SandboxState &m_state;
    const Dialect &m_dialect;
    KeyCheck m_keyCheck;
};

} // namespace AuraSandbox
