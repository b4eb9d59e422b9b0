#include "ui/snapshotspane.h"

#include "models/inventory.h"
#include "models/snapshotfilterproxy.h"
#include "models/snapshottablemodel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

SnapshotsPane::SnapshotsPane(const Inventory &inventory, SnapshotTableModel &snapshots, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_snapshots(snapshots)
{
    m_view = new QTableView(this);
    m_view->setObjectName(u"snapshotView"_s);
    m_view->setAccessibleName(tr("Snapshots"));
    m_proxy = new SnapshotFilterProxy(this);
    m_proxy->setSourceModel(&m_snapshots);
    m_view->setModel(m_proxy);
    // Newest first: the snapshot one usually wants is the latest.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SnapshotTableModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SnapshotTableModel::IdColumn, QHeaderView::Stretch);

    m_day = new QDateEdit(todayUtc(), this);
    m_day->setObjectName(u"snapshotDay"_s);
    m_day->setAccessibleName(tr("Day of the snapshots shown (UTC)"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(todayUtc());
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dayLabel = new QLabel(tr("&Day (UTC):"), this);
    m_dayLabel->setBuddy(m_day);
    m_exportableOnly = new QCheckBox(tr("&Exportable only"), this);
    m_exportableOnly->setObjectName(u"exportableOnly"_s);
    m_exportableOnly->setToolTip(tr("Show only the snapshots a new instance can be made from"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_dayLabel);
    bar->addWidget(m_day);
    bar->addStretch(1);
    bar->addWidget(m_exportableOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_day, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_byDay)
            return;
        m_proxy->setDay(date);
        Q_EMIT dayChanged(date == todayUtc() ? QDate() : date);
    });
    connect(m_exportableOnly, &QCheckBox::toggled, m_proxy, &SnapshotFilterProxy::setExportableOnly);
    connect(&m_inventory, &Inventory::snapshotsAdded, this, [this](const QString &instanceId) {
        if (instanceId == m_instanceId)
            markKnownDays();
    });
    showInstance({}, false);
}

void SnapshotsPane::showInstance(const QString &instanceId, bool byDay)
{
    const bool changed = instanceId != m_instanceId || byDay != m_byDay;
    m_instanceId = instanceId;
    m_byDay = byDay;
    m_dayLabel->setVisible(byDay);
    m_day->setVisible(byDay);
    if (!changed)
        return;
    const QSignalBlocker block(m_day);
    m_day->setMaximumDate(todayUtc());
    m_day->setDate(todayUtc());
    m_proxy->setDay(byDay ? todayUtc() : QDate());
    markKnownDays();
}

void SnapshotsPane::markKnownDays()
{
    // Days the console has seen snapshots of are bold in the calendar.
    QCalendarWidget *calendar = m_day->calendarWidget();
    if (!calendar)
        return;
    calendar->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat known;
    known.setFontWeight(QFont::Bold);
    for (const QString &id : m_inventory.snapshotIds(m_instanceId)) {
        if (const Snapshot *s = m_inventory.snapshot(m_instanceId, id); s && s->timestamp.isValid())
            calendar->setDateTextFormat(s->timestamp.toUTC().date(), known);
    }
}

} // namespace Aura
