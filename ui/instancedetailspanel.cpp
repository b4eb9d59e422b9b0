#include "ui/instancedetailspanel.h"

#include "api/dto/status.h"
#include "models/activitylog.h"
#include "models/fleetmetrics.h"
#include "models/inventory.h"
#include "models/metricswords.h"
#include "models/roles.h"
#include "models/snapshottablemodel.h"
#include "ui/snapshotspane.h"
#include "ui/statuspresentation.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

InstanceDetailsPanel::InstanceDetailsPanel(const Inventory &inventory, SnapshotTableModel &snapshots, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_snapshots(snapshots)
{
    setObjectName(u"instanceDetails"_s);
    setAccessibleName(tr("Instance details"));

    auto *empty = new QLabel(tr("Select an instance to see its details, snapshots and history."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    auto *details = new QWidget(this);
    auto *fieldsBox = new QGroupBox(tr("Instance"), details);
    auto *form = new QFormLayout(fieldsBox);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, u"name"_s, tr("Name:"));
    addField(form, u"status"_s, tr("Status:"));
    addField(form, u"connectionUrl"_s, tr("Connection URL:"), true);
    addField(form, u"id"_s, tr("Id:"), true);
    addField(form, u"tenant"_s, tr("Project:"));
    addField(form, u"type"_s, tr("Type:"));
    addField(form, u"cloud"_s, tr("Cloud and region:"));
    addField(form, u"size"_s, tr("Memory and storage:"));
    addField(form, u"settings"_s, tr("Settings:"));
    addField(form, u"load"_s, tr("Load:"));
    addField(form, u"storageUsed"_s, tr("Storage used:"));
    addField(form, u"queries"_s, tr("Queries:"));
    addField(form, u"connections"_s, tr("Connections:"));
    addField(form, u"version"_s, tr("Neo4j version:"));
    addField(form, u"created"_s, tr("Created:"));
    addField(form, u"tier"_s, tr("Free tier:"));
    m_fields[u"tier"_s]->setWordWrap(true);

    auto *snapshotsBox = new QGroupBox(tr("Snapshots"), details);
    m_snapshotsPane = new SnapshotsPane(inventory, m_snapshots, snapshotsBox);
    connect(m_snapshotsPane, &SnapshotsPane::dayChanged, this, &InstanceDetailsPanel::snapshotDayChanged);
    (new QVBoxLayout(snapshotsBox))->addWidget(m_snapshotsPane);

    auto *historyBox = new QGroupBox(tr("Status history"), details);
    m_history = new QListWidget(historyBox);
    m_history->setObjectName(u"statusHistory"_s);
    m_history->setAccessibleName(tr("Status history"));
    (new QVBoxLayout(historyBox))->addWidget(m_history);

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fieldsBox);
    layout->addWidget(snapshotsBox, 3);
    layout->addWidget(historyBox, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(empty);
    m_pages->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(&m_inventory, &Inventory::instanceChanged, this, [this](const QString &id) {
        if (id == m_instanceId)
            refresh();
    });
    connect(&m_inventory, &Inventory::instancesRemoved, this, [this](const QStringList &ids) {
        if (ids.contains(m_instanceId))
            refresh();
    });
    connect(&m_inventory, &Inventory::instancesAdded, this, [this](const QStringList &ids) {
        if (ids.contains(m_instanceId))
            refresh();
    });
    updateMetrics(); // no metrics rows until there is a reading: they take no room meanwhile
    refresh();
}

QLabel *InstanceDetailsPanel::addField(QFormLayout *form, const QString &key, const QString &label, bool copyable)
{
    auto *value = new QLabel(this);
    value->setObjectName(u"detail_"_s + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(false);
    value->setAccessibleName(QString(label).remove(u':'));
    m_fields.insert(key, value);
    if (!copyable) {
        form->addRow(label, value);
        return value;
    }
    auto *copy = new QToolButton(this);
    copy->setObjectName(u"copy_"_s + key);
    copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAccessibleName(tr("Copy %1").arg(QString(label).remove(u':')));
    copy->setToolTip(tr("Copy to the clipboard"));
    connect(copy, &QToolButton::clicked, this, [this, value, key] {
        QGuiApplication::clipboard()->setText(value->text());
        Q_EMIT copied(key);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(value, 1);
    row->addWidget(copy);
    form->addRow(label, row);
    return value;
}

void InstanceDetailsPanel::showInstance(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        return;
    m_instanceId = instanceId;
    m_snapshots.setInstanceId(instanceId);
    m_snapshotsPane->showInstance(instanceId, m_inventory.capabilitiesOfInstance(instanceId).snapshotsByDay);
    updateKeptPassword();
    refresh();
}

QTableView *InstanceDetailsPanel::snapshotView() const
{
    return m_snapshotsPane->view();
}

void InstanceDetailsPanel::setKeptPasswordFactory(KeptPasswordFactory factory)
{
    m_keptPasswordFactory = std::move(factory);
    updateKeptPassword();
}

void InstanceDetailsPanel::keptPasswordChanged(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        updateKeptPassword();
}

void InstanceDetailsPanel::updateKeptPassword()
{
    if (m_keptPassword) {
        m_form->removeRow(m_keptPassword); // deletes the row's label and the widget
        m_keptPassword = nullptr;
    }
    if (!m_keptPasswordFactory || m_instanceId.isEmpty())
        return;
    m_keptPassword = m_keptPasswordFactory(m_instanceId, this);
    if (m_keptPassword)
        m_form->addRow(tr("Kept password:"), m_keptPassword);
}

void InstanceDetailsPanel::refresh()
{
    const Instance *i = m_instanceId.isEmpty() ? nullptr : m_inventory.instance(m_instanceId);
    m_pages->setCurrentIndex(i ? 1 : 0);
    if (!i)
        return;
    const QString none = tr("—");
    auto orNone = [&none](const QString &s) { return s.isEmpty() ? none : s; };
    const StatusCategory category = instanceStatusCategory(i->status);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    m_fields[u"name"_s]->setText(orNone(i->name));
    QLabel *status = m_fields[u"status"_s];
    const PendingChange *pending = m_inventory.pendingChange(i->id);
    status->setText(StatusPresentation::text(
        i->status, category, m_inventory.statusSince(i->id), now, pending ? pending->change.summary() : QString()));
    QPalette p = status->palette();
    p.setColor(QPalette::WindowText,
        StatusPresentation::isResting(i->status) ? StatusPresentation::restingColour(palette())
                                                 : StatusPresentation::colour(category, palette()));
    status->setPalette(p);
    m_fields[u"connectionUrl"_s]->setText(orNone(i->connectionUrl));
    m_fields[u"id"_s]->setText(i->id);
    m_fields[u"tenant"_s]->setText(orNone(m_inventory.qualifiedTenantName(i->tenantId)));
    m_fields[u"type"_s]->setText(orNone(i->type));
    m_fields[u"cloud"_s]->setText(i->cloudProvider.isEmpty() && i->region.isEmpty()
            ? none
            : tr("%1, %2").arg(orNone(i->cloudProvider), orNone(i->region)));
    m_fields[u"size"_s]->setText(i->memory.isEmpty() && i->storage.isEmpty()
            ? none
            : tr("%1 memory, %2 storage").arg(orNone(i->memory), orNone(i->storage)));
    // The live service's settings, as far as the instance reports them.
    const QString settings = settingsText(*i);
    m_fields[u"settings"_s]->setText(settings);
    m_fields[u"settings"_s]->setToolTip(
        i->customerManagedKeyId.isEmpty() ? QString() : tr("Encrypted with the key %1").arg(i->customerManagedKeyId));
    m_form->setRowVisible(m_fields[u"settings"_s], !settings.isEmpty());
    updateMetrics();
    m_fields[u"version"_s]->setText(orNone(i->version));
    // The live service names no version; a row that could only say "—" is left out.
    m_form->setRowVisible(m_fields[u"version"_s], !i->version.isEmpty());
    // What a free instance does by itself, so nobody is surprised by it.
    const bool free = i->type.startsWith(u"free"_s, Qt::CaseInsensitive);
    m_fields[u"tier"_s]->setText(free
            ? tr("Free instances pause by themselves after 72 hours without use and cannot be paused by hand; one "
                 "that stays paused for 30 days is deleted.")
            : QString());
    m_form->setRowVisible(m_fields[u"tier"_s], free);
    m_fields[u"created"_s]->setText(
        i->createdAt.isValid() ? QLocale().toString(i->createdAt.toLocalTime(), QLocale::ShortFormat) : none);

    m_history->clear();
    const StatusHistory history = m_inventory.statusHistory(i->id);
    for (qsizetype n = 0; n < history.size(); ++n) {
        const StatusTransition &t = history.at(n);
        const QString at = QLocale().toString(t.since.toLocalTime(), QLocale::ShortFormat);
        QString line = t.firstSeen ? tr("%1 (first seen %2)").arg(t.status, at) : tr("%1 since %2").arg(t.status, at);
        if (n + 1 < history.size()) {
            const qint64 ms = t.since.msecsTo(history.at(n + 1).since);
            const QString took = ActivityLog::formatDuration(ms);
            line += t.firstSeen ? tr(", at least %1").arg(took) : tr(", took %1").arg(took);
        }
        m_history->addItem(line);
    }
}

QString InstanceDetailsPanel::settingsText(const Instance &i)
{
    // What is turned on; what is off is the usual and goes unsaid.
    QStringList parts;
    if (i.vectorOptimized.value_or(false))
        parts << tr("vector optimized");
    if (i.graphAnalyticsPlugin.value_or(false))
        parts << tr("Graph Analytics plugin");
    if (i.secondariesCount.value_or(0) > 0)
        parts << tr("%n secondaries", nullptr, static_cast<int>(*i.secondariesCount));
    if (!i.cdcEnrichmentMode.isEmpty() && i.cdcEnrichmentMode.compare(u"OFF"_s, Qt::CaseInsensitive) != 0)
        parts << tr("CDC %1").arg(i.cdcEnrichmentMode);
    if (!i.customerManagedKeyId.isEmpty())
        parts << tr("customer-managed key");
    return parts.join(tr(", ", "between settings"));
}

QString InstanceDetailsPanel::fieldText(const QString &field) const
{
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

QStringList InstanceDetailsPanel::historyLines() const
{
    QStringList lines;
    for (int n = 0; n < m_history->count(); ++n)
        lines << m_history->item(n)->text();
    return lines;
}

void InstanceDetailsPanel::setFleetMetrics(const FleetMetrics *fleet)
{
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    m_fleet = fleet;
    if (m_fleet) {
        connect(m_fleet, &FleetMetrics::updated, this, [this](const QStringList &ids) {
            if (ids.contains(m_instanceId))
                updateMetrics();
        });
    }
    updateMetrics();
}

void InstanceDetailsPanel::updateMetrics()
{
    // Only what the last scrape said of this instance: no rows at all before the first one, or while paused.
    const MetricsReading *reading = m_fleet && !m_instanceId.isEmpty() ? m_fleet->latest(m_instanceId) : nullptr;
    const QString asOf = reading
        ? tr("As of %1")
              .arg(QLocale().toString(
                  QDateTime::fromMSecsSinceEpoch(reading->atMs, Qt::UTC).toLocalTime(), QLocale::ShortFormat))
        : QString();
    const std::pair<const char *, QString (*)(const MetricsReading &)> rows[]
        = {{"load", &MetricsWords::load}, {"storageUsed", &MetricsWords::storage}, {"queries", &MetricsWords::queries},
            {"connections", &MetricsWords::connections}};
    for (const auto &[key, words] : rows) {
        QLabel *label = m_fields[QString::fromLatin1(key)];
        const QString text = reading ? words(*reading) : QString();
        label->setText(text);
        label->setToolTip(asOf);
        m_form->setRowVisible(label, !text.isEmpty());
    }
}

} // namespace Aura
