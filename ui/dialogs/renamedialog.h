#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

namespace Aura {

class NameField;

// A new name for an instance, under the same rules as at creation.
class RenameDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit RenameDialog(const Instance &instance, QWidget *parent = nullptr);

    QString instanceId() const { return m_instance.id; }
    // A request that changes the name only; nullopt while the name is invalid or unchanged.
    std::optional<UpdateInstanceRequest> request() const;

protected:
    bool isInputValid() const override;

private:
    Instance m_instance;
    NameField *m_name = nullptr;
};

} // namespace Aura
