#pragma once

#include "sandbox/httpanswer.h"
#include "sandbox/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace AuraSandbox {

class PlatformState;

// The aura-v1 endpoints beside instances, tenants and snapshots: customer-managed keys, Graph Analytics sessions
// and the two sizing estimates. Bodies as spec/aura-v1-official.yaml describes them, errors as
// {"errors":[{message, reason, field?}]}. Knows nothing of sockets, tokens, faults or Content-Type (the server
// checks that first).
class PlatformApi final
{
public:
    explicit PlatformApi(PlatformState &state);

    // pathParts: the path below /v1 split on '/' (empty parts are ignored), e.g. {"graph-analytics", "sessions"}.
    // nullopt when the path is none of these endpoints, so that the caller routes it on.
    std::optional<HttpAnswer> handle(
        const QByteArray &method, const QStringList &pathParts, const QUrlQuery &query, const QByteArray &body);

    // The JSON objects of the answers (inside "data"), for the dialect and the tests.
    static QJsonObject keySummary(const EncryptionKeyRecord &key);
    static QJsonObject keyDetails(const EncryptionKeyRecord &key, qint64 nowMs);
    static QJsonObject sessionDetails(const SessionRecord &session, qint64 nowMs);
    static QJsonObject errorBody(const ApiFailure &failure);

private:
    HttpAnswer keys(const QByteArray &method, const QUrlQuery &query, const QByteArray &body);
    HttpAnswer key(const QByteArray &method, const QString &id);
    HttpAnswer sessions(const QByteArray &method, const QUrlQuery &query, const QByteArray &body);
    HttpAnswer session(const QByteArray &method, const QString &id);
    HttpAnswer sessionSizing(const QByteArray &method, const QByteArray &body);
    HttpAnswer instanceSizing(const QByteArray &method, const QByteArray &body);

    PlatformState &m_state;
};

} // namespace AuraSandbox
