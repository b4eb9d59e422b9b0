#pragma once

#include "api/dto/instance.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QListWidget;
class QTableView;
class QToolButton;
class QStackedWidget;

namespace Aura {

class FleetMetrics;
class Inventory;
class SnapshotTableModel;
class SnapshotsPane;

// Everything about the selected instance: each field (with copy buttons for the connection URL and id), its
// snapshots and the status transitions this console has observed. Follows the Inventory while it is shown.
class InstanceDetailsPanel final : public QWidget
{
    Q_OBJECT
public:
    InstanceDetailsPanel(const Inventory &inventory, SnapshotTableModel &snapshots, QWidget *parent = nullptr);

    void showInstance(const QString &instanceId);

    // Makes the widget that shows a database password kept in the keychain for an instance, or nullptr when none
    // is kept; the application sets it for the connected account.
    using KeptPasswordFactory = std::function<QWidget *(const QString &instanceId, QWidget *parent)>;
    void setKeptPasswordFactory(KeptPasswordFactory factory);
    // The latest metrics of every instance (live accounts): the selected one's are shown while it has some.
    void setFleetMetrics(const FleetMetrics *fleet);
    // A password was just kept for this instance: if it is the one shown, its row appears now.
    void keptPasswordChanged(const QString &instanceId);
    QString instanceId() const { return m_instanceId; }

    // The text shown for a field (for tests and accessibility): "name", "status", "id", "connectionUrl", ...
    QString fieldText(const QString &field) const;
    QStringList historyLines() const;
    QTableView *snapshotView() const;

Q_SIGNALS:
    void copied(const QString &what);
    // The user chose the day of the snapshots to list (invalid: today, the service's default).
    void snapshotDayChanged(const QDate &day);

private:
    // The live settings the instance reports, in words; empty when it reports none.
    static QString settingsText(const Instance &instance);
    void refresh();
    void updateKeptPassword();
    void updateMetrics();
    QLabel *addField(QFormLayout *form, const QString &key, const QString &label, bool copyable = false);

    const Inventory &m_inventory;
    SnapshotTableModel &m_snapshots;
    QString m_instanceId;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, QLabel *> m_fields;
    QListWidget *m_history = nullptr;
    SnapshotsPane *m_snapshotsPane = nullptr;
    QFormLayout *m_form = nullptr;
    KeptPasswordFactory m_keptPasswordFactory;
    QWidget *m_keptPassword = nullptr;
    const FleetMetrics *m_fleet = nullptr;
};

} // namespace Aura
