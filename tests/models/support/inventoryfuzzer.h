#pragma once

#include "models/inventory.h"

#include <QRandomGenerator>

// Drives an Inventory through long, seeded (reproducible) random sequences of what the service can answer: full
// lists with adds, removals, status and field changes (full objects or live-dialect summaries), single details,
// deletions, snapshot lists, tenant renames, instances whose tenant is not (yet) known, and the odd clear.
// With several account keys each step answers for a random account; accounts share the tenant pool and now and
// then list an instance another account lists too (overlapping ids), get renamed or change state, or are removed.
class InventoryFuzzer
{
public:
    InventoryFuzzer(Aura::Inventory &inventory, quint32 seed, int tenantPool = 6, int targetInstances = 40,
        const QStringList &accounts = {QString()})
        : m_inventory(inventory)
        , m_rng(seed)
        , m_tenantPool(tenantPool)
        , m_target(targetInstances)
        , m_accounts(accounts)
        , m_account(accounts.value(0))
    { }

    // One random answer applied to the inventory; returns a short description for failure messages.
    QString step()
    {
        if (m_accounts.size() > 1) {
            m_account = pick(m_accounts);
            const QString what = accountStep();
            if (!what.isEmpty())
                return what;
        }
        const int dice = bounded(100);
        if (dice < 30)
            return refreshInstances(false);
        if (dice < 40)
            return refreshInstances(true);
        if (dice < 50)
            return refreshTenants();
        if (dice < 65)
            return singleDetails();
        if (dice < 70)
            return deleteOne();
        if (dice < 88)
            return snapshots();
        if (dice < 90)
            return moveTenant();
        if (dice < 91) {
            m_inventory.clear();
            m_worlds.clear();
            return QStringLiteral("clear");
        }
        return refreshInstances(false);
    }

    int bounded(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    QString anyInstanceId()
    {
        const QStringList ids = m_inventory.instanceIds();
        return ids.isEmpty() ? QString() : ids.at(bounded(static_cast<int>(ids.size())));
    }

    static inline const QStringList statuses {QStringLiteral("running"), QStringLiteral("paused"),
        QStringLiteral("creating"), QStringLiteral("pausing"), QStringLiteral("resuming"), QStringLiteral("updating"),
        QStringLiteral("destroying"), QStringLiteral("loading failed"), QStringLiteral("brand-new")};

    Aura::Instance randomInstance()
    {
        Aura::Instance i;
        i.id = QStringLiteral("i%1").arg(m_nextId++);
        i.name = QStringLiteral("db-%1").arg(bounded(1000));
        i.status = pick(statuses);
        i.tenantId = QStringLiteral("t%1").arg(bounded(m_tenantPool));
        i.type = pick({QStringLiteral("enterprise-db"), QStringLiteral("professional-db"), QStringLiteral("free-db")});
        i.cloudProvider = pick({QStringLiteral("gcp"), QStringLiteral("aws"), QStringLiteral("azure")});
        i.region = pick({QStringLiteral("europe-west1"), QStringLiteral("us-east-1")});
        i.memory = QStringLiteral("%1GB").arg(1 << bounded(6));
        i.storage = QStringLiteral("%1GB").arg(2 << bounded(6));
        i.version = pick({QStringLiteral("4"), QStringLiteral("5")});
        i.connectionUrl = QStringLiteral("neo4j+s://%1.databases.neo4j.io").arg(i.id);
        return i;
    }

    void mutate(Aura::Instance &i)
    {
        switch (bounded(5)) {
        case 0:
        case 1:
            i.status = pick(statuses);
            break;
        case 2:
            i.name = QStringLiteral("db-%1").arg(bounded(1000));
            break;
        case 3:
            i.memory = QStringLiteral("%1GB").arg(1 << bounded(6));
            break;
        default:
            i.region = pick({QStringLiteral("europe-west1"), QStringLiteral("us-east-1"), QStringLiteral("asia")});
            break;
        }
    }

private:
    QString pick(const QStringList &from) { return from.at(bounded(static_cast<int>(from.size()))); }

    // What the current account's service holds.
    QHash<QString, Aura::Instance> &world() { return m_worlds[m_account]; }

    // Account-level events, a few percent of the steps; empty when this step is an ordinary answer.
    QString accountStep()
    {
        const int dice = bounded(100);
        if (dice < 2) {
            m_inventory.removeAccount(m_account);
            m_worlds.remove(m_account);
            return QStringLiteral("remove account ") + m_account;
        }
        if (dice < 4) {
            const QString label = QStringLiteral("Account %1").arg(bounded(3));
            m_inventory.addAccount(m_account, label);
            return QStringLiteral("label ") + m_account + QStringLiteral(" ") + label;
        }
        if (dice < 6) {
            m_inventory.setAccountState(m_account, static_cast<Aura::AccountState>(bounded(5)),
                bounded(2) ? QString() : QStringLiteral("why %1").arg(bounded(3)));
            return QStringLiteral("state of ") + m_account;
        }
        if (dice < 10) {
            // Another account lists an instance this one lists too (the same id, maybe other fields).
            const QString other = pick(m_accounts);
            const QHash<QString, Aura::Instance> theirs = m_worlds.value(other);
            if (other == m_account || theirs.isEmpty())
                return QString();
            Aura::Instance shared = theirs.value(theirs.keys().at(bounded(static_cast<int>(theirs.size()))));
            if (bounded(2))
                mutate(shared);
            world().insert(shared.id, shared);
            m_inventory.applyInstance(m_account, shared);
            return QStringLiteral("%1 reads %2 of %3").arg(m_account, shared.id, other);
        }
        return QString();
    }

    QString refreshInstances(bool summaries)
    {
        // The server's world moves on: some go, some come, some change.
        QHash<QString, Aura::Instance> &held = world();
        const QStringList ids = held.keys();
        for (const QString &id : ids) {
            const int d = bounded(100);
            if (d < 5)
                held.remove(id);
            else if (d < 20)
                mutate(held[id]);
        }
        const int adds = static_cast<int>(held.size()) < m_target ? bounded(8) : bounded(2);
        for (int k = 0; k < adds; ++k) {
            const Aura::Instance i = randomInstance();
            held.insert(i.id, i);
        }
        QList<Aura::Instance> list;
        for (Aura::Instance i : std::as_const(held)) {
            if (summaries) {
                Aura::Instance s;
                s.id = i.id;
                s.name = i.name;
                s.tenantId = i.tenantId;
                s.cloudProvider = i.cloudProvider;
                i = s;
            }
            list.append(i);
        }
        m_inventory.applyInstances(m_account, list);
        return summaries ? QStringLiteral("summaries") : QStringLiteral("instances");
    }

    QString refreshTenants()
    {
        QList<Aura::Tenant> tenants;
        for (int t = 0; t < m_tenantPool; ++t) {
            if (bounded(4) == 0)
                continue; // not (yet) listed: its instances must still show
            tenants.append({QStringLiteral("t%1").arg(t), QStringLiteral("Project %1-%2").arg(t).arg(bounded(2)), {}});
        }
        m_inventory.applyTenants(m_account, tenants);
        return QStringLiteral("tenants");
    }

    QString singleDetails()
    {
        QHash<QString, Aura::Instance> &held = world();
        if (bounded(4) == 0 || held.isEmpty()) {
            const Aura::Instance i = randomInstance();
            held.insert(i.id, i);
            m_inventory.applyInstance(m_account, i);
            return QStringLiteral("details of new ") + i.id;
        }
        const QString id = held.keys().at(bounded(static_cast<int>(held.size())));
        mutate(held[id]);
        m_inventory.applyInstance(m_account, held[id]);
        return QStringLiteral("details ") + id;
    }

    QString deleteOne()
    {
        const QString id = anyInstanceId();
        for (QHash<QString, Aura::Instance> &held : m_worlds)
            held.remove(id);
        m_inventory.removeInstance(id);
        return QStringLiteral("delete ") + id;
    }

    QString moveTenant()
    {
        QHash<QString, Aura::Instance> &held = world();
        if (held.isEmpty())
            return QStringLiteral("nothing to move");
        const QString id = held.keys().at(bounded(static_cast<int>(held.size())));
        held[id].tenantId = QStringLiteral("t%1").arg(bounded(m_tenantPool));
        m_inventory.applyInstance(m_account, held[id]);
        return QStringLiteral("move ") + id;
    }

public:
    // A new snapshot list for `instanceId` (a random instance when empty): some kept, some changed, some new.
    QString snapshots(QString id = {})
    {
        if (id.isEmpty())
            id = anyInstanceId();
        if (id.isEmpty())
            return QStringLiteral("no snapshots");
        QList<Aura::Snapshot> list;
        const QStringList held = m_inventory.snapshotIds(id);
        for (const QString &sid : held) {
            if (bounded(6) == 0)
                continue;
            Aura::Snapshot s = *m_inventory.snapshot(id, sid);
            if (bounded(3) == 0)
                s.status = pick({QStringLiteral("Completed"), QStringLiteral("InProgress"), QStringLiteral("Failed")});
            if (bounded(5) == 0)
                s.exportable = bounded(2) == 0;
            list.append(s);
        }
        const int adds = bounded(4);
        for (int k = 0; k < adds; ++k) {
            Aura::Snapshot s;
            s.snapshotId = QStringLiteral("s%1").arg(m_nextId++);
            s.instanceId = id;
            s.status = pick({QStringLiteral("Completed"), QStringLiteral("InProgress")});
            s.timestamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(bounded(100000));
            if (bounded(3) != 0)
                s.exportable = bounded(2) == 0;
            list.append(s);
        }
        m_inventory.applySnapshots(id, list);
        return QStringLiteral("snapshots of ") + id;
    }

private:
    Aura::Inventory &m_inventory;
    QRandomGenerator m_rng;
    int m_tenantPool;
    int m_target;
    int m_nextId = 0;
    QStringList m_accounts;
    QString m_account; // the account the current step answers for
    QHash<QString, QHash<QString, Aura::Instance>> m_worlds; // per account key
};
