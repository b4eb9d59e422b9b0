#pragma once

#include "api/dto/requests.h"
#include "api/dto/tenant.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

class QComboBox;
class QLabel;

namespace Aura {

class ConfigurationPicker;
class NameField;

// Collects a new instance's project, name and settings, offering only the combinations the chosen project allows.
class CreateInstanceDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateInstanceDialog(
        const QList<Tenant> &tenants, const QString &tenantId = {}, QWidget *parent = nullptr);

    // The request the form describes; nullopt while it is incomplete or invalid.
    std::optional<CreateInstanceRequest> request() const;

protected:
    bool isInputValid() const override;

private:
    void tenantChanged();

    QList<Tenant> m_tenants;
    QComboBox *m_tenantCombo = nullptr;
    NameField *m_name = nullptr;
    ConfigurationPicker *m_configuration = nullptr;
};

} // namespace Aura
