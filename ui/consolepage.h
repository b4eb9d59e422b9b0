#pragma once

#include <QWidget>

class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

namespace Aura {

class FilterBar;
class Inventory;
class InstanceDetailsPanel;
class InstanceFilterProxy;
class InstanceTableModel;
class NoMatchPanel;
class SnapshotTableModel;
class StatusDelegate;
class TenantTreeModel;
struct InstanceFilter;

// The working view once connected: projects and their instances as a tree on the left, the filterable instance
// table in the centre, the selection's details on the right. Selection is held by instance id, so it survives
// every refresh.
class ConsolePage final : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolePage(const Inventory &inventory, QWidget *parent = nullptr);
    ~ConsolePage() override;

    QStringList selectedInstanceIds() const;
    void selectInstance(const QString &instanceId);
    // Restores the splitter as the user left it; until then (or if it fails) the first show sizes it.
    bool restoreSplitter(const QByteArray &state);

    // The snapshot picked in the details panel's list, if any.
    QString selectedSnapshotId() const;

    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    QTreeView *tree() const { return m_tree; }
    QSplitter *splitter() const { return m_splitter; }
    InstanceDetailsPanel *details() const { return m_details; }
    NoMatchPanel *noMatchPanel() const { return m_noMatch; }
    // The instances whose rows the table shows on screen now.
    QStringList visibleInstanceIds() const;

Q_SIGNALS:
    void selectionChanged(const QStringList &instanceIds);
    void contextMenuRequested(const QPoint &globalPos);
    // The user right-clicked an account in the tree.
    void accountMenuRequested(const QString &accountKey, const QPoint &globalPos);
    // The rows on screen changed (scrolled, filtered, sorted, loaded); a moment after the change.
    void visibleInstancesChanged(const QStringList &instanceIds);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTableSelectionChanged();
    void onTreeActivated(const QModelIndex &index);
    void onTreeContextMenu(const QPoint &pos);
    void applyFilter(const InstanceFilter &filter);
    // The table, or in its place what the filter hides and how to clear it.
    void showNoMatchIfEmpty();

    const Inventory &m_inventory;
    TenantTreeModel *m_treeModel = nullptr;
    InstanceFilterProxy *m_treeProxy = nullptr;
    InstanceTableModel *m_tableModel = nullptr;
    InstanceFilterProxy *m_tableProxy = nullptr;
    SnapshotTableModel *m_snapshots = nullptr;
    StatusDelegate *m_statusDelegate = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    NoMatchPanel *m_noMatch = nullptr;
    InstanceDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_visibleRowsChanged = nullptr;
    bool m_splitterSized = false;
};

} // namespace Aura
