#include "sandbox/sandboxapi.h"

#include "sandbox/requestfields.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/tiers.h"

#include <QCoreApplication>
#include <QDateTime>
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

} // namespace

SandboxApi::SandboxApi(SandboxState &state, const Dialect &dialect)
    : m_state(state)
    , m_dialect(dialect)
{ }

HttpAnswer SandboxApi::failure(const ApiFailure &f) const
{
    // "Action unsupported for this tier" comes from the live service's middleware, in its shape.
    if (f.httpStatus == 420)
        return HttpAnswer::json(f.httpStatus, m_dialect.frontError(f));
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

HttpAnswer SandboxApi::notFound(const QString &path) const
{
    return failure(ApiFailure {404, tr("There is no endpoint %1").arg(path), u"not-found"_s, {}});
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
    const Dialect::Semantics &semantics = m_dialect.semantics();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = parts.size();
    if (n >= 1 && parts[0] == u"tenants" && n <= 2)
        return tenants(method, n == 2 ? parts[1] : QString());
    if (n == 3 && parts[0] == u"tenants" && parts[2] == u"metrics-integration" && semantics.platformEndpoints)
        return metricsIntegration(method, parts[1]);
    if (n >= 1 && parts[0] == u"instances") {
        if (n == 1)
            return instances(method, query, body);
        if (n == 2)
            return instance(method, parts[1], body);
        if (n == 3 && (parts[2] == u"pause" || parts[2] == u"resume" || parts[2] == u"overwrite"))
            return action(method, parts[1], parts[2], body);
        if (n == 3 && parts[2] == u"upgrade" && semantics.platformEndpoints)
            return action(method, parts[1], parts[2], body);
        if (n == 3 && parts[2] == u"snapshots")
            return snapshots(method, parts[1], query);
        if (n == 4 && parts[2] == u"snapshots")
            return snapshot(method, parts[1], parts[3]);
        if (n == 5 && parts[2] == u"snapshots" && parts[4] == u"restore")
            return restore(method, parts[1], parts[3], body);
    }
    return notFound(path);
}

HttpAnswer SandboxApi::tenants(const QByteArray &method, const QString &id)
{
    if (method != "GET")
        return methodNotAllowed("GET");
    if (id.isEmpty()) {
        QJsonArray list;
        const QList<TenantRecord> all = m_state.tenants();
        for (const TenantRecord &t : all)
            list.append(m_dialect.tenantListItem(t));
        return data(200, list);
    }
    const Outcome<TenantRecord> t = m_state.tenant(id);
    if (const auto *f = std::get_if<ApiFailure>(&t))
        return failure(*f);
    return data(200, m_dialect.tenant(std::get<TenantRecord>(t)));
}

HttpAnswer SandboxApi::metricsIntegration(const QByteArray &method, const QString &tenantId)
{
    if (method != "GET")
        return methodNotAllowed("GET");
    const Outcome<TenantRecord> t = m_state.tenant(tenantId);
    if (const auto *f = std::get_if<ApiFailure>(&t))
        return failure(*f);
    // As on the live service: a project with no instance that can export metrics (free ones cannot) has none.
    const QList<InstanceRecord> instances = m_state.instances(tenantId);
    const bool capable = std::any_of(
        instances.cbegin(), instances.cend(), [](const InstanceRecord &i) { return tierOf(i.type).paid; });
    if (!capable) {
        return failure(ApiFailure {400, tr("No instance of project %1 can export metrics").arg(tenantId),
            u"tenant-incapable-of-action"_s, {}});
    }
    return data(200, QJsonObject {{"endpoint"_L1, m_dialect.tenantMetricsUrl(tenantId)}});
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
    const InstanceSpec &request = std::get<InstanceSpec>(spec);
    if (!request.customerManagedKeyId.isEmpty() && m_keyCheck) {
        if (auto refusal = m_keyCheck(request))
            return failure(*refusal);
    }
    const Outcome<CreatedInstance> created = m_state.create(request);
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
        // The seed answers 202 with no body; the live service with the instance, destroying.
        if (std::holds_alternative<InstanceRecord>(result) && m_dialect.semantics().showsDestroyed)
            return HttpAnswer::empty(status);
    } else if (method == "PATCH") {
        return change(id, body);
    } else {
        return methodNotAllowed("GET, PATCH, DELETE");
    }
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    return data(status, m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::change(const QString &id, const QByteArray &body)
{
    HttpAnswer answer;
    const std::optional<QJsonObject> object = jsonBody(body, &answer);
    if (!object)
        return answer;
    const Outcome<InstanceChange> change = m_dialect.instanceChange(*object);
    if (const auto *f = std::get_if<ApiFailure>(&change))
        return failure(*f);
    const InstanceChange &request = std::get<InstanceChange>(change);
    const Outcome<InstanceRecord> result = m_state.update(id, request);
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    if (request.changesConfiguration()) {
        const int status = m_dialect.successStatus(Action::Change);
        // The live service accepts a change with an empty object; the instance shows it once it has landed.
        if (m_dialect.semantics().changeAnswersEmpty)
            return HttpAnswer::json(status, QJsonObject {});
        return data(status, m_dialect.instance(std::get<InstanceRecord>(result)));
    }
    return data(m_dialect.successStatus(Action::Rename), m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::action(const QByteArray &method, const QString &id, const QString &name, const QByteArray &body)
{
    if (method != "POST")
        return methodNotAllowed("POST");
    if (name == u"overwrite")
        return overwrite(id, body);
    if (name == u"upgrade")
        return upgrade(id, body);
    const bool pause = name == u"pause";
    const Outcome<InstanceRecord> result = pause ? m_state.pause(id) : m_state.resume(id);
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    return data(m_dialect.successStatus(pause ? Action::Pause : Action::Resume),
        m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::overwrite(const QString &id, const QByteArray &body)
{
    HttpAnswer answer;
    const std::optional<QJsonObject> object = jsonBody(body, &answer);
    if (!object)
        return answer;
    std::optional<ApiFailure> bad;
    const std::optional<QString> instance = optionalString(*object, u"source_instance_id"_s, bad);
    const std::optional<QString> snapshot = optionalString(*object, u"source_snapshot_id"_s, bad);
    if (bad)
        return failure(*bad);
    if (!instance || instance->isEmpty()) {
        return failure(
            fieldError(u"source_instance_id"_s, tr("The field source_instance_id is required"), u"missing-field"_s));
    }
    if ((!snapshot || snapshot->isEmpty()) && !m_dialect.semantics().overwriteSnapshotOptional) {
        return failure(
            fieldError(u"source_snapshot_id"_s, tr("The field source_snapshot_id is required"), u"missing-field"_s));
    }
    const Outcome<InstanceRecord> result = m_state.overwrite(id, *instance, snapshot.value_or(QString()));
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    return data(m_dialect.successStatus(Action::Overwrite), m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::upgrade(const QString &id, const QByteArray &body)
{
    HttpAnswer answer;
    const std::optional<QJsonObject> object = jsonBody(body.trimmed().isEmpty() ? "{}"_ba : body, &answer);
    if (!object)
        return answer;
    std::optional<ApiFailure> bad;
    const std::optional<QString> memory = optionalString(*object, u"memory"_s, bad);
    const std::optional<QString> storage = optionalString(*object, u"storage"_s, bad);
    if (bad)
        return failure(*bad);
    const Outcome<InstanceRecord> result = m_state.upgrade(id, memory, storage);
    if (const auto *f = std::get_if<ApiFailure>(&result))
        return failure(*f);
    return data(m_dialect.successStatus(Action::Upgrade), m_dialect.instance(std::get<InstanceRecord>(result)));
}

HttpAnswer SandboxApi::snapshots(const QByteArray &method, const QString &id, const QUrlQuery &query)
{
    if (method == "GET") {
        std::optional<QDate> day;
        if (m_dialect.semantics().snapshotsByDay) {
            const QString date = query.queryItemValue(u"date"_s, QUrl::FullyDecoded);
            day = date.isEmpty() ? QDateTime::fromMSecsSinceEpoch(m_state.now(), Qt::UTC).date()
                                 : QDate::fromString(date, Qt::ISODate);
            if (!day->isValid() || (!date.isEmpty() && date.size() != 10)) {
                return failure(
                    ApiFailure {400, tr("The date must be a day as YYYY-MM-DD"), u"invalid-field"_s, u"date"_s});
            }
        }
        const Outcome<QList<SnapshotRecord>> list = m_state.snapshots(id, day);
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
    return data(
        m_dialect.successStatus(Action::TakeSnapshot), m_dialect.snapshotTaken(std::get<SnapshotRecord>(taken)));
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
    if (m_dialect.semantics().restoreInPlace) {
        // The live service takes no body here: the instance itself gets the snapshot's data.
        const Outcome<InstanceRecord> result = m_state.restoreInPlace(id, snapshotId);
        if (const auto *f = std::get_if<ApiFailure>(&result))
            return failure(*f);
        return data(m_dialect.successStatus(Action::Restore), m_dialect.instance(std::get<InstanceRecord>(result)));
    }
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
