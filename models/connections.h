#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Aura {

class AuraService;
class Inventory;
class Synchronizer;

// The accounts the console is connected to right now, by account key: the service that carries out requests for
// an account's instances and the synchronizer that keeps them current. Controllers act on instances of several
// accounts through it; whoever connects an account registers it here and removes it before it goes.
class Connections
{
public:
    struct Connection
    {
        AuraService *service = nullptr;
        Synchronizer *synchronizer = nullptr;
    };

    void add(const QString &accountKey, AuraService &service, Synchronizer &synchronizer)
    {
        if (!m_byAccount.contains(accountKey))
            m_order.append(accountKey);
        m_byAccount.insert(accountKey, {&service, &synchronizer});
    }
    void remove(const QString &accountKey)
    {
        m_byAccount.remove(accountKey);
        m_order.removeAll(accountKey);
    }
    // Null when the account is not connected (any more).
    const Connection *find(const QString &accountKey) const
    {
        const auto it = m_byAccount.constFind(accountKey);
        return it == m_byAccount.cend() ? nullptr : &*it;
    }
    // The connection of the account an instance or a tenant belongs to; null (and logged) if that account is not
    // connected.
    const Connection *ofInstance(const Inventory &inventory, const QString &instanceId) const;
    const Connection *ofTenant(const Inventory &inventory, const QString &tenantId) const;
    QStringList accountKeys() const { return m_order; }
    bool isEmpty() const { return m_order.isEmpty(); }

private:
    QHash<QString, Connection> m_byAccount;
    QStringList m_order;
};

} // namespace Aura
