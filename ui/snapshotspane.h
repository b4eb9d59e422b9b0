#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace Aura {

class Inventory;
class SnapshotFilterProxy;
class SnapshotTableModel;

// The snapshots of the instance shown in the details: newest first, with "exportable only" and, where the service
// lists one day at a time, the day to list (today at first; days with snapshots known are marked in the calendar).
class SnapshotsPane final : public QWidget
{
    Q_OBJECT
public:
    SnapshotsPane(const Inventory &inventory, SnapshotTableModel &snapshots, QWidget *parent = nullptr);

    // A new instance is shown: back to today; `byDay` says whether its service lists snapshots by day.
    void showInstance(const QString &instanceId, bool byDay);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // The user chose another day (invalid: the service's default, today).
    void dayChanged(const QDate &day);

private:
    void markKnownDays();

    const Inventory &m_inventory;
    SnapshotTableModel &m_snapshots;
    SnapshotFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_dayLabel = nullptr;
    QDateEdit *m_day = nullptr;
    QCheckBox *m_exportableOnly = nullptr;
    QString m_instanceId;
    bool m_byDay = false;
};

} // namespace Aura
