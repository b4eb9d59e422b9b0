#include "statefile.h"

#include "logging.h"
#include "sandboxstate.h"

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
        {"versions"_L1, strings(o.versions)}};
}

QJsonObject instanceToJson(const InstanceRecord &i)
{
    return QJsonObject {{"id"_L1, i.id}, {"name"_L1, i.name}, {"tenant_id"_L1, i.tenantId},
        {"cloud_provider"_L1, i.cloudProvider}, {"region"_L1, i.region}, {"type"_L1, i.type}, {"memory"_L1, i.memory},
        {"storage"_L1, i.storage}, {"version"_L1, i.version}, {"status"_L1, statusName(i.status)},
        {"created_ms"_L1, i.createdMs}, {"due_ms"_L1, i.dueMs}, {"next_status"_L1, statusName(i.nextStatus)},
        {"pending_memory"_L1, i.pendingMemory}, {"pending_storage"_L1, i.pendingStorage},
        {"next_scheduled_snapshot_ms"_L1, i.nextScheduledSnapshotMs}};
}

QJsonObject snapshotToJson(const SnapshotRecord &s)
{
    return QJsonObject {{"id"_L1, s.id}, {"instance_id"_L1, s.instanceId}, {"status"_L1, snapshotStatusName(s.status)},
        {"timestamp_ms"_L1, s.timestampMs}, {"due_ms"_L1, s.dueMs}, {"exportable"_L1, s.exportable},
        {"scheduled"_L1, s.scheduled}};
}

qint64 ms(const QJsonObject &o, QLatin1StringView key)
{
    return static_cast<qint64>(o.value(key).toDouble());
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
        {"instances"_L1, instances}, {"snapshots"_L1, snapshots}};
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
                stringList(o.value("storage"_L1)), stringList(o.value("versions"_L1))};
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
        data.instances << i;
    }
    const QJsonArray snapshots = root.value("snapshots"_L1).toArray();
    for (const QJsonValue &v : snapshots) {
        const QJsonObject o = v.toObject();
        const auto status = snapshotStatusFromName(o.value("status"_L1).toString());
        SnapshotRecord s {o.value("id"_L1).toString(), o.value("instance_id"_L1).toString(),
            status.value_or(SnapshotStatus::Failed), ms(o, "timestamp_ms"_L1), ms(o, "due_ms"_L1),
            o.value("exportable"_L1).toBool(), o.value("scheduled"_L1).toBool()};
        if (s.id.isEmpty() || s.instanceId.isEmpty() || !status) {
            *error = tr("snapshot %1 has no id, no instance or an unknown status").arg(s.id);
            return std::nullopt;
        }
        data.snapshots << s;
    }
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
    connect(m_state, &SandboxState::changed, &m_pendingSave, [this] {
        if (!m_pendingSave.isActive())
            m_pendingSave.start();
    });
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
    file.write(QJsonDocument(stateToJson(m_state->data())).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace AuraSandbox
