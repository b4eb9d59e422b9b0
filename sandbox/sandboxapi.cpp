#include "sandboxapi.h"

#include "sandboxstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

using Action = Dialect::Action;

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::SandboxApi", text);
}

// A string field of a request body; nullopt when absent, *failure set when present but not a string.
std::optional<QString> optionalString(const QJsonObject &body, const QString &field, std::optional<ApiFailure> &failure)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        failure = ApiFailure {400, tr("The field %1 must be a string").arg(field), u"invalid-field"_s, field};
        return std::nullopt;
    }
    return v.toString();
}

} // namespace

SandboxApi::SandboxApi(SandboxState &state, const Dialect &dialect)
    : m_state(state)
    , m_dialect(dialect)
{ }

HttpAnswer SandboxApi::failure(const ApiFailure &f) const
{
    return HttpAnswer::json(f.httpStatus, m_dialect.error(f));
}

HttpAnswer SandboxApi::methodNotAllowed(const QByteArray &allowed) const
{
    HttpAnswer answer = failure(ApiFailure {405,
        tr("This method is not allowed here; use %1").arg(QString::fromLatin1(allowed)), u"method-not-allowed"_s, {}});
    answer.setHeader("Allow", allowed);
    return answer;
}

HttpAnswer SandboxApi::data(int status, const QJsonValue &value) const
{
    return HttpAnswer::json(status, QJsonObject {{"data"_L1, value}});
}

std::optional<QJsonObject> SandboxApi::jsonBody(const QByteArray &body, HttpAnswer *answer) const
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *answer = failure(ApiFailure {400,
            body.trimmed().isEmpty() ? tr("The request needs a JSON object as its body")
                                     : tr("The body is not a JSON object: %1").arg(error.errorString()),
            u"invalid-json"_s, {}});
        return std::nullopt;
    }
    return document.object();
}

HttpAnswer SandboxApi::handle(
    const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = parts.size();
    if (n >= 1 && parts[0] == u"tenants" && n <= 2)
        return tenants(method, n == 2 ? parts[1] : QString());
    if (n >= 1 && parts[0] == u"instances") {
        if (n == 1)
            return instances(method, query, body);
        if (n == 2)
            return instance(method, parts[1], body);
        if (n == 3 && (parts[2] == u"pause" || parts[2] == u"resume" || parts[2] == u"overwrite"))
            return action(method, parts[1], parts[2], body);
        if (n == 3 && parts[2] == u"snapshots")
            return snapshots(method, parts[1]);
        if (n == 4 && parts[2] == u"snapshots")
            return snapshot(method, parts[1], parts[3]);
        if (n == 5 && parts[2] == u"snapshots" && parts[4] == u"restore")
            return restore(method, parts[1], parts[3], body);
    }
    return failure(ApiFailure {404, tr("There is no endpoint %1").arg(path), u"not-found"_s, {}});
}

HttpAnswer SandboxApi::tenants(const QByteArray &method, const QString &id)
{
    if (method != "GET")
        return methodNotAllowed("GET");
    if (id.isEmpty()) {
        QJsonArray list;
        const QList<TenantRecord> all = m_state.tenants();
        for (const TenantRecord &t : all)
            list.append(m_dialect.tenant(t));
        return data(200, list);
    }
    const Outcome<TenantRecord> t = m_state.tenant(id);
    if (const auto *f = std::get_if<ApiFailure>(&t))
        return failure(*f);
    return data(200, m_dialect.tenant(std::get<TenantRecord>(t)));
}

HttpAnswer SandboxApi::instances(const QByteArray &method, const QUrlQuery &query, const QByteArray &body)
{
    if (method == "GET") {
        QJsonArray list;
        const QList<InstanceRecord> all = m_state.instances(query.queryItemValue(u"tenantId"_s, QUrl::FullyDecoded));
        for (const InstanceRecord &i : all)
            list.append(m_dialect.instanceListItem(i));
        return data(200, list);
    }
    if (method != "POST")
        return methodNotAllowed("GET, POST");
    HttpAnswer answer;
    const std::optional<QJsonObject> object = jsonBody(body, &answer);
    if (!object)
        return answer;
    const Outcome<InstanceSpec> spec = m_dialect.instanceSpec(*object, Dialect::SpecKind::Create);
    if (const auto *f = std::get_if<ApiFailure>(&spec))
        return failure(*f);
    const Outcome<CreatedInstance> created = m_state.create(std::get<InstanceSpec>(spec));
    if (const auto *f = std::get_if<ApiFailure>(&created))
        return failure(*f);
    const CreatedInstance &c = std::get<CreatedInstance>(created);
    return data(m_dialect.successStatus(Action::Create), m_dialect.created(c.instance, c.password));
}

HttpAnswer SandboxApi::instance(const QByteArray &method, const QString &id, const QByteArray &body)
{
    Outcome<InstanceRecord> result;
    int status = 200;
    if (method == "GET") {
        result = m_state.instance(id);
    } else if (method == "DELETE") {
        result = m_state.destroy(id);
        status = m_dialect.successStatus(Action::Delete);
        if (std::holds_alternative<InstanceRecord>(result) && !m_dialect.deleteAnswersWithInstance())
            return HttpAnswer::empty(status);
    } else if (method == "PATCH") {
        HttpAnswer answer;
        const std::optional<QJsonObject> object = jsonBody(body, &answer);
        if (!object)
            return answer;
        std::optional<ApiFailure> bad;
        const std::optional<QString> name = optionalString(*object, u"name"_s, bad);
        const std::optional<QString> memory = optionalString(*object, u"memory"_s, bad);
        if (bad)
            return failure(*bad);
        result = m_state.update(id, name, memory);
    } else {
        return methodNotAllowed("GET, PATCH, DELETE");
    }
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    return data(status, m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::action(const QByteArray &method, const QString &id, const QString &name, const QByteArray &body)
{
    if (method != "POST")
        return methodNotAllowed("POST");
    Outcome<InstanceRecord> result;
    Action kind = Action::Pause;
    if (name == u"pause") {
        result = m_state.pause(id);
    } else if (name == u"resume") {
        kind = Action::Resume;
        result = m_state.resume(id);
    } else {
        kind = Action::Overwrite;
        HttpAnswer answer;
        const std::optional<QJsonObject> object = jsonBody(body, &answer);
        if (!object)
            return answer;
        std::optional<ApiFailure> bad;
        const std::optional<QString> instance = optionalString(*object, u"source_instance_id"_s, bad);
        const std::optional<QString> snapshot = optionalString(*object, u"source_snapshot_id"_s, bad);
        if (bad)
            return failure(*bad);
        for (const auto &[value, field] :
            {std::pair {instance, u"source_instance_id"_s}, {snapshot, u"source_snapshot_id"_s}}) {
            if (!value || value->isEmpty()) {
                return failure(ApiFailure {400, tr("The field %1 is required").arg(field), u"missing-field"_s, field});
            }
        }
        result = m_state.overwrite(id, *instance, *snapshot);
    }
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    return data(m_dialect.successStatus(kind), m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::snapshots(const QByteArray &method, const QString &id)
{
    if (method == "GET") {
        const Outcome<QList<SnapshotRecord>> list = m_state.snapshots(id);
        if (const auto *f = std::get_if<ApiFailure>(&list))
            return failure(*f);
        QJsonArray array;
        for (const SnapshotRecord &s : std::get<QList<SnapshotRecord>>(list))
            array.append(m_dialect.snapshot(s));
        return data(200, array);
    }
    if (method != "POST")
        return methodNotAllowed("GET, POST");
    const Outcome<SnapshotRecord> taken = m_state.takeSnapshot(id);
    if (const auto *f = std::get_if<ApiFailure>(&taken))
        return failure(*f);
    return data(m_dialect.successStatus(Action::TakeSnapshot), m_dialect.snapshot(std::get<SnapshotRecord>(taken)));
}

HttpAnswer SandboxApi::snapshot(const QByteArray &method, const QString &id, const QString &snapshotId)
{
    if (method != "GET")
        return methodNotAllowed("GET");
    const Outcome<SnapshotRecord> s = m_state.snapshot(id, snapshotId);
    if (const auto *f = std::get_if<ApiFailure>(&s))
        return failure(*f);
    return data(200, m_dialect.snapshot(std::get<SnapshotRecord>(s)));
}

HttpAnswer SandboxApi::restore(
    const QByteArray &method, const QString &id, const QString &snapshotId, const QByteArray &body)
{
    if (method != "POST")
        return methodNotAllowed("POST");
    HttpAnswer answer;
    const std::optional<QJsonObject> object = jsonBody(body, &answer);
    if (!object)
        return answer;
    // The snapshot is looked up first: a request for one that does not exist is a 404 whatever its body says.
    const Outcome<SnapshotRecord> source = m_state.snapshot(id, snapshotId);
    if (const auto *f = std::get_if<ApiFailure>(&source))
        return failure(*f);
    const Outcome<InstanceSpec> spec = m_dialect.instanceSpec(*object, Dialect::SpecKind::Restore);
    if (const auto *f = std::get_if<ApiFailure>(&spec))
        return failure(*f);
    const Outcome<CreatedInstance> created = m_state.restore(id, snapshotId, std::get<InstanceSpec>(spec));
    if (const auto *f = std::get_if<ApiFailure>(&created))
        return failure(*f);
    const CreatedInstance &c = std::get<CreatedInstance>(created);
    return data(m_dialect.successStatus(Action::Restore), m_dialect.created(c.instance, c.password));
}

} // namespace AuraSandbox
