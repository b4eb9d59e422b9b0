#include "sandbox/statefile.h"

#include "sandbox/logging.h"
#include "sandbox/platformstate.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

constexpr auto Format = "aura-sandbox-state"_L1;
constexpr int FormatVersion = 1;
// At most one write per this interval, however busy the state is (10,000 instances write megabytes).
constexpr int SaveDelayMs = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::StateFile", text);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &s : array)
        out << s.toString();
    return out;
}

QJsonObject offerToJson(const RegionOffer &o)
{
    return QJsonObject {{"type"_L1, o.type}, {"cloud_provider"_L1, o.cloudProvider}, {"region"_L1, o.region},
        {"region_name"_L1, o.regionName}, {"memory"_L1, strings(o.memory)}, {"storage"_L1, strings(o.storage)},
        {"versions"_L1, strings(o.versions)}, {"storage_steps"_L1, o.storageSteps}};
}

QJsonObject instanceToJson(const InstanceRecord &i)
{
    QJsonObject o {{"id"_L1, i.id}, {"name"_L1, i.name}, {"tenant_id"_L1, i.tenantId},
        {"cloud_provider"_L1, i.cloudProvider}, {"region"_L1, i.region}, {"type"_L1, i.type}, {"memory"_L1, i.memory},
        {"storage"_L1, i.storage}, {"version"_L1, i.version}, {"status"_L1, statusName(i.status)},
        {"created_ms"_L1, i.createdMs}, {"due_ms"_L1, i.dueMs}, {"next_status"_L1, statusName(i.nextStatus)},
        {"pending_memory"_L1, i.pendingMemory}, {"pending_storage"_L1, i.pendingStorage},
        {"next_scheduled_snapshot_ms"_L1, i.nextScheduledSnapshotMs},
        {"next_hourly_snapshot_ms"_L1, i.nextHourlySnapshotMs}, {"vector_optimized"_L1, i.vectorOptimized},
        {"graph_analytics_plugin"_L1, i.graphAnalyticsPlugin}, {"secondaries_count"_L1, i.secondariesCount},
        {"cdc_enrichment_mode"_L1, i.cdcEnrichmentMode}, {"customer_managed_key_id"_L1, i.customerManagedKeyId}};
    const auto optionalValue = [&o](QLatin1StringView key, const auto &value) {
        if (value)
            o.insert(key, *value);
    };
    optionalValue("pending_vector_optimized"_L1, i.pendingVectorOptimized);
    optionalValue("pending_graph_analytics_plugin"_L1, i.pendingGraphAnalyticsPlugin);
    optionalValue("pending_secondaries_count"_L1, i.pendingSecondariesCount);
    if (!i.pendingCdcEnrichmentMode.isEmpty())
        o.insert("pending_cdc_enrichment_mode"_L1, i.pendingCdcEnrichmentMode);
    return o;
}

QJsonObject snapshotToJson(const SnapshotRecord &s)
{
    return QJsonObject {{"id"_L1, s.id}, {"instance_id"_L1, s.instanceId}, {"status"_L1, snapshotStatusName(s.status)},
        {"timestamp_ms"_L1, s.timestampMs}, {"due_ms"_L1, s.dueMs}, {"exportable"_L1, s.exportable},
        {"scheduled"_L1, s.scheduled}, {"start_ms"_L1, s.startMs}};
}

// A time in ms since the epoch; anything that is not one (fractions, 1e300, text) reads as 0, "none".
qint64 ms(const QJsonObject &o, QLatin1StringView key)
{
    const double value = o.value(key).toDouble();
    constexpr double Limit = 1e15; // the year 33658: no time of the sandbox is later
    return value > 0 && value < Limit ? static_cast<qint64>(value) : 0;
}

int smallInt(const QJsonObject &o, QLatin1StringView key, int fallback, int maximum)
{
    const double value = o.value(key).toDouble(fallback);
    return value >= 0 && value <= maximum ? static_cast<int>(value) : fallback;
}

} // namespace

QJsonObject stateToJson(const SandboxData &data)
{
    QJsonArray tenants;
    for (const TenantRecord &t : data.tenants) {
        QJsonArray offers;
        for (const RegionOffer &o : t.offers)
            offers.append(offerToJson(o));
        tenants.append(QJsonObject {{"id"_L1, t.id}, {"name"_L1, t.name}, {"offers"_L1, offers}});
    }
    QJsonArray instances;
    for (const InstanceRecord &i : data.instances)
        instances.append(instanceToJson(i));
    QJsonArray snapshots;
    for (const SnapshotRecord &s : data.snapshots)
        snapshots.append(snapshotToJson(s));
    return QJsonObject {{"format"_L1, Format}, {"version"_L1, FormatVersion}, {"tenants"_L1, tenants},
        {"instances"_L1, instances}, {"snapshots"_L1, snapshots}, {"keys"_L1, keysToJson(data.keys)},
        {"sessions"_L1, sessionsToJson(data.sessions)}};
}

std::optional<SandboxData> stateFromJson(const QJsonObject &root, QString *error)
{
    if (root.value("format"_L1).toString() != Format || root.value("version"_L1).toInt() != FormatVersion) {
        *error = tr("not an aura-sandbox state (format %1, version %2 expected)").arg(Format).arg(FormatVersion);
        return std::nullopt;
    }
    SandboxData data;
    const QJsonArray tenants = root.value("tenants"_L1).toArray();
    for (const QJsonValue &v : tenants) {
        const QJsonObject t = v.toObject();
        TenantRecord tenant {t.value("id"_L1).toString(), t.value("name"_L1).toString(), {}};
        if (tenant.id.isEmpty()) {
            *error = tr("a tenant without an id");
            return std::nullopt;
        }
        const QJsonArray offers = t.value("offers"_L1).toArray();
        for (const QJsonValue &ov : offers) {
            const QJsonObject o = ov.toObject();
            tenant.offers << RegionOffer {o.value("type"_L1).toString(), o.value("cloud_provider"_L1).toString(),
                o.value("region"_L1).toString(), o.value("region_name"_L1).toString(), stringList(o.value("memory"_L1)),
                stringList(o.value("storage"_L1)), stringList(o.value("versions"_L1)),
                smallInt(o, "storage_steps"_L1, 1, 8)};
        }
        data.tenants << tenant;
    }
    const QJsonArray instances = root.value("instances"_L1).toArray();
    for (const QJsonValue &v : instances) {
        const QJsonObject o = v.toObject();
        InstanceRecord i;
        i.id = o.value("id"_L1).toString();
        const auto status = statusFromName(o.value("status"_L1).toString());
        const auto next = statusFromName(o.value("next_status"_L1).toString());
        if (i.id.isEmpty() || !status || !next) {
            *error = tr("instance %1 has no id or an unknown status").arg(i.id);
            return std::nullopt;
        }
        i.name = o.value("name"_L1).toString();
        i.tenantId = o.value("tenant_id"_L1).toString();
        i.cloudProvider = o.value("cloud_provider"_L1).toString();
        i.region = o.value("region"_L1).toString();
        i.type = o.value("type"_L1).toString();
        i.memory = o.value("memory"_L1).toString();
        i.storage = o.value("storage"_L1).toString();
        i.version = o.value("version"_L1).toString();
        i.status = *status;
        i.nextStatus = *next;
        i.createdMs = ms(o, "created_ms"_L1);
        i.dueMs = ms(o, "due_ms"_L1);
        i.pendingMemory = o.value("pending_memory"_L1).toString();
        i.pendingStorage = o.value("pending_storage"_L1).toString();
        i.nextScheduledSnapshotMs = ms(o, "next_scheduled_snapshot_ms"_L1);
        i.nextHourlySnapshotMs = ms(o, "next_hourly_snapshot_ms"_L1);
        i.vectorOptimized = o.value("vector_optimized"_L1).toBool();
        i.graphAnalyticsPlugin = o.value("graph_analytics_plugin"_L1).toBool();
        i.secondariesCount = smallInt(o, "secondaries_count"_L1, 0, 15);
        i.cdcEnrichmentMode = o.value("cdc_enrichment_mode"_L1).toString(u"OFF"_s);
        i.customerManagedKeyId = o.value("customer_managed_key_id"_L1).toString();
        if (o.value("pending_vector_optimized"_L1).isBool())
            i.pendingVectorOptimized = o.value("pending_vector_optimized"_L1).toBool();
        if (o.value("pending_graph_analytics_plugin"_L1).isBool())
            i.pendingGraphAnalyticsPlugin = o.value("pending_graph_analytics_plugin"_L1).toBool();
        if (o.value("pending_secondaries_count"_L1).isDouble())
            i.pendingSecondariesCount = smallInt(o, "pending_secondaries_count"_L1, 0, 15);
        i.pendingCdcEnrichmentMode = o.value("pending_cdc_enrichment_mode"_L1).toString();
        data.instances << i;
    }
    const QJsonArray snapshots = root.value("snapshots"_L1).toArray();
    for (const QJsonValue &v : snapshots) {
        const QJsonObject o = v.toObject();
        const auto status = snapshotStatusFromName(o.value("status"_L1).toString());
        SnapshotRecord s {o.value("id"_L1).toString(), o.value("instance_id"_L1).toString(),
            status.value_or(SnapshotStatus::Failed), ms(o, "timestamp_ms"_L1), ms(o, "due_ms"_L1),
            o.value("exportable"_L1).toBool(), o.value("scheduled"_L1).toBool(), ms(o, "start_ms"_L1)};
        if (s.id.isEmpty() || s.instanceId.isEmpty() || !status) {
            *error = tr("snapshot %1 has no id, no instance or an unknown status").arg(s.id);
            return std::nullopt;
        }
        data.snapshots << s;
    }
    std::optional<QList<EncryptionKeyRecord>> keys = keysFromJson(root.value("keys"_L1), error);
    if (!keys)
        return std::nullopt;
    std::optional<QList<SessionRecord>> sessions = sessionsFromJson(root.value("sessions"_L1), error);
    if (!sessions)
        return std::nullopt;
    data.keys = std::move(*keys);
    data.sessions = std::move(*sessions);
    return data;
}

StateFile::StateFile(const QString &path, SandboxState *state, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_state(state)
{
    m_pendingSave.setSingleShot(true);
    m_pendingSave.setInterval(SaveDelayMs);
    connect(&m_pendingSave, &QTimer::timeout, this, [this] {
        QString error;
        if (!save(&error))
            qCWarning(lcSandbox).noquote() << "cannot save the state to" << m_path << ":" << error;
    });
}

StateFile::~StateFile()
{
    if (m_pendingSave.isActive()) {
        QString error;
        if (!save(&error))
            qCWarning(lcSandbox).noquote() << "cannot save the state to" << m_path << ":" << error;
    }
}

void StateFile::startSaving()
{
    if (m_saving)
        return;
    m_saving = true;
    const auto later = [this] {
        if (!m_pendingSave.isActive())
            m_pendingSave.start();
    };
    connect(m_state, &SandboxState::changed, &m_pendingSave, later);
    if (m_platform)
        connect(m_platform, &PlatformState::changed, &m_pendingSave, later);
}

StateFile::LoadResult StateFile::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return LoadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(m_path, file.errorString());
        return LoadResult::Corrupt;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error
            = tr("%1 is not valid JSON (%2 at offset %3)").arg(m_path, parseError.errorString()).arg(parseError.offset);
        return LoadResult::Corrupt;
    }
    QString why;
    const std::optional<SandboxData> data = stateFromJson(document.object(), &why);
    if (!data) {
        *error = tr("%1 is not a usable sandbox state: %2").arg(m_path, why);
        return LoadResult::Corrupt;
    }
    m_state->reset(*data);
    if (m_platform)
        m_platform->reset(data->keys, data->sessions);
    return LoadResult::Loaded;
}

bool StateFile::save(QString *error)
{
    m_pendingSave.stop();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    SandboxData data = m_state->data();
    if (m_platform) {
        data.keys = m_platform->keys();
        data.sessions = m_platform->sessions();
    }
    file.write(QJsonDocument(stateToJson(data)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace AuraSandbox
