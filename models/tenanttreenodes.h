#pragma once

#include "models/roles.h"
#include "models/rowindex.h"

#include <QString>

#include <memory>
#include <unordered_map>

namespace Aura {

// The nodes behind TenantTreeModel's rows. An index's internal pointer is the node of its parent row: null for
// an account row, the AccountNode for a tenant row, the TenantNode for an instance row. `kind` tells the two
// apart.
struct TreeNode
{
    explicit TreeNode(NodeKind nodeKind)
        : kind(nodeKind)
    { }
    NodeKind kind;
};

struct AccountNode;

// One tenant row under one account, holding the rows of that account's instances in the tenant.
struct TenantNode final : TreeNode
{
    TenantNode(AccountNode *owner, const QString &id)
        : TreeNode(NodeKind::Tenant)
        , account(owner)
        , tenantId(id)
    { }
    AccountNode *account;
    QString tenantId;
    RowIndex instances;
};

// One account row, holding its tenant rows.
struct AccountNode final : TreeNode
{
    explicit AccountNode(const QString &accountKey)
        : TreeNode(NodeKind::Account)
        , key(accountKey)
    { }
    TenantNode *tenant(const QString &tenantId) const
    {
        const auto it = tenantNodes.find(tenantId);
        return it == tenantNodes.end() ? nullptr : it->second.get();
    }
    TenantNode *tenantAt(int row) const { return tenant(tenants.at(row)); }

    QString key;
    RowIndex tenants;
    std::unordered_map<QString, std::unique_ptr<TenantNode>> tenantNodes;
};

} // namespace Aura
