#pragma once

#include "inventory.h"

#include <QRandomGenerator>

// Drives an Inventory through long, seeded (reproducible) random sequences of what the service can answer: full
// lists with adds, removals, status and field changes (full objects or live-dialect summaries), single details,
// deletions, snapshot lists, tenant renames, instances whose tenant is not (yet) known, and the odd clear.
class InventoryFuzzer
{
public:
    InventoryFuzzer(Aura::Inventory &inventory, quint32 seed, int tenantPool = 6, int targetInstances = 40)
        : m_inventory(inventory)
        , m_rng(seed)
        , m_tenantPool(tenantPool)
        , m_target(targetInstances)
    { }

    // One random answer applied to the inventory; returns a short description for failure messages.
    QString step()
    {
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
            m_world.clear();
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

    QString refreshInstances(bool summaries)
    {
        // The server's world moves on: some go, some come, some change.
        const QStringList ids = m_world.keys();
        for (const QString &id : ids) {
            const int d = bounded(100);
            if (d < 5)
                m_world.remove(id);
            else if (d < 20)
                mutate(m_world[id]);
        }
        const int adds = static_cast<int>(m_world.size()) < m_target ? bounded(8) : bounded(2);
        for (int k = 0; k < adds; ++k) {
            const Aura::Instance i = randomInstance();
            m_world.insert(i.id, i);
        }
        QList<Aura::Instance> list;
        for (Aura::Instance i : std::as_const(m_world)) {
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
        m_inventory.applyInstances(list);
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
        m_inventory.applyTenants(tenants);
        return QStringLiteral("tenants");
    }

    QString singleDetails()
    {
        if (bounded(4) == 0 || m_world.isEmpty()) {
            const Aura::Instance i = randomInstance();
            m_world.insert(i.id, i);
            m_inventory.applyInstance(i);
            return QStringLiteral("details of new ") + i.id;
        }
        const QString id = m_world.keys().at(bounded(static_cast<int>(m_world.size())));
        mutate(m_world[id]);
        m_inventory.applyInstance(m_world[id]);
        return QStringLiteral("details ") + id;
    }

    QString deleteOne()
    {
        const QString id = anyInstanceId();
        m_world.remove(id);
        m_inventory.removeInstance(id);
        return QStringLiteral("delete ") + id;
    }

    QString moveTenant()
    {
        if (m_world.isEmpty())
            return QStringLiteral("nothing to move");
        const QString id = m_world.keys().at(bounded(static_cast<int>(m_world.size())));
        m_world[id].tenantId = QStringLiteral("t%1").arg(bounded(m_tenantPool));
        m_inventory.applyInstance(m_world[id]);
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
    QHash<QString, Aura::Instance> m_world;
};
