#include "sandbox/platformapi.h"

#include "sandbox/platformstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::PlatformApi", text);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

HttpAnswer failure(const ApiFailure &f)
{
    return HttpAnswer::json(f.httpStatus, PlatformApi::errorBody(f));
}

HttpAnswer methodNotAllowed(const QByteArray &allowed)
{
    HttpAnswer answer = failure(ApiFailure {405,
        tr("This method is not allowed here; use %1").arg(QString::fromLatin1(allowed)), u"method-not-allowed"_s, {}});
    answer.setHeader("Allow", allowed);
    return answer;
}

HttpAnswer data(int status, const QJsonValue &value)
{
    return HttpAnswer::json(status, QJsonObject {{"data"_L1, value}});
}

Outcome<QJsonObject> jsonBody(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiFailure {400,
            body.trimmed().isEmpty() ? tr("The request needs a JSON object as its body")
                : document.isNull()  ? tr("The body is not valid JSON: %1").arg(error.errorString())
                                     : tr("The body must be a JSON object"),
            u"invalid-json"_s, {}};
    }
    return document.object();
}

// Reads typed fields of a request body; the first field of the wrong type is kept as the failure.
class BodyReader
{
public:
    explicit BodyReader(const QJsonObject &object)
        : m_object(object)
    { }

    const std::optional<ApiFailure> &failure() const { return m_failure; }

    // Empty when absent or null.
    QString string(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(field, tr("The field %1 must be a string").arg(field));
        return v.toString();
    }

    // A count as the state checks it (whole, 0 to 10^12); 0 when absent and optional.
    double count(const QString &field, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, tr("The field %1 is required").arg(field), u"missing-field"_s);
            return 0;
        }
        if (!v.isDouble())
            fail(field, tr("The field %1 must be a number").arg(field));
        return v.toDouble();
    }

    QStringList strings(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        QStringList out;
        const QJsonArray array = v.toArray();
        bool ok = v.isArray();
        for (const QJsonValue &item : array) {
            ok = ok && item.isString();
            out << item.toString();
        }
        if (!ok)
            fail(field, tr("The field %1 must be a list of strings").arg(field));
        return out;
    }

private:
    void fail(const QString &field, const QString &message, const QString &reason = u"invalid-field"_s)
    {
        if (!m_failure)
            m_failure = ApiFailure {400, message, reason, field};
    }

    QJsonObject m_object;
    std::optional<ApiFailure> m_failure;
};

} // namespace

PlatformApi::PlatformApi(PlatformState &state)
    : m_state(state)
{ }

QJsonObject PlatformApi::errorBody(const ApiFailure &f)
{
    QJsonObject e {{"message"_L1, f.message}, {"reason"_L1, f.reason}};
    if (!f.field.isEmpty())
        e.insert("field"_L1, f.field);
    return QJsonObject {{"errors"_L1, QJsonArray {e}}};
}

QJsonObject PlatformApi::keySummary(const EncryptionKeyRecord &k)
{
    return QJsonObject {{"id"_L1, k.id}, {"name"_L1, k.name}, {"tenant_id"_L1, k.tenantId}};
}

QJsonObject PlatformApi::keyDetails(const EncryptionKeyRecord &k, qint64 nowMs)
{
    return QJsonObject {{"id"_L1, k.id}, {"name"_L1, k.name}, {"tenant_id"_L1, k.tenantId},
        {"cloud_provider"_L1, k.cloudProvider}, {"region"_L1, k.region}, {"instance_type"_L1, k.instanceType},
        {"key_id"_L1, k.keyId}, {"created"_L1, isoTime(k.createdMs)},
        {"status"_L1, keyStatusName(keyStatus(k, nowMs))}};
}

QJsonObject PlatformApi::sessionDetails(const SessionRecord &s, qint64 nowMs)
{
    const SessionStatus status = sessionStatus(s, nowMs);
    QJsonObject o {{"id"_L1, s.id}, {"name"_L1, s.name}, {"memory"_L1, s.memory},
        {"status"_L1, sessionStatusName(status)}, {"host"_L1, u"%1-gds.sandbox.neo4j.io"_s.arg(s.id)},
        {"tenant_id"_L1, s.tenantId}, {"user_id"_L1, s.userId}, {"cloud_provider"_L1, s.cloudProvider},
        {"region"_L1, s.region}, {"created_at"_L1, isoTime(s.createdMs)}};
    // Fields without a value are left out rather than sent as null, which the schema does not allow.
    if (!s.instanceId.isEmpty())
        o.insert("instance_id"_L1, s.instanceId);
    if (!s.databaseUuid.isEmpty())
        o.insert("database_uuid"_L1, s.databaseUuid);
    if (s.ttlSeconds > 0)
        o.insert("ttl"_L1, s.ttlSeconds);
    if (status != SessionStatus::Creating && s.expiryMs > 0)
        o.insert("expiry_date"_L1, isoTime(s.expiryMs));
    return o;
}

std::optional<HttpAnswer> PlatformApi::handle(
    const QByteArray &method, const QStringList &pathParts, const QUrlQuery &query, const QByteArray &body)
{
    QStringList parts = pathParts;
    parts.removeAll(QString());
    const qsizetype n = parts.size();
    if (n >= 1 && parts[0] == u"customer-managed-keys") {
        if (n == 1)
            return keys(method, query, body);
        if (n == 2)
            return key(method, parts[1]);
    } else if (n >= 2 && parts[0] == u"graph-analytics" && parts[1] == u"sessions") {
        if (n == 2)
            return sessions(method, query, body);
        if (n == 3 && parts[2] == u"sizing")
            return sessionSizing(method, body);
        if (n == 3)
            return session(method, parts[2]);
    } else if (n == 2 && parts[0] == u"instances" && parts[1] == u"sizing") {
        return instanceSizing(method, body);
    }
    return std::nullopt;
}

HttpAnswer PlatformApi::keys(const QByteArray &method, const QUrlQuery &query, const QByteArray &body)
{
    if (method == "GET") {
        QJsonArray list;
        const QList<EncryptionKeyRecord> all
            = m_state.listKeys(query.queryItemValue(u"tenantId"_s, QUrl::FullyDecoded));
        for (const EncryptionKeyRecord &k : all)
            list.append(keySummary(k));
        return data(200, list);
    }
    if (method != "POST")
        return methodNotAllowed("GET, POST");
    const Outcome<QJsonObject> object = jsonBody(body);
    if (const auto *f = std::get_if<ApiFailure>(&object))
        return failure(*f);
    BodyReader reader(std::get<QJsonObject>(object));
    KeyRequest request;
    request.keyId = reader.string(u"key_id"_s);
    request.region = reader.string(u"region"_s);
    request.name = reader.string(u"name"_s);
    request.instanceType = reader.string(u"instance_type"_s);
    request.tenantId = reader.string(u"tenant_id"_s);
    request.cloudProvider = reader.string(u"cloud_provider"_s);
    if (reader.failure())
        return failure(*reader.failure());
    const Outcome<EncryptionKeyRecord> created = m_state.createKey(request);
    if (const auto *f = std::get_if<ApiFailure>(&created))
        return failure(*f);
    return data(202, keyDetails(std::get<EncryptionKeyRecord>(created), m_state.now()));
}

HttpAnswer PlatformApi::key(const QByteArray &method, const QString &id)
{
    if (method != "GET" && method != "DELETE")
        return methodNotAllowed("GET, DELETE");
    const Outcome<EncryptionKeyRecord> result = method == "GET" ? m_state.key(id) : m_state.deleteKey(id);
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    if (method == "DELETE")
        return HttpAnswer::empty(204);
    return data(200, keyDetails(std::get<EncryptionKeyRecord>(result), m_state.now()));
}

HttpAnswer PlatformApi::sessions(const QByteArray &method, const QUrlQuery &query, const QByteArray &body)
{
    if (method == "GET") {
        const auto item = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
        const Outcome<QList<SessionRecord>> found
            = m_state.listSessions(item(u"instanceId"_s), item(u"tenantId"_s), item(u"organizationId"_s));
        if (const auto *f = std::get_if<ApiFailure>(&found))
            return failure(*f);
        QJsonArray list;
        const qint64 t = m_state.now();
        for (const SessionRecord &s : std::get<QList<SessionRecord>>(found))
            list.append(sessionDetails(s, t));
        return data(200, list);
    }
    if (method != "POST")
        return methodNotAllowed("GET, POST");
    const Outcome<QJsonObject> object = jsonBody(body);
    if (const auto *f = std::get_if<ApiFailure>(&object))
        return failure(*f);
    BodyReader reader(std::get<QJsonObject>(object));
    SessionRequest request;
    request.name = reader.string(u"name"_s);
    request.memory = reader.string(u"memory"_s);
    request.ttl = reader.string(u"ttl"_s);
    request.instanceId = reader.string(u"instance_id"_s);
    request.databaseUuid = reader.string(u"database_uuid"_s);
    request.tenantId = reader.string(u"tenant_id"_s);
    request.cloudProvider = reader.string(u"cloud_provider"_s);
    request.region = reader.string(u"region"_s);
    if (reader.failure())
        return failure(*reader.failure());
    const Outcome<SessionAnswer> result = m_state.getOrCreateSession(request);
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    const SessionAnswer &answer = std::get<SessionAnswer>(result);
    return data(answer.created ? 202 : 200, sessionDetails(answer.session, m_state.now()));
}

HttpAnswer PlatformApi::session(const QByteArray &method, const QString &id)
{
    if (method == "GET") {
        const Outcome<SessionRecord> found = m_state.session(id);
        if (const auto *f = std::get_if<ApiFailure>(&found))
            return failure(*f);
        return data(200, sessionDetails(std::get<SessionRecord>(found), m_state.now()));
    }
    if (method != "DELETE")
        return methodNotAllowed("GET, DELETE");
    const Outcome<QString> deleted = m_state.deleteSession(id);
    if (const auto *f = std::get_if<ApiFailure>(&deleted))
        return failure(*f);
    return data(202, QJsonObject {{"id"_L1, std::get<QString>(deleted)}});
}

HttpAnswer PlatformApi::sessionSizing(const QByteArray &method, const QByteArray &body)
{
    if (method != "POST")
        return methodNotAllowed("POST");
    const Outcome<QJsonObject> object = jsonBody(body);
    if (const auto *f = std::get_if<ApiFailure>(&object))
        return failure(*f);
    BodyReader reader(std::get<QJsonObject>(object));
    SessionSizingRequest request;
    request.nodeCount = reader.count(u"node_count"_s, true);
    request.nodePropertyCount = reader.count(u"node_property_count"_s, false);
    request.nodeLabelCount = reader.count(u"node_label_count"_s, false);
    request.relationshipCount = reader.count(u"relationship_count"_s, true);
    request.relationshipPropertyCount = reader.count(u"relationship_property_count"_s, false);
    request.algorithmCategories = reader.strings(u"algorithm_categories"_s);
    if (reader.failure())
        return failure(*reader.failure());
    const Outcome<SessionSizing> sizing = PlatformState::sessionSizing(request);
    if (const auto *f = std::get_if<ApiFailure>(&sizing))
        return failure(*f);
    const SessionSizing &s = std::get<SessionSizing>(sizing);
    return data(
        200, QJsonObject {{"recommended_size"_L1, s.recommendedSize}, {"estimated_memory"_L1, s.estimatedMemory}});
}

HttpAnswer PlatformApi::instanceSizing(const QByteArray &method, const QByteArray &body)
{
    if (method != "POST")
        return methodNotAllowed("POST");
    const Outcome<QJsonObject> object = jsonBody(body);
    if (const auto *f = std::get_if<ApiFailure>(&object))
        return failure(*f);
    BodyReader reader(std::get<QJsonObject>(object));
    InstanceSizingRequest request;
    request.nodeCount = reader.count(u"node_count"_s, true);
    request.relationshipCount = reader.count(u"relationship_count"_s, true);
    request.instanceType = reader.string(u"instance_type"_s);
    request.algorithmCategories = reader.strings(u"algorithm_categories"_s);
    if (reader.failure())
        return failure(*reader.failure());
    const Outcome<InstanceSizing> sizing = PlatformState::instanceSizing(request);
    if (const auto *f = std::get_if<ApiFailure>(&sizing))
        return failure(*f);
    const InstanceSizing &s = std::get<InstanceSizing>(sizing);
    return data(200,
        QJsonObject {{"recommended_size"_L1, s.recommendedSize}, {"min_required_memory"_L1, s.minRequiredMemory},
            {"did_exceed_maximum"_L1, s.didExceedMaximum}});
}

} // namespace AuraSandbox
