#include "sandbox/sandboxcontrol.h"

#include "sandbox/faultinjector.h"
#include "sandbox/logging.h"
#include "sandbox/requestrecord.h"
#include "sandbox/sandboxauth.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::SandboxControl", text);
}

HttpAnswer problem(int status, const QString &message, const QString &reason)
{
    return HttpAnswer::json(
        status, QJsonObject {{"errors"_L1, QJsonArray {QJsonObject {{"message"_L1, message}, {"reason"_L1, reason}}}}});
}

HttpAnswer wrongMethod(const QByteArray &allowed)
{
    HttpAnswer answer = problem(405, tr("Use %1 here").arg(QString::fromLatin1(allowed)), u"method-not-allowed"_s);
    answer.setHeader("Allow", allowed);
    return answer;
}

} // namespace

SandboxControl::SandboxControl(
    SandboxState &state, SandboxAuth &auth, FaultInjector &faults, RequestRecord &record, const QString &dialectName)
    : m_state(state)
    , m_auth(auth)
    , m_faults(faults)
    , m_record(record)
    , m_dialectName(dialectName)
{ }

HttpAnswer SandboxControl::handle(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (path == u"/_sandbox/health") {
        if (method != "GET")
            return wrongMethod("GET");
        return HttpAnswer::json(200,
            QJsonObject {{"status"_L1, u"ok"_s}, {"dialect"_L1, m_dialectName}, {"time_scale"_L1, m_state.timeScale()},
                {"token_lifetime"_L1, m_auth.tokenLifetime()}, {"active_tokens"_L1, m_auth.activeTokenCount()},
                {"instances"_L1, static_cast<int>(m_state.instances().size())}});
    }
    if (path == u"/_sandbox/faults/counts") {
        if (method == "DELETE") {
            m_record.resetFaultCounts();
            return HttpAnswer::json(200, RequestRecord::toJson(m_record.faultCounts()));
        }
        if (method != "GET")
            return wrongMethod("GET, DELETE");
        return HttpAnswer::json(200, RequestRecord::toJson(m_record.faultCounts()));
    }
    if (path.startsWith(u"/_sandbox/requests/")) {
        if (method != "GET")
            return wrongMethod("GET");
        const auto entry = m_record.find(path.mid(19).toLatin1());
        if (!entry)
            return problem(404, tr("No request with this id (the last %1 are kept)").arg(RequestRecord::MaxEntries),
                u"not-found"_s);
        return HttpAnswer::json(200, RequestRecord::toJson(*entry));
    }
    if (path == u"/_sandbox/faults") {
        if (method == "GET")
            return HttpAnswer::json(200, m_faults.settings().toJson());
        if (method == "DELETE") {
            m_faults.setSettings({});
            m_record.resetFaultCounts(); // new settings, new counts
            qCInfo(lcSandbox) << "faults cleared";
            return HttpAnswer::json(200, m_faults.settings().toJson());
        }
        if (method != "PUT" && method != "POST")
            return wrongMethod("GET, PUT, DELETE");
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject())
            return problem(400, tr("The body must be a JSON object of fault settings"), u"invalid-json"_s);
        QString error;
        const std::optional<FaultSettings> settings = FaultSettings::fromJson(document.object(), &error);
        if (!settings)
            return problem(400, error, u"invalid-field"_s);
        m_faults.setSettings(*settings);
        m_record.resetFaultCounts();
        qCInfo(lcSandbox).noquote() << "faults set:"
                                    << QJsonDocument(settings->toJson()).toJson(QJsonDocument::Compact);
        return HttpAnswer::json(200, settings->toJson());
    }
    if (path == u"/_sandbox/tokens/expire") {
        if (method != "POST")
            return wrongMethod("POST");
        const int count = m_auth.activeTokenCount();
        m_auth.expireAll();
        qCInfo(lcSandbox) << "expired" << count << "tokens";
        return HttpAnswer::json(200, QJsonObject {{"expired"_L1, count}});
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 4 && parts[1] == u"instances" && parts[3] == u"status") {
        // Statuses no operation leads to (suspended, loading failed), or any other, set from outside.
        if (method != "PUT")
            return wrongMethod("PUT");
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const std::optional<InstanceStatus> status = statusFromName(object.value("status"_L1).toString());
        if (!status)
            return problem(400, tr("Give {\"status\": NAME} with a known status"), u"invalid-field"_s);
        const Outcome<InstanceRecord> result = m_state.forceStatus(parts[2], *status);
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return problem(failure->httpStatus, failure->message, failure->reason);
        qCInfo(lcSandbox).noquote() << "instance" << parts[2] << "set to" << statusName(*status);
        return HttpAnswer::json(
            200, QJsonObject {{"id"_L1, parts[2]}, {"status"_L1, statusName(std::get<InstanceRecord>(result).status)}});
    }
    return problem(404, tr("There is no control endpoint %1").arg(path), u"not-found"_s);
}

} // namespace AuraSandbox
