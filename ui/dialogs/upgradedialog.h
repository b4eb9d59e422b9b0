#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "models/configurationoptions.h"
#include "ui/dialogs/formdialog.h"

class QCheckBox;
class QComboBox;

namespace Aura {

// Confirms an upgrade of a Professional instance to Business Critical (live dialect): what changes, that it is
// billed at another rate, and optionally a new memory and storage, which the service takes together or not at all.
class UpgradeDialog final : public FormDialog
{
    Q_OBJECT
public:
    UpgradeDialog(const Instance &instance, const ConfigurationOptions &options, QWidget *parent = nullptr);

    QString instanceId() const { return m_instance.id; }
    QString targetType() const { return m_targetType; }
    UpgradeInstanceRequest request() const;

protected:
    bool isInputValid() const override;

private:
    void updateSizes();
    void updateStorage();

    Instance m_instance;
    ConfigurationOptions m_options;
    QString m_targetType;
    QCheckBox *m_resize = nullptr;
    QComboBox *m_memoryCombo = nullptr;
    QComboBox *m_storageCombo = nullptr;
};

} // namespace Aura
