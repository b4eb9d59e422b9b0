#include "api/responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Aura::Parse {

namespace {

// The payload: the "data" member of the envelope, or the whole document when a server sends it bare.
Parsed<QJsonValue> payload(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return u"invalid JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString());
    if (document.isArray())
        return QJsonValue(document.array());
    const QJsonObject object = document.object();
    if (object.contains("data"_L1))
        return object.value("data"_L1);
    return QJsonValue(object);
}

bool isBlank(const QByteArray &body)
{
    return body.trimmed().isEmpty();
}

template<typename T, typename Read>
Parsed<QList<T>> list(const QByteArray &body, Read read)
{
    const Parsed<QJsonValue> data = payload(body);
    if (const auto *error = std::get_if<QString>(&data))
        return *error;
    const QJsonValue &value = std::get<QJsonValue>(data);
    if (!value.isArray())
        return u"expected a list in \"data\""_s;
    const QJsonArray array = value.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (auto item = read(entry.toObject()))
            items.append(std::move(*item));
    }
    return items;
}

template<typename T, typename Read>
Parsed<T> single(const QByteArray &body, Read read, QLatin1StringView what)
{
    const Parsed<QJsonValue> data = payload(body);
    if (const auto *error = std::get_if<QString>(&data))
        return *error;
    const QJsonValue &value = std::get<QJsonValue>(data);
    if (!value.isObject())
        return u"expected an object in \"data\""_s;
    if (auto item = read(value.toObject()))
        return std::move(*item);
    return u"the %1 has no id"_s.arg(what);
}

// The object in "data" of an answer that may carry none (an empty body, or a null "data"): nullopt then.
Parsed<std::optional<QJsonObject>> optionalObject(const QByteArray &body)
{
    if (isBlank(body))
        return std::optional<QJsonObject>();
    const Parsed<QJsonValue> data = payload(body);
    if (const auto *error = std::get_if<QString>(&data))
        return *error;
    const QJsonValue &value = std::get<QJsonValue>(data);
    if (value.isObject())
        return std::optional<QJsonObject>(value.toObject());
    if (value.isNull() || value.isUndefined())
        return std::optional<QJsonObject>();
    return u"expected an object in \"data\""_s;
}

} // namespace

namespace {
// Reads tenants, remembering the first whose configurations are more than the console reads.
struct TenantReader
{
    QString refused;
    std::optional<Tenant> operator()(const QJsonObject &object)
    {
        bool tooMany = false;
        std::optional<Tenant> tenant = Tenant::fromJson(object, &tooMany);
        if (tooMany && refused.isNull())
            refused = tenant ? tenant->id : QString(u""_s);
        return tenant;
    }
    QString error() const
    {
        return u"the tenant %1 lists more than %2 instance configurations"_s.arg(refused).arg(MaxConfigurationRows);
    }
};
} // namespace

Parsed<QList<Tenant>> tenantList(const QByteArray &body)
{
    TenantReader reader;
    Parsed<QList<Tenant>> parsed = list<Tenant>(body, std::ref(reader));
    if (!reader.refused.isNull())
        return reader.error();
    return parsed;
}

Parsed<Tenant> tenant(const QByteArray &body)
{
    TenantReader reader;
    Parsed<Tenant> parsed = single<Tenant>(body, std::ref(reader), "tenant"_L1);
    if (!reader.refused.isNull())
        return reader.error();
    return parsed;
}

Parsed<QList<Instance>> instanceList(const QByteArray &body)
{
    return list<Instance>(body, &Instance::fromJson);
}

Parsed<Instance> instance(const QByteArray &body)
{
    return single<Instance>(body, &Instance::fromJson, "instance"_L1);
}

QString salvageString(const QByteArray &body, QLatin1StringView key)
{
    // "key": "value" with JSON escapes, at most 4 KB of value; the value is unescaped by the JSON reader itself.
    const QByteArray needle = '"' + QByteArray(key.data(), key.size()) + '"';
    for (qsizetype at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
        qsizetype k = at + needle.size();
        const auto skipSpace = [&] {
            while (k < body.size() && QByteArrayView(" \t\n\r").contains(body.at(k)))
                ++k;
        };
        skipSpace();
        if (k >= body.size() || body.at(k) != ':')
            continue;
        ++k;
        skipSpace();
        if (k >= body.size() || body.at(k) != '"')
            continue;
        const qsizetype start = k;
        for (++k; k < body.size() && k - start <= 4096; ++k) {
            if (body.at(k) == '\\') {
                ++k;
                continue;
            }
            if (body.at(k) == '"') {
                const QJsonDocument value = QJsonDocument::fromJson('[' + body.mid(start, k - start + 1) + ']');
                const QString text = value.array().at(0).toString();
                return text.isEmpty() ? QString() : text;
            }
        }
        return {}; // cut inside the value
    }
    return {};
}

Parsed<InstanceCreated> instanceCreated(const QByteArray &body)
{
    Parsed<InstanceCreated> parsed = single<InstanceCreated>(body, &InstanceCreated::fromJson, "instance"_L1);
    if (std::holds_alternative<InstanceCreated>(parsed))
        return parsed;
    InstanceCreated salvaged;
    salvaged.id = salvageString(body, "id"_L1);
    salvaged.password = salvageString(body, "password"_L1);
    if (salvaged.id.isEmpty() || salvaged.password.isEmpty())
        return parsed;
    salvaged.name = salvageString(body, "name"_L1);
    salvaged.tenantId = salvageString(body, "tenant_id"_L1);
    salvaged.connectionUrl = salvageString(body, "connection_url"_L1);
    salvaged.username = salvageString(body, "username"_L1);
    salvaged.cloudProvider = salvageString(body, "cloud_provider"_L1);
    salvaged.region = salvageString(body, "region"_L1);
    salvaged.type = salvageString(body, "type"_L1);
    return salvaged;
}

Parsed<std::optional<Instance>> optionalInstance(const QByteArray &body)
{
    const Parsed<std::optional<QJsonObject>> object = optionalObject(body);
    if (const auto *error = std::get_if<QString>(&object))
        return *error;
    const std::optional<QJsonObject> &o = std::get<std::optional<QJsonObject>>(object);
    return o ? Instance::fromJson(*o) : std::optional<Instance>();
}

Parsed<QList<Snapshot>> snapshotList(const QByteArray &body)
{
    return list<Snapshot>(body, &Snapshot::fromJson);
}

Parsed<QList<EncryptionKey>> encryptionKeyList(const QByteArray &body)
{
    return list<EncryptionKey>(body, &EncryptionKey::fromJson);
}

Parsed<EncryptionKey> encryptionKey(const QByteArray &body)
{
    return single<EncryptionKey>(body, &EncryptionKey::fromJson, "customer-managed key"_L1);
}

Parsed<Snapshot> snapshot(const QByteArray &body, const QString &instanceId)
{
    Parsed<Snapshot> parsed = single<Snapshot>(body, &Snapshot::fromJson, "snapshot"_L1);
    if (auto *s = std::get_if<Snapshot>(&parsed); s && s->instanceId.isEmpty())
        s->instanceId = instanceId;
    return parsed;
}

Parsed<std::optional<InstanceCreated>> restored(const QByteArray &body, const QString &restoredInstanceId)
{
    const Parsed<std::optional<QJsonObject>> object = optionalObject(body);
    if (const auto *error = std::get_if<QString>(&object))
        return *error;
    const std::optional<QJsonObject> &o = std::get<std::optional<QJsonObject>>(object);
    if (!o)
        return std::optional<InstanceCreated>();
    auto created = InstanceCreated::fromJson(*o);
    // Restoring in place answers with the same instance: nothing new was created.
    if (!created || created->id == restoredInstanceId)
        return std::optional<InstanceCreated>();
    return created;
}

Parsed<QUrl> metricsEndpoint(const QByteArray &body)
{
    const Parsed<QJsonValue> data = payload(body);
    if (const auto *error = std::get_if<QString>(&data))
        return *error;
    const QString text = std::get<QJsonValue>(data).toObject().value("endpoint"_L1).toString();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
        return u"the metrics integration names no endpoint URL"_s;
    return url;
}

Parsed<TokenAnswer> tokenAnswer(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return u"invalid JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString());
    TokenAnswer answer;
    answer.token = object.value("access_token"_L1).toString();
    if (answer.token.isEmpty())
        return u"token response without a bearer token"_s;
    const QString type = object.value("token_type"_L1).toString(u"bearer"_s);
    if (type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
        return u"token response of type %1, not bearer"_s.arg(type.left(40));
    // Range-checked before it becomes an integer: a lifetime beyond a day is taken as a day.
    const double lifetimeS = object.value("expires_in"_L1).toDouble(3600);
    if (!(lifetimeS > 0))
        return u"token response without a lifetime"_s;
    answer.lifetimeMs = std::max<qint64>(1, static_cast<qint64>(std::min(lifetimeS, 86'400.0) * 1000));
    return answer;
}

} // namespace Aura::Parse
