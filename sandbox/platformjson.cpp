#include "sandbox/platformstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::PlatformState", text);
}

// The latest time a state file may hold (the end of year 9999), so that no arithmetic on it can overflow.
constexpr double MaxMs = 253'402'300'799'999.0;
constexpr qsizetype MaxTextLength = 1024;

// Reads the fields of one entry of a record list; the first bad field sets *error and fails every later read.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString *error)
        : m_object(object)
        , m_error(error)
    { }

    bool ok() const { return m_ok; }

    QString text(QLatin1StringView key, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key);
            return {};
        }
        if (!v.isString() || v.toString().size() > MaxTextLength || (required && v.toString().isEmpty())) {
            fail(key);
            return {};
        }
        return v.toString();
    }

    qint64 number(QLatin1StringView key, double max = MaxMs)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > max || std::floor(d) != d) {
            fail(key);
            return 0;
        }
        return static_cast<qint64>(d);
    }

    bool flag(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            fail(key);
        return v.toBool();
    }

    void fail(QLatin1StringView key)
    {
        if (m_ok)
            *m_error = tr("the field %1 is missing or unusable").arg(key);
        m_ok = false;
    }

private:
    QJsonObject m_object;
    QString *m_error;
    bool m_ok = true;
};

// Checks the outer shape and runs read() on every entry; read() returns the entry's id, empty on failure.
template<typename Record, typename Read>
std::optional<QList<Record>> readList(const QJsonValue &value, const QString &what, QString *error, Read read)
{
    QList<Record> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray()) {
        *error = tr("the %1 are not a list").arg(what);
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> ids;
    for (qsizetype n = 0; n < array.size(); ++n) {
        const QJsonValue entry = array.at(n);
        QString why;
        Record record;
        if (!entry.isObject()) {
            why = tr("it is not an object");
        } else {
            EntryReader reader(entry.toObject(), &why);
            read(reader, record);
            if (reader.ok() && ids.contains(record.id))
                why = tr("its id %1 is used twice").arg(record.id);
        }
        if (!why.isEmpty()) {
            *error = tr("entry %1 of the %2: %3").arg(n + 1).arg(what, why);
            return std::nullopt;
        }
        ids.insert(record.id);
        out << record;
    }
    return out;
}

void checkCloud(EntryReader &reader, const QString &cloud)
{
    if (!PlatformState::cloudProviders().contains(cloud))
        reader.fail("cloud_provider"_L1);
}

} // namespace

QJsonArray keysToJson(const QList<EncryptionKeyRecord> &keys)
{
    QJsonArray out;
    for (const EncryptionKeyRecord &k : keys) {
        out.append(QJsonObject {{"id"_L1, k.id}, {"name"_L1, k.name}, {"tenant_id"_L1, k.tenantId},
            {"cloud_provider"_L1, k.cloudProvider}, {"region"_L1, k.region}, {"instance_type"_L1, k.instanceType},
            {"key_id"_L1, k.keyId}, {"created_ms"_L1, k.createdMs}, {"ready_ms"_L1, k.readyMs}});
    }
    return out;
}

std::optional<QList<EncryptionKeyRecord>> keysFromJson(const QJsonValue &value, QString *error)
{
    return readList<EncryptionKeyRecord>(value, tr("encryption keys"), error, [](EntryReader &r, auto &k) {
        k.id = r.text("id"_L1, true);
        k.name = r.text("name"_L1, true);
        k.tenantId = r.text("tenant_id"_L1, true);
        k.cloudProvider = r.text("cloud_provider"_L1, true);
        checkCloud(r, k.cloudProvider);
        k.region = r.text("region"_L1, true);
        k.instanceType = r.text("instance_type"_L1, true);
        k.keyId = r.text("key_id"_L1, true);
        k.createdMs = r.number("created_ms"_L1);
        k.readyMs = r.number("ready_ms"_L1);
    });
}

QJsonArray sessionsToJson(const QList<SessionRecord> &sessions)
{
    QJsonArray out;
    for (const SessionRecord &s : sessions) {
        out.append(QJsonObject {{"id"_L1, s.id}, {"name"_L1, s.name}, {"tenant_id"_L1, s.tenantId},
            {"instance_id"_L1, s.instanceId}, {"database_uuid"_L1, s.databaseUuid}, {"memory"_L1, s.memory},
            {"cloud_provider"_L1, s.cloudProvider}, {"region"_L1, s.region}, {"user_id"_L1, s.userId},
            {"created_ms"_L1, s.createdMs}, {"ready_ms"_L1, s.readyMs}, {"ttl_seconds"_L1, s.ttlSeconds},
            {"expiry_ms"_L1, s.expiryMs}, {"failed"_L1, s.failed}});
    }
    return out;
}

std::optional<QList<SessionRecord>> sessionsFromJson(const QJsonValue &value, QString *error)
{
    return readList<SessionRecord>(value, tr("sessions"), error, [](EntryReader &r, auto &s) {
        s.id = r.text("id"_L1, true);
        s.name = r.text("name"_L1, true);
        s.tenantId = r.text("tenant_id"_L1, true);
        s.instanceId = r.text("instance_id"_L1);
        s.databaseUuid = r.text("database_uuid"_L1);
        s.memory = r.text("memory"_L1, true);
        s.cloudProvider = r.text("cloud_provider"_L1, true);
        checkCloud(r, s.cloudProvider);
        s.region = r.text("region"_L1, true);
        s.userId = r.text("user_id"_L1);
        s.createdMs = r.number("created_ms"_L1);
        s.readyMs = r.number("ready_ms"_L1);
        s.ttlSeconds = r.number("ttl_seconds"_L1, static_cast<double>(PlatformState::MaxTtlSeconds));
        s.expiryMs = r.number("expiry_ms"_L1);
        s.failed = r.flag("failed"_L1);
    });
}

} // namespace AuraSandbox
