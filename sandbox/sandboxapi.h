#pragma once

#include "dialect.h"
#include "httpanswer.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace AuraSandbox {

class SandboxState;

// The fifteen operations of the contract (less the token endpoint, which SandboxAuth serves): routes a request
// below /v1 to the state and turns the outcome into an answer in the dialect's words. Knows nothing of sockets,
// tokens or faults.
class SandboxApi final
{
public:
    SandboxApi(SandboxState &state, const Dialect &dialect);

    // path: below /v1, fully decoded, e.g. "/instances/4f8a2c1d/snapshots".
    HttpAnswer handle(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body);

private:
    HttpAnswer failure(const ApiFailure &failure) const;
    HttpAnswer methodNotAllowed(const QByteArray &allowed) const;
    HttpAnswer data(int status, const QJsonValue &value) const;
    // nullopt with *answer set when the body is not a JSON object.
    std::optional<QJsonObject> jsonBody(const QByteArray &body, HttpAnswer *answer) const;

    HttpAnswer instances(const QByteArray &method, const QUrlQuery &query, const QByteArray &body);
    HttpAnswer instance(const QByteArray &method, const QString &id, const QByteArray &body);
    HttpAnswer action(const QByteArray &method, const QString &id, const QString &name, const QByteArray &body);
    HttpAnswer snapshots(const QByteArray &method, const QString &id);
    HttpAnswer snapshot(const QByteArray &method, const QString &id, const QString &snapshotId);
    HttpAnswer restore(const QByteArray &method, const QString &id, const QString &snapshotId, const QByteArray &body);
    HttpAnswer tenants(const QByteArray &method, const QString &id);

    SandboxState &m_state;
    const Dialect &m_dialect;
};

} // namespace AuraSandbox
