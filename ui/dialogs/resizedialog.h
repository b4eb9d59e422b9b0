#pragma once

#include "api/capabilities.h"
#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "models/configurationoptions.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

class QComboBox;
class QLabel;

namespace Aura {

class InstanceSettingsEditor;

// Changes an existing instance: its memory among the sizes its project allows for the instance's type and region
// and, on a service with the live settings (Capabilities::liveSettings), its storage, vector optimization, Graph
// Analytics plugin, secondaries and CDC mode where the type has them. Returns only what differs from now.
class ResizeDialog final : public FormDialog
{
    Q_OBJECT
public:
    ResizeDialog(const Instance &instance, const ConfigurationOptions &options, const Capabilities &capabilities,
        QWidget *parent = nullptr);

    QString instanceId() const { return m_instance.id; }
    // What differs from the instance's current configuration; nullopt while nothing does.
    std::optional<UpdateInstanceRequest> request() const;

protected:
    bool isInputValid() const override;

private:
    QString selectedMemory() const;
    QString selectedStorage() const;
    void updateStorage();

    Instance m_instance;
    ConfigurationOptions m_options;
    bool m_liveSettings = false;
    QComboBox *m_memoryCombo = nullptr;
    QComboBox *m_storageCombo = nullptr; // live settings only
    QLabel *m_newStorage = nullptr; // otherwise: the storage that comes with the memory
    InstanceSettingsEditor *m_settings = nullptr; // live settings only
};

} // namespace Aura
