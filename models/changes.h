#pragma once

#include "api/dto/instance.h"
#include "api/dto/snapshot.h"

#include <QFlags>

namespace Aura {

// Which fields of an instance a refresh changed, so that models repaint only the columns concerned.
enum class InstanceField : quint32 {
    Name = 1u << 0,
    Status = 1u << 1,
    Tenant = 1u << 2,
    Type = 1u << 3,
    CloudProvider = 1u << 4,
    Region = 1u << 5,
    Memory = 1u << 6,
    Storage = 1u << 7,
    Version = 1u << 8,
    ConnectionUrl = 1u << 9,
    Other = 1u << 10, // a field no column shows (created_at, flags, ...)
    Pending = 1u << 11, // not a field: the change the user asked for came or went (Inventory::pendingChange)
};
Q_DECLARE_FLAGS(InstanceFields, InstanceField)
Q_DECLARE_OPERATORS_FOR_FLAGS(InstanceFields)

InstanceFields changedFields(const Instance &before, const Instance &after);

enum class SnapshotField : quint32 {
    Status = 1u << 0,
    Timestamp = 1u << 1,
    Exportable = 1u << 2,
    Other = 1u << 3,
};
Q_DECLARE_FLAGS(SnapshotFields, SnapshotField)
Q_DECLARE_OPERATORS_FOR_FLAGS(SnapshotFields)

SnapshotFields changedFields(const Snapshot &before, const Snapshot &after);

} // namespace Aura
