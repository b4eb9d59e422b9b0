#include "models/roles.h"

#include "api/dto/status.h"
#include "models/inventory.h"

namespace Aura {

qint64 sizeInGigabytes(const QString &size)
{
    QString digits = size.trimmed();
    if (digits.endsWith(u"GB", Qt::CaseInsensitive))
        digits.chop(2);
    bool ok = false;
    const qint64 value = digits.trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

QVariant instanceRoleData(const Inventory &inventory, const Instance &instance, int role)
{
    switch (role) {
    case IdRole:
        return instance.id;
    case RawStatusRole:
        return instance.status;
    case StatusCategoryRole:
        return static_cast<int>(instanceStatusCategory(instance.status));
    case StatusSinceRole:
        return inventory.statusSince(instance.id);
    case StatusHistoryRole:
        return QVariant::fromValue(inventory.statusHistory(instance.id));
    case TenantIdRole:
        return instance.tenantId;
    case NodeKindRole:
        return static_cast<int>(NodeKind::Instance);
    case AccountRole:
        return inventory.accountOfInstance(instance.id);
    case PendingChangeRole: {
        const PendingChange *pending = inventory.pendingChange(instance.id);
        return pending ? pending->change.summary() : QString();
    }
    default:
        return {};
    }
}

} // namespace Aura
