#pragma once

#include "api/dto/instance.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

namespace Aura {

class TypeToConfirm;

// Deleting an instance destroys it and its data for good: the user types its name to confirm.
class ConfirmDeleteDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit ConfirmDeleteDialog(const Instance &instance, QWidget *parent = nullptr);

    // The id of the instance to delete once the name has been typed; nullopt before.
    std::optional<QString> instanceId() const;

protected:
    bool isInputValid() const override;

private:
    Instance m_instance;
    TypeToConfirm *m_confirm = nullptr;
};

} // namespace Aura
