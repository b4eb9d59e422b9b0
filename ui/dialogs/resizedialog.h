#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "models/configurationoptions.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

class QComboBox;
class QLabel;

namespace Aura {

// Picks a new memory size for an instance among those its project allows for the instance's type and region.
class ResizeDialog final : public FormDialog
{
    Q_OBJECT
public:
    ResizeDialog(const Instance &instance, const ConfigurationOptions &options, QWidget *parent = nullptr);

    QString instanceId() const { return m_instance.id; }
    // A request that changes the memory only; nullopt while the current size is selected.
    std::optional<UpdateInstanceRequest> request() const;

protected:
    bool isInputValid() const override;

private:
    QString selectedMemory() const;
    void updateStorage();

    Instance m_instance;
    ConfigurationOptions m_options;
    QComboBox *m_memoryCombo = nullptr;
    QLabel *m_newStorage = nullptr;
};

} // namespace Aura
