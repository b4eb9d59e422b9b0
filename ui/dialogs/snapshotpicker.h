#pragma once

#include "api/dto/snapshot.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Aura {

// A list of one instance's snapshots, newest first, with time, status and whether they are exportable. Only
// completed snapshots (and, when required, exportable ones) can be selected; the others say why not.
class SnapshotPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotPicker(QWidget *parent = nullptr);

    void setRequireExportable(bool required);
    // Shows "Loading..." until setSnapshots() is called.
    void setLoading();
    void setSnapshots(const QList<Snapshot> &snapshots, const QString &preselectedId = {});
    // The snapshots could not be loaded: says why, in place of the list.
    void setUnavailable(const QString &message);

    std::optional<Snapshot> selectedSnapshot() const;
    QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    void selectionChanged();

private:
    bool isSelectable(const Snapshot &snapshot, QString *reason) const;

    QTreeWidget *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QList<Snapshot> m_snapshots;
    bool m_requireExportable = false;
};

} // namespace Aura
