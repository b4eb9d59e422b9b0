// The changes Inventory waits for: what the user asked an instance to become while the service works on it.

#include "api/dto/status.h"
#include "models/inventory.h"

namespace Aura {

void Inventory::expectChange(const QString &instanceId, const RequestedChange &change)
{
    if (change.isEmpty() || m_instances.find(instanceId) == m_instances.end())
        return;
    m_pending.insert(instanceId, PendingChange {change, m_clock(), false});
    emit instanceChanged(instanceId, InstanceField::Pending);
}

const PendingChange *Inventory::pendingChange(const QString &instanceId) const
{
    const auto found = m_pending.constFind(instanceId);
    return found == m_pending.cend() ? nullptr : &found.value();
}

bool Inventory::settlePending(const Instance &instance)
{
    const auto found = m_pending.find(instance.id);
    if (found == m_pending.end())
        return false;
    bool ended = found->change.isMetBy(instance);
    if (!ended) {
        // Right after the request the status may not have moved yet; once it has, a settled status without the
        // values means the change did not land (the completion notice says how it ended).
        switch (instanceStatusCategory(instance.status)) {
        case StatusCategory::InProgress:
            found->moved = true;
            break;
        case StatusCategory::Stable:
            ended = found->moved;
            break;
        case StatusCategory::Failed:
        case StatusCategory::Gone:
            ended = true;
            break;
        case StatusCategory::Unknown:
        case StatusCategory::NotYetKnown:
            break;
        }
    }
    if (ended)
        m_pending.erase(found);
    return ended;
}

} // namespace Aura
