#include "models/connections.h"

#include "models/inventory.h"
#include "models/logging.h"

namespace Aura {

const Connections::Connection *Connections::ofInstance(const Inventory &inventory, const QString &instanceId) const
{
    const Connection *c = find(inventory.accountOfInstance(instanceId));
    if (!c)
        qCWarning(lcModels) << "no connection for the account of instance" << instanceId;
    return c;
}

const Connections::Connection *Connections::ofTenant(const Inventory &inventory, const QString &tenantId) const
{
    const Connection *c = find(inventory.accountOfTenant(tenantId));
    if (!c)
        qCWarning(lcModels) << "no connection for the account of tenant" << tenantId;
    return c;
}

} // namespace Aura
