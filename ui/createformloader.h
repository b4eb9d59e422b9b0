#pragma once

#include "api/dto/encryptionkey.h"
#include "api/dto/tenant.h"
#include "models/connections.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace Aura {

class Inventory;

// Gathers what the New Instance form offers and the inventory may not hold yet, at user priority, once per opening
// of the form: the projects of every connected account with their configurations (a live project's come with its
// details, read now where they have not arrived), which of them have the live settings, and the customer-managed
// keys of the accounts whose service has them (the list, then each key's details: the list names no cloud, region
// or status).
class CreateFormLoader final : public QObject
{
    Q_OBJECT
public:
    struct Form
    {
        QList<Tenant> tenants; // named with their account while there are several
        QSet<QString> liveSettingsTenants;
        QList<EncryptionKey> keys;
        QString keysProblem; // why some keys could not be read; empty when all were
    };

    CreateFormLoader(const Connections &connections, const Inventory &inventory, QObject *parent = nullptr);

    // Calls `done` once, when everything asked for has answered (before returning when nothing needs asking).
    void load(std::function<void(const Form &)> done);

private:
    struct Gathering;
    void readTenantDetails(const std::shared_ptr<Gathering> &gathering);
    void readKeys(const std::shared_ptr<Gathering> &gathering, AuraService *service);
    static void answered(const std::shared_ptr<Gathering> &gathering);

    const Connections &m_connections;
    const Inventory &m_inventory;
};

} // namespace Aura
