#pragma once

#include "api/dto/instance.h"
#include "models/roles.h"

#include <QModelIndex>
#include <QString>

#include <optional>

namespace Aura {

// What a row shows (an account, a tenant or an instance) and the id of it, read straight from a model that
// holds them: the instance filter asks it of every row on each keystroke, and going through data() costs three
// variants and as many Inventory look-ups per row. Implemented by the instance table and the tenant tree.
struct RowIdentity
{
    NodeKind kind = NodeKind::Instance;
    QString id; // account key, tenant id or instance id
    // A tenant row's account: the tree shows a tenant under each account whose instances name it, whoever owns
    // it. None: the Inventory's owner. (An empty key is an account too: the one of a console showing one.)
    std::optional<QString> account;
    // An instance row's instance, when the model holds it (valid until the Inventory announces its removal); null:
    // look it up by id.
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
