#include "ui/createformloader.h"

#include "api/auraservice.h"
#include "models/inventory.h"

namespace Aura {

struct CreateFormLoader::Gathering
{
    Form form;
    // Requests not answered yet, plus one while requests are still being sent: an answer that comes at once
    // cannot finish the gathering early.
    int outstanding = 1;
    std::function<void(const Form &)> done;
};

CreateFormLoader::CreateFormLoader(const Connections &connections, const Inventory &inventory, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_inventory(inventory)
{ }

void CreateFormLoader::load(std::function<void(const Form &)> done)
{
    auto gathering = std::make_shared<Gathering>();
    gathering->done = std::move(done);
    for (const QString &account : m_connections.accountKeys()) {
        AuraService *service = m_connections.find(account)->service;
        const bool live = service->capabilities().liveSettings;
        for (const QString &id : m_inventory.tenantIds(account)) {
            Tenant t = *m_inventory.tenant(id);
            t.name = m_inventory.qualifiedTenantName(id);
            gathering->form.tenants << t;
            if (live)
                gathering->form.liveSettingsTenants.insert(id);
        }
        if (live && !m_inventory.tenantIds(account).isEmpty())
            readKeys(gathering, service);
    }
    readTenantDetails(gathering);
    answered(gathering);
}

void CreateFormLoader::answered(const std::shared_ptr<Gathering> &gathering)
{
    if (--gathering->outstanding == 0)
        gathering->done(gathering->form);
}

void CreateFormLoader::readTenantDetails(const std::shared_ptr<Gathering> &gathering)
{
    // The form offers only what a project allows: where the live service's details have not arrived, read them.
    const QList<Tenant> &tenants = gathering->form.tenants;
    for (qsizetype k = 0; k < tenants.size(); ++k) {
        const Connections::Connection *c = m_connections.ofTenant(m_inventory, tenants[k].id);
        if (!c || !tenants[k].configurations.isEmpty() || !c->service->capabilities().configurationsInTenantDetail)
            continue;
        ++gathering->outstanding;
        c->service->getTenant(
            tenants[k].id, this,
            [gathering, k](const Reply<Tenant> &reply) {
                if (reply.ok())
                    gathering->form.tenants[k].configurations = reply.value().configurations;
                answered(gathering);
            },
            Priority::User);
    }
}

void CreateFormLoader::readKeys(const std::shared_ptr<Gathering> &gathering, AuraService *service)
{
    ++gathering->outstanding;
    service->listEncryptionKeys(
        {}, this,
        [this, gathering, service](const Reply<QList<EncryptionKey>> &reply) {
            if (!reply.ok()) {
                gathering->form.keysProblem = reply.error().userMessage();
                answered(gathering);
                return;
            }
            for (const EncryptionKey &listed : reply.value()) {
                if (listed.hasDetails()) {
                    gathering->form.keys << listed;
                    continue;
                }
                ++gathering->outstanding;
                // The list's answer comes from this service, which is there to be asked again.
                service->getEncryptionKey(
                    listed.id, this,
                    [gathering](const Reply<EncryptionKey> &details) {
                        if (details.ok())
                            gathering->form.keys << details.value();
                        else
                            gathering->form.keysProblem = details.error().userMessage();
                        answered(gathering);
                    },
                    Priority::User);
            }
            answered(gathering);
        },
        Priority::User);
}

} // namespace Aura
