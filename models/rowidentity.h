#pragma once

#include "api/dto/instance.h"
#include "models/roles.h"

#include <QModelIndex>
#include <QString>

#include <optional>

namespace Aura {

// What a row shows (an account, a tenant or an instance) and the id of it, read straight from a model that
// holds them: the instance filter asks it of every row on each keystroke, and going through data() costs three
// variants and as many Inventory look-ups per row. Implemented by the instance table and the tenant tree, the
// two models InstanceFilterProxy filters.
struct RowIdentity
{
    NodeKind kind = NodeKind::Instance;
    QString id; // account key, tenant id or instance id
    // The account whose rows show it (the tree shows a tenant under each account whose instances name it,
    // whoever owns it). None: the Inventory's owner. (An empty key is an account too: that of a console showing
    // one.)
    std::optional<QString> account;
    // An instance row's instance (valid until the Inventory announces its removal); null for other rows and for
    // an instance the Inventory no longer holds.
    const Instance *instance = nullptr;
};

class RowIdentitySource
{
public:
    virtual RowIdentity rowIdentity(int row, const QModelIndex &parent) const = 0;

protected:
    ~RowIdentitySource() = default;
};

} // namespace Aura
