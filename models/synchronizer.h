#pragma once

#include "api/apierror.h"
#include "api/auraservice.h"
#include "models/syncsettings.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace Aura {

class Clock;
class Inventory;
class RateBudget;

// Decides what to ask the service and when, and feeds the answers to the Inventory: a full refresh on start and
// at a slow interval; close polling of just the instances in a transitional status, backing off while they stay
// busy and stopping once they settle; an immediate close watch after a user action (followUp); the selected
// instance's snapshots, re-read while one is in progress; details of instances the list gave without a status;
// everything slower while the window is hidden. Background work keeps to its share of the account's one request
// budget (the service's, which every call counts against) and runs on that budget's clock, so tests move time
// instead of waiting for it. With the MetricsScraper, the only classes of this layer that start requests.
class Synchronizer final : public QObject
{
    Q_OBJECT
public:
    // Feeds the account with the empty key (a console that shows one account).
    Synchronizer(AuraService &service, Inventory &inventory, QObject *parent = nullptr);
    // Feeds `accountKey`'s part of the Inventory: it applies its answers to that account and polls, follows and
    // removes only that account's instances, so several synchronizers can share one Inventory.
    Synchronizer(AuraService &service, Inventory &inventory, const QString &accountKey, QObject *parent = nullptr);

    QString accountKey() const { return m_accountKey; }

    void setSettings(const SyncSettings &settings);
    const SyncSettings &settings() const { return m_settings; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_inFlight > 0; }

    void refreshNow();
    // Watch this instance closely right away: the user just acted on it (or created it).
    void followUp(const QString &instanceId);
    // Re-read this instance's snapshots now and while one is in progress (after "take snapshot").
    void followUpSnapshots(const QString &instanceId);
    void setSelectedInstance(const QString &instanceId);
    // The instances the user sees now (the table's visible rows): their details are read before the others'.
    void setVisibleInstances(const QStringList &instanceIds);
    // The day whose snapshots the live service lists; invalid: the service's default (today).
    void setSnapshotDate(const QDate &date);
    void setWindowVisible(bool visible);

    // The instances polled individually right now (transitional or followed up).
    QStringList watchedInstances() const { return m_watches.keys(); }

Q_SIGNALS:
    void refreshed(const QDateTime &at);
    void refreshFailed(const Aura::ApiError &error);
    void busyChanged(bool busy);

private:
    struct Watch
    {
        qint64 dueMs = 0;
        qint64 intervalMs = 0;
        int graceLeft = 0; // polls left before a still-stable status ends the watch
        bool inFlight = false;
    };
    struct SnapshotWatch
    {
        qint64 dueMs = 0;
        int graceLeft = 0;
        bool inFlight = false;
    };

    qint64 now() const;
    // True when the Inventory holds the instance under this synchronizer's account.
    bool owns(const QString &instanceId) const;
    // True when the Inventory holds the instance under another account (unknown instances may still become ours).
    bool ownedElsewhere(const QString &instanceId) const;
    qint64 scaled(std::chrono::milliseconds interval) const;
    void reschedule();
    void wakeAt(qint64 atMs);
    void cancelWakeUp();
    void onTimer();
    void startFullRefresh(Priority priority);
    // Applies the account's full instance list: at once, or a slice at a time when it brings many new instances;
    // finishes that part of the full refresh once all of it is in.
    void applyInstanceList(const QList<Instance> &list);
    void applyNextSlice(quint64 generation);
    void finishFullRefreshPart();
    // Live dialect: the configurations of every listed tenant not read yet, or read too long ago.
    void queueTenantDetails(const QList<Tenant> &tenants);
    void fetchTenantDetails(const QString &tenantId);
    void pollInstance(const QString &instanceId, Priority priority);
    void onInstancePolled(const QString &instanceId, const Reply<Instance> &reply);
    void listSnapshots(const QString &instanceId, Priority priority);
    void onSnapshotsListed(
        const QString &instanceId, const Reply<QList<Snapshot>> &reply, const std::optional<QDate> &day);
    void fetchDetails(const QString &instanceId);
    void queueStaleDetails();
    void watchIfTransitional(const QString &instanceId);
    void forget(const QStringList &instanceIds);
    void requestStarted();
    void requestFinished();
    void reportError(const ApiError &error);

    AuraService &m_service;
    Inventory &m_inventory;
    QString m_accountKey;
    SyncSettings m_settings;
    RateBudget &m_budget;
    Clock &m_clock;
    QObject *m_wakeUp = nullptr; // the context of the pending wake-up; deleting it cancels that wake-up
    qint64 m_wakeUpAtMs = -1;
    bool m_running = false;
    bool m_visible = true;
    int m_inFlight = 0;

    qint64 m_nextFullMs = 0;
    std::optional<qint64> m_lastFullStartMs; // none before the first full refresh
    bool m_fullInFlight = false;
    int m_fullPartsLeft = 0;
    std::optional<ApiError> m_fullError;

    QHash<QString, Watch> m_watches;
    QHash<QString, SnapshotWatch> m_snapshotWatches;
    QString m_selected;
    QDate m_snapshotDate;

    QStringList m_detailQueue;
    QSet<QString> m_detailPending; // queued or in flight
    QSet<QString> m_onScreen; // on screen: first in the detail queue
    QHash<QString, qint64> m_detailsReadAt;
    // A list being applied a slice at a time: the part up to m_slicedUpTo is in the Inventory.
    QList<Instance> m_slicedList;
    qsizetype m_slicedUpTo = 0;
    quint64 m_sliceGeneration = 0; // a slice queued for an older list is dropped
    // When the last full list gave every instance with its details (the seed dialect's does): all of them were
    // read then, without an entry each in m_detailsReadAt. -1 when it did not.
    qint64 m_detailedListAt = -1;
    QHash<QString, qint64> m_tenantDetailsReadAt; // live dialect: when each tenant's configurations were read
    QSet<QString> m_tenantDetailsInFlight; // queued or in flight
    QStringList m_tenantDetailQueue; // ahead of the instances' details: New Instance needs them
};

} // namespace Aura
