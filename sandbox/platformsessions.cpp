#include "sandbox/platformstate.h"
#include "sandbox/requestfields.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::PlatformState", text);
}

ApiFailure sessionNotFound(const QString &id)
{
    return ApiFailure {404, tr("session with id `%1` not found").arg(id), QString(), {}};
}

QString hex(quint32 value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0').right(digits);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Milliseconds per unit of a Go duration; 0 for an unknown unit.
double unitMs(QStringView unit)
{
    if (unit == u"h")
        return 3'600'000;
    if (unit == u"m")
        return 60'000;
    if (unit == u"s")
        return 1000;
    if (unit == u"ms")
        return 1;
    if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
        return 1e-3;
    if (unit == u"ns")
        return 1e-6;
    return 0;
}

QString orNone(const QString &value)
{
    return value.isEmpty() ? u"none"_s : value;
}

} // namespace

QString sessionStatusName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Creating:
        return u"Creating"_s;
    case SessionStatus::Ready:
        return u"Ready"_s;
    case SessionStatus::Expired:
        return u"Expired"_s;
    case SessionStatus::Failed:
        return u"Failed"_s;
    }
    return u"Failed"_s;
}

SessionStatus sessionStatus(const SessionRecord &s, qint64 nowMs)
{
    if (s.failed)
        return SessionStatus::Failed;
    if (nowMs < s.readyMs)
        return SessionStatus::Creating;
    if (s.expiryMs > 0 && nowMs >= s.expiryMs)
        return SessionStatus::Expired;
    return SessionStatus::Ready;
}

QStringList PlatformState::sessionMemorySizes()
{
    return {u"2GB"_s, u"4GB"_s, u"8GB"_s, u"16GB"_s, u"24GB"_s, u"32GB"_s, u"48GB"_s, u"64GB"_s, u"96GB"_s, u"128GB"_s,
        u"192GB"_s, u"256GB"_s, u"384GB"_s};
}

bool PlatformState::isGone(const SessionRecord &s, qint64 nowMs) const
{
    return s.expiryMs > 0 && nowMs >= s.expiryMs + scaled(ExpiredVisibleSeconds);
}

void PlatformState::pruneGone()
{
    const qint64 t = now();
    m_sessions.removeIf([&](const SessionRecord &s) { return isGone(s, t); });
}

QList<SessionRecord> PlatformState::sessions() const
{
    const qint64 t = now();
    QList<SessionRecord> out;
    for (const SessionRecord &s : m_sessions) {
        if (!isGone(s, t))
            out << s;
    }
    return out;
}

Outcome<QList<SessionRecord>> PlatformState::listSessions(
    const QString &instanceId, const QString &tenantId, const QString &organizationId)
{
    if (!instanceId.isEmpty() && std::holds_alternative<ApiFailure>(m_state.instance(instanceId)))
        return ApiFailure {404, tr("DB not found: %1").arg(instanceId), u"db-not-found"_s, {}};
    if (!tenantId.isEmpty()) {
        const Outcome<TenantRecord> tenant = tenantFor(tenantId, 404, {});
        if (const auto *f = std::get_if<ApiFailure>(&tenant))
            return *f;
    }
    QList<SessionRecord> out;
    if (!organizationId.isEmpty() && organizationId != QLatin1StringView(DemoOrganizationId))
        return out; // the sandbox knows one organization only
    const QList<SessionRecord> all = sessions();
    for (const SessionRecord &s : all) {
        if ((instanceId.isEmpty() || s.instanceId == instanceId) && (tenantId.isEmpty() || s.tenantId == tenantId))
            out << s;
    }
    return out;
}

Outcome<SessionRecord> PlatformState::session(const QString &id) const
{
    const qint64 t = now();
    for (const SessionRecord &s : m_sessions) {
        if (s.id == id && !isGone(s, t))
            return s;
    }
    return sessionNotFound(id);
}

QString PlatformState::newSessionId(const QString &instanceId) const
{
    QRandomGenerator *random = QRandomGenerator::global();
    for (;;) {
        const QString id = instanceId.isEmpty() ? u"s-%1-%2-%3"_s.arg(hex(random->generate(), 8),
                               hex(random->bounded(0x10000u), 4), hex(random->bounded(16u), 1))
                                                : u"%1-%2"_s.arg(instanceId, hex(random->generate(), 8));
        const bool taken
            = std::any_of(m_sessions.begin(), m_sessions.end(), [&](const SessionRecord &s) { return s.id == id; });
        if (!taken)
            return id;
    }
}

Outcome<SessionAnswer> PlatformState::getOrCreateSession(const SessionRequest &r)
{
    pruneGone();
    if (r.name.isEmpty())
        return fieldError(u"name"_s, tr("The field name is required"), u"missing-field"_s);
    if (r.name.size() > MaxSessionNameLength)
        return fieldError(u"name"_s, tr("The name must have 1 to %1 characters").arg(MaxSessionNameLength));
    if (r.memory.isEmpty())
        return fieldError(u"memory"_s, tr("The field memory is required"), u"missing-field"_s);
    if (!sessionMemorySizes().contains(r.memory)) {
        return fieldError(u"memory"_s,
            tr("A session cannot have %1 of memory; use one of %2").arg(r.memory, sessionMemorySizes().join(u", "_s)));
    }
    qint64 ttl = 0;
    if (!r.ttl.isEmpty()) {
        const Outcome<qint64> parsed = parseTtl(r.ttl);
        if (const auto *f = std::get_if<ApiFailure>(&parsed))
            return *f;
        ttl = std::get<qint64>(parsed);
    }

    SessionRecord s;
    s.name = r.name;
    s.memory = r.memory;
    s.ttlSeconds = ttl;
    s.databaseUuid = r.databaseUuid;
    if (!r.instanceId.isEmpty()) {
        const Outcome<InstanceRecord> found = m_state.instance(r.instanceId);
        const auto *instance = std::get_if<InstanceRecord>(&found);
        if (!instance || instance->status == InstanceStatus::Destroying
            || instance->status == InstanceStatus::Destroyed) {
            return fieldError(u"instance_id"_s, tr("DB not found: %1").arg(r.instanceId), u"db-not-found"_s);
        }
        if (instance->status != InstanceStatus::Running) {
            return fieldError(u"instance_id"_s,
                tr("The instance %1 is %2; a session needs a running instance")
                    .arg(r.instanceId, statusName(instance->status)),
                u"instance-not-running"_s);
        }
        const std::tuple<QString, QString, QString> given[] {{u"tenant_id"_s, r.tenantId, instance->tenantId},
            {u"cloud_provider"_s, r.cloudProvider, instance->cloudProvider}, {u"region"_s, r.region, instance->region}};
        for (const auto &[field, requested, actual] : given) {
            if (!requested.isEmpty() && requested != actual) {
                return fieldError(field,
                    tr("The instance %1 has %2 %3, not %4; leave %2 out to use the instance's")
                        .arg(r.instanceId, field, actual, requested));
            }
        }
        s.instanceId = instance->id;
        s.tenantId = instance->tenantId;
        s.cloudProvider = instance->cloudProvider;
        s.region = instance->region;
    } else {
        for (const auto &[field, value] :
            {std::pair {u"tenant_id"_s, r.tenantId}, {u"cloud_provider"_s, r.cloudProvider}, {u"region"_s, r.region}}) {
            if (value.isEmpty()) {
                return fieldError(field, tr("The field %1 is required for a session without an instance").arg(field),
                    u"missing-field"_s);
            }
        }
        const Outcome<TenantRecord> tenant = tenantFor(r.tenantId, 400, u"tenant_id"_s);
        if (const auto *f = std::get_if<ApiFailure>(&tenant))
            return *f;
        if (!cloudProviders().contains(r.cloudProvider)) {
            return fieldError(u"cloud_provider"_s,
                tr("Unknown cloud provider %1; use one of %2").arg(r.cloudProvider, cloudProviders().join(u", "_s)));
        }
        static const QRegularExpression regionShape(uR"(\A[a-z][a-z0-9-]{1,62}[a-z0-9]\z)"_s);
        if (!regionShape.match(r.region).hasMatch())
            return fieldError(u"region"_s, tr("The region %1 is not a region name").arg(r.region.left(64)));
        s.tenantId = r.tenantId;
        s.cloudProvider = r.cloudProvider;
        s.region = r.region;
    }
    if (!r.databaseUuid.isEmpty() && (r.databaseUuid.size() != 36 || QUuid::fromString(r.databaseUuid).isNull())) {
        return fieldError(u"database_uuid"_s,
            tr("The database UUID %1 is not a UUID such as ea408a62-c991-490c-96db-2b947003eece")
                .arg(r.databaseUuid.left(64)));
    }

    const qint64 t = now();
    for (const SessionRecord &e : std::as_const(m_sessions)) {
        const SessionStatus status = sessionStatus(e, t);
        if (e.name != s.name || e.tenantId != s.tenantId || status == SessionStatus::Expired
            || status == SessionStatus::Failed) {
            continue;
        }
        const auto ttlText = [](qint64 seconds) { return seconds > 0 ? formatDuration(seconds) : u"none"_s; };
        const std::tuple<QString, QString, QString> parameters[] {{u"Memory"_s, e.memory, s.memory},
            {u"TTL"_s, ttlText(e.ttlSeconds), ttlText(s.ttlSeconds)}, {u"InstanceID"_s, e.instanceId, s.instanceId},
            {u"DatabaseUUID"_s, e.databaseUuid, s.databaseUuid}, {u"CloudProvider"_s, e.cloudProvider, s.cloudProvider},
            {u"Region"_s, e.region, s.region}};
        QStringList differences;
        for (const auto &[name, is, requested] : parameters) {
            if (is != requested)
                differences << u"%1 (is: %2, requested: %3)"_s.arg(name, orNone(is), orNone(requested));
        }
        if (differences.isEmpty())
            return SessionAnswer {e, false};
        return ApiFailure {409,
            tr("session `%1` already exists for project `%2` with different parameters: %3")
                .arg(e.name, e.tenantId, differences.join(u", "_s)),
            QString(), {}};
    }

    s.id = newSessionId(s.instanceId);
    s.userId = QLatin1StringView(DemoUserId);
    s.createdMs = t;
    s.readyMs = t + scaled(SessionCreatingSeconds);
    s.expiryMs
        = ttl > 0 ? s.readyMs + scaled(static_cast<double>(ttl)) : t + scaled(static_cast<double>(MaxTtlSeconds));
    m_sessions << s;
    Q_EMIT changed();
    return SessionAnswer {s, true};
}

Outcome<QString> PlatformState::deleteSession(const QString &id)
{
    pruneGone();
    const qsizetype removed = m_sessions.removeIf([&](const SessionRecord &s) { return s.id == id; });
    if (removed == 0)
        return sessionNotFound(id);
    Q_EMIT changed();
    return id;
}

Outcome<qint64> PlatformState::parseTtl(const QString &text)
{
    const auto bad = [&](const QString &why) {
        return fieldError(u"ttl"_s, tr("The ttl \"%1\" is not usable: %2").arg(text.left(40), why));
    };
    if (text.isEmpty())
        return bad(tr("it is empty"));
    if (text.size() > 64)
        return bad(tr("it is too long"));
    const QStringView s(text);
    const qsizetype n = s.size();
    const double maxMs = static_cast<double>(MaxTtlSeconds) * 1000.0;
    double totalMs = 0;
    qsizetype i = 0;
    while (i < n) {
        double value = 0;
        bool digits = false;
        for (; i < n && isAsciiDigit(s[i]); ++i, digits = true) {
            value = value * 10 + (s[i].unicode() - u'0');
            if (value > maxMs)
                return bad(tr("it is longer than 7 days (168h)"));
        }
        if (i < n && s[i] == u'.') {
            ++i;
            double scale = 0.1;
            for (; i < n && isAsciiDigit(s[i]); ++i, digits = true, scale /= 10)
                value += (s[i].unicode() - u'0') * scale;
        }
        if (!digits)
            return bad(tr("a number is expected at position %1; use a duration such as 30m or 1h30m").arg(i + 1));
        const qsizetype start = i;
        while (i < n && !isAsciiDigit(s[i]) && s[i] != u'.')
            ++i;
        const QStringView unit = s.sliced(start, i - start);
        const double factor = unitMs(unit);
        if (factor == 0) {
            return bad(unit.isEmpty() ? tr("the number at the end has no unit (h, m or s)")
                                      : tr("unknown unit \"%1\"; use h, m, s or ms").arg(unit.left(8)));
        }
        totalMs += value * factor;
        if (totalMs > maxMs)
            return bad(tr("it is longer than 7 days (168h)"));
    }
    const qint64 seconds = qRound64(totalMs) / 1000;
    if (seconds < 1)
        return bad(tr("it is shorter than one second"));
    return seconds;
}

QString PlatformState::formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = seconds % 3600 / 60;
    const qint64 sec = seconds % 60;
    if (h > 0)
        return u"%1h%2m%3s"_s.arg(h).arg(m).arg(sec);
    if (m > 0)
        return u"%1m%2s"_s.arg(m).arg(sec);
    return u"%1s"_s.arg(sec);
}

} // namespace AuraSandbox
