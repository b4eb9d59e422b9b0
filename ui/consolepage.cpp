#include "ui/consolepage.h"

#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/snapshottablemodel.h"
#include "models/tenanttreemodel.h"
#include "ui/filterbar.h"
#include "ui/instancedetailspanel.h"
#include "ui/nomatchpanel.h"
#include "ui/scrollanchor.h"
#include "ui/statusdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

ConsolePage::ConsolePage(const Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    setObjectName(u"consolePage"_s);

    m_treeModel = new TenantTreeModel(inventory, this);
    m_treeProxy = new InstanceFilterProxy(inventory, this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setKeepsGroups(true);
    m_tableModel = new InstanceTableModel(inventory, this);
    m_tableProxy = new InstanceFilterProxy(inventory, this);
    m_tableProxy->setSourceModel(m_tableModel);
    m_snapshots = new SnapshotTableModel(inventory, this);
    m_statusDelegate
        = new StatusDelegate({RawStatusRole, StatusCategoryRole, StatusSinceRole, PendingChangeRole}, this);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"tenantTree"_s);
    m_tree->setAccessibleName(tr("Projects and instances"));
    m_tree->setModel(m_treeProxy);
    m_tree->setItemDelegateForColumn(TenantTreeModel::StatusColumn, m_statusDelegate);
    m_tree->setUniformRowHeights(true);
    // Three levels (account, project, instance): a narrower step leaves the names room.
    m_tree->setIndentation(m_tree->indentation() * 3 / 4);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(TenantTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TenantTreeModel::NameColumn, QHeaderView::Stretch);
    // Not sized to its contents: a header that measures its rows does so again on every status change. A
    // typical status fits, but never more than two fifths of a narrow tree: the names need the room more.
    m_tree->header()->setSectionResizeMode(TenantTreeModel::StatusColumn, QHeaderView::Interactive);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    m_filterBar = new FilterBar(inventory, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"instanceTable"_s);
    m_table->setAccessibleName(tr("Instances"));
    m_table->setModel(m_tableProxy);
    m_table->setItemDelegateForColumn(InstanceTableModel::StatusColumn, m_statusDelegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->resizeSection(InstanceTableModel::NameColumn, 170);
    m_table->horizontalHeader()->resizeSection(InstanceTableModel::StatusColumn, 150);
    m_table->horizontalHeader()->resizeSection(InstanceTableModel::ConnectionUrlColumn, 260);
    m_table->horizontalHeader()->setStretchLastSection(true);

    new ScrollAnchor(m_table);
    new ScrollAnchor(m_tree);

    // The synchronizer reads the details of what is on screen first; tell it, a moment after each change.
    m_visibleRowsChanged = new QTimer(this);
    m_visibleRowsChanged->setSingleShot(true);
    m_visibleRowsChanged->setInterval(100);
    connect(
        m_visibleRowsChanged, &QTimer::timeout, this, [this] { Q_EMIT visibleInstancesChanged(visibleInstanceIds()); });
    const auto later = [this] { m_visibleRowsChanged->start(); };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(m_tableProxy, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_tableProxy, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_tableProxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, later);

    m_details = new InstanceDetailsPanel(inventory, *m_snapshots, this);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_table);
    m_noMatch = new NoMatchPanel(centre);
    m_noMatch->hide();
    centreLayout->addWidget(m_noMatch, 1);
    connect(m_noMatch, &NoMatchPanel::clearRequested, this, [this] {
        m_filterBar->clear();
        m_table->setFocus();
    });
    const auto updateNoMatch = [this] { showNoMatchIfEmpty(); };
    connect(m_tableProxy, &QAbstractItemModel::rowsInserted, this, updateNoMatch);
    connect(m_tableProxy, &QAbstractItemModel::rowsRemoved, this, updateNoMatch);
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, updateNoMatch);
    connect(m_tableProxy, &QAbstractItemModel::layoutChanged, this, updateNoMatch);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"consoleSplitter"_s);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_statusDelegate, &StatusDelegate::repaintNeeded, this, [this] {
        m_table->viewport()->update();
        m_tree->viewport()->update();
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, &ConsolePage::applyFilter);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConsolePage::onTableSelectionChanged);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ConsolePage::onTreeContextMenu);
    connect(m_tree, &QTreeView::clicked, this, &ConsolePage::onTreeActivated);
    connect(m_tree, &QTreeView::activated, this, &ConsolePage::onTreeActivated);
    connect(m_table, &QTableView::customContextMenuRequested, this,
        [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos)); });
    // A new account's projects and a new project's instances show unfolded.
    connect(
        m_treeProxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &where, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const QModelIndex index = m_treeProxy->index(row, 0, where);
                const auto kind = static_cast<NodeKind>(index.data(NodeKindRole).toInt());
                if (kind == NodeKind::Account || kind == NodeKind::Tenant)
                    m_tree->expand(index);
            }
        });
}

ConsolePage::~ConsolePage() = default;

bool ConsolePage::restoreSplitter(const QByteArray &state)
{
    m_splitterSized = m_splitter->restoreState(state) || m_splitterSized;
    return m_splitterSized;
}

bool ConsolePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        const int typical = StatusDelegate::typicalWidth(m_tree->fontMetrics());
        m_tree->header()->resizeSection(
            TenantTreeModel::StatusColumn, std::min(typical, m_tree->viewport()->width() * 2 / 5));
    }
    return QWidget::eventFilter(watched, event);
}

void ConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    // Sizes only mean something once the page has its real width: after the layout that follows the show.
    m_splitterSized = true;
    QTimer::singleShot(0, this, [this] {
        const int w = m_splitter->width();
        m_splitter->setSizes({w * 26 / 100, w * 45 / 100, w * 29 / 100});
    });
}

void ConsolePage::showNoMatchIfEmpty()
{
    // Only when the filter hides instances there are: an account without instances shows its empty table.
    const bool hidden = m_tableProxy->rowCount() == 0 && m_tableModel->rowCount() > 0;
    if (hidden)
        m_noMatch->setSearch(m_filterBar->searchBox()->text());
    if (hidden == m_noMatch->isVisibleTo(this))
        return;
    const bool hadFocus = m_table->hasFocus();
    m_noMatch->setVisible(hidden);
    m_table->setVisible(!hidden);
    if (!hidden && hadFocus)
        m_table->setFocus();
}

void ConsolePage::applyFilter(const InstanceFilter &filter)
{
    m_tableProxy->setFilter(filter);
    showNoMatchIfEmpty();
    // The tree keeps every project visible so it can be used to choose one; text and status narrow it too.
    InstanceFilter treeFilter = filter;
    treeFilter.setTenantId({});
    treeFilter.setAccountKey(std::nullopt);
    m_treeProxy->setFilter(treeFilter);
}

QStringList ConsolePage::selectedInstanceIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(IdRole).toString();
    return ids;
}

void ConsolePage::selectInstance(const QString &instanceId)
{
    const QModelIndex source = m_tableModel->indexOf(instanceId);
    const QModelIndex index = m_tableProxy->mapFromSource(source);
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(index);
}

QStringList ConsolePage::visibleInstanceIds() const
{
    QStringList ids;
    const QRect area = m_table->viewport()->rect();
    const int first = m_table->rowAt(area.top());
    if (first < 0)
        return ids;
    int last = m_table->rowAt(area.bottom());
    if (last < 0)
        last = m_tableProxy->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        ids << m_tableProxy->index(row, 0).data(IdRole).toString();
    return ids;
}

QString ConsolePage::selectedSnapshotId() const
{
    const QModelIndexList rows = m_details->snapshotView()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

void ConsolePage::onTableSelectionChanged()
{
    const QStringList ids = selectedInstanceIds();
    m_details->showInstance(ids.size() == 1 ? ids.first() : QString());
    Q_EMIT selectionChanged(ids);
}

void ConsolePage::onTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const QPoint global = m_tree->viewport()->mapToGlobal(pos);
    switch (static_cast<NodeKind>(index.data(NodeKindRole).toInt())) {
    case NodeKind::Account:
        Q_EMIT accountMenuRequested(index.data(AccountRole).toString(), global);
        break;
    case NodeKind::Instance:
        // The same menu as in the table, for this instance.
        selectInstance(index.data(IdRole).toString());
        Q_EMIT contextMenuRequested(global);
        break;
    default:
        break;
    }
}

void ConsolePage::onTreeActivated(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    if (index.data(NodeKindRole).toInt() == static_cast<int>(NodeKind::Account)) {
        // Shows the account's instances alone, or all again (offered while several accounts are shown).
        const std::optional<QString> shown = m_filterBar->filter().accountKey();
        m_filterBar->setAccountKey(
            shown == id && m_filterBar->filter().tenantId().isEmpty() ? std::nullopt : std::optional(id));
        return;
    }
    if (index.data(NodeKindRole).toInt() == static_cast<int>(NodeKind::Tenant)) {
        m_filterBar->setTenantId(m_filterBar->filter().tenantId() == id ? QString() : id);
        return;
    }
    selectInstance(id);
}

} // namespace Aura
