#pragma once

#include "api/dto/instance.h"
#include "models/statushistory.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Aura {

class Inventory;

// Data roles every model of this layer answers, so that views, delegates and proxies never parse display text.
enum ItemRole : int {
    IdRole = Qt::UserRole + 1, // QString: instance, tenant or snapshot id; an account row's account key
    RawStatusRole, // QString: the status exactly as the server sent it
    StatusCategoryRole, // int: Aura::StatusCategory
    StatusSinceRole, // QDateTime (UTC): when the current status was first observed
    StatusHistoryRole, // Aura::StatusHistory: the transitions observed so far
    TenantIdRole, // QString
    NodeKindRole, // int: Aura::NodeKind (tree model)
    SortRole, // a value that sorts naturally: numbers for sizes, QDateTime for times, lower-case text otherwise
    AccountRole, // QString: the key of the account a tenant or instance row belongs to (and of an account row)
    PendingChangeRole, // QString: the change asked for that has not landed yet, in words ("8GB"); empty if none
};

enum class NodeKind { Tenant, Instance, Snapshot, Account };

// "8GB" → 8 (gigabytes); -1 when the text is no size, so that such rows sort first.
qint64 sizeInGigabytes(const QString &size);

// The custom roles of an instance row, shared by the table and the tree; an invalid QVariant for other roles.
QVariant instanceRoleData(const Inventory &inventory, const Instance &instance, int role);

} // namespace Aura
