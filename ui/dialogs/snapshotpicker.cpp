#include "ui/dialogs/snapshotpicker.h"

#include "api/dto/status.h"
#include "models/snapshotwords.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
enum Column { TimeColumn, StatusColumn, ExportableColumn, IdColumn };
constexpr int SnapshotIndexRole = Qt::UserRole + 1;
} // namespace

SnapshotPicker::SnapshotPicker(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QTreeWidget(this);
    m_view->setObjectName(u"snapshotList"_s);
    m_view->setAccessibleName(tr("Snapshots"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHeaderLabels({tr("Taken"), tr("Status"), tr("Exportable"), tr("Snapshot id")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setMinimumHeight(140);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"snapshotPlaceholder"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_placeholder);

    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &SnapshotPicker::selectionChanged);
}

void SnapshotPicker::setRequireExportable(bool required)
{
    m_requireExportable = required;
    setSnapshots(m_snapshots);
}

void SnapshotPicker::setLoading()
{
    m_snapshots.clear();
    m_view->clear();
    m_placeholder->setText(tr("Loading snapshots..."));
    m_placeholder->show();
    Q_EMIT selectionChanged();
}

void SnapshotPicker::setUnavailable(const QString &message)
{
    m_snapshots.clear();
    m_view->clear();
    m_placeholder->setText(message);
    m_placeholder->show();
    Q_EMIT selectionChanged();
}

bool SnapshotPicker::isSelectable(const Snapshot &snapshot, QString *reason) const
{
    if (snapshotStatusCategory(snapshot.status) != StatusCategory::Stable) {
        *reason = tr("Only a completed snapshot can be used.");
        return false;
    }
    if (m_requireExportable && snapshot.exportable != true) {
        *reason = tr("This snapshot is not exportable, so no new instance can be made from it.");
        return false;
    }
    return true;
}

void SnapshotPicker::setSnapshots(const QList<Snapshot> &snapshots, const QString &preselectedId)
{
    const std::optional<Snapshot> previous = selectedSnapshot();
    const QString wanted = !preselectedId.isEmpty() ? preselectedId : (previous ? previous->snapshotId : QString());

    m_snapshots = snapshots;
    std::stable_sort(m_snapshots.begin(), m_snapshots.end(),
        [](const Snapshot &a, const Snapshot &b) { return a.timestamp > b.timestamp; });

    QSignalBlocker blocker(m_view);
    m_view->clear();
    QTreeWidgetItem *firstSelectable = nullptr;
    QTreeWidgetItem *preselected = nullptr;
    for (qsizetype i = 0; i < m_snapshots.size(); ++i) {
        const Snapshot &s = m_snapshots.at(i);
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(TimeColumn,
            s.timestamp.isValid() ? QLocale().toString(s.timestamp.toLocalTime(), QLocale::ShortFormat)
                                  : tr("unknown"));
        item->setText(StatusColumn, SnapshotWords::status(s.status));
        item->setText(ExportableColumn, SnapshotWords::exportable(s.exportable));
        item->setText(IdColumn, s.snapshotId);
        item->setData(TimeColumn, SnapshotIndexRole, QVariant::fromValue(i));
        QString reason;
        if (!isSelectable(s, &reason)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            for (int c = 0; c < m_view->columnCount(); ++c)
                item->setToolTip(c, reason);
            continue;
        }
        if (!firstSelectable)
            firstSelectable = item;
        if (s.snapshotId == wanted)
            preselected = item;
    }
    QTreeWidgetItem *toSelect = preselected ? preselected : firstSelectable;
    if (toSelect) {
        toSelect->setSelected(true);
        m_view->setCurrentItem(toSelect);
    }
    m_placeholder->setText(m_snapshots.isEmpty() ? tr("This instance has no snapshots.")
            : firstSelectable                    ? QString()
                                                 : tr("None of these snapshots can be used."));
    m_placeholder->setVisible(!m_placeholder->text().isEmpty());
    blocker.unblock();
    Q_EMIT selectionChanged();
}

std::optional<Snapshot> SnapshotPicker::selectedSnapshot() const
{
    const QList<QTreeWidgetItem *> selected = m_view->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const qsizetype index = selected.constFirst()->data(TimeColumn, SnapshotIndexRole).value<qsizetype>();
    if (index < 0 || index >= m_snapshots.size())
        return std::nullopt;
    return m_snapshots.at(index);
}

} // namespace Aura
