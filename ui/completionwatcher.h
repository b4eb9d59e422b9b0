#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace Aura {

class DesktopNotifier;
class Inventory;

// Long operations finish on the server minutes after the request: this watches the instances the user acted on
// and tells the desktop when each settles (running, paused, gone, failed) and when a snapshot they asked for
// completes, also while the window is in the background.
class CompletionWatcher final : public QObject
{
    Q_OBJECT
public:
    CompletionWatcher(const Inventory &inventory, DesktopNotifier &notifier, QObject *parent = nullptr);

    // The operations that move an instance through a transitional status; each has its own sentences, so that
    // every language can say them whole.
    enum class Operation { Create, Pause, Resume, Delete, Resize, Change, Upgrade, Restore, Overwrite };

    void expectInstance(const QString &instanceId, Operation operation);
    // With a snapshot id (what the create answer names), only that snapshot counts; without, the first new one.
    void expectSnapshot(const QString &instanceId, const QString &snapshotId = {});

    bool isWatching(const QString &instanceId) const { return m_instances.contains(instanceId); }

Q_SIGNALS:
    void completed(const QString &instanceId, const QString &summary, bool succeeded);

private:
    struct Expectation
    {
        Operation operation = Operation::Create;
        QString name;
        QDateTime since;
        bool moved = false; // the status went through a transitional one since
    };
    void onInstanceChanged(const QString &instanceId);
    void onInstancesRemoved(const QStringList &ids);
    void onSnapshotsChanged(const QString &instanceId);
    void finish(const QString &instanceId, const QString &summary, bool succeeded);
    // "“orders” is running (resuming it took 2 min)"; "Resuming “orders” failed: ... (after 2 min)".
    static QString settledText(Operation operation, const QString &name, const QString &status, const QString &took);
    static QString failedText(Operation operation, const QString &name, const QString &status, const QString &took);

    const Inventory &m_inventory;
    DesktopNotifier &m_notifier;
    QHash<QString, Expectation> m_instances;
    QHash<QString, QSet<QString>> m_snapshotsKnown; // instance → snapshot ids present when asked
    QHash<QString, QString> m_snapshotWanted; // instance → the snapshot asked for, when known
};

} // namespace Aura
