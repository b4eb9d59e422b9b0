#pragma once

#include "api/dto/encryptionkey.h"
#include "api/dto/requests.h"
#include "api/dto/tenant.h"
#include "ui/dialogs/formdialog.h"

#include <QSet>

#include <optional>

class QComboBox;
class QLabel;

namespace Aura {

class ConfigurationPicker;
class InstanceSettingsEditor;
class KeyChoice;
class NameField;

// Collects a new instance's project, name and settings, offering only the combinations the chosen project allows;
// for a project whose service has the live settings (`tenantsWithLiveSettings`, by id) also vector optimization
// and the Graph Analytics plugin where the type has them.
class CreateInstanceDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateInstanceDialog(const QList<Tenant> &tenants, const QString &tenantId = {},
        const QSet<QString> &tenantsWithLiveSettings = {}, QWidget *parent = nullptr);

    // The project's customer-managed keys to offer (with their details) and, when some could not be read, why.
    void setEncryptionKeys(const QList<EncryptionKey> &keys, const QString &problem = {});

    // The request the form describes; nullopt while it is incomplete or invalid.
    std::optional<CreateInstanceRequest> request() const;

protected:
    bool isInputValid() const override;

private:
    void tenantChanged();
    void configurationChanged();

    QList<Tenant> m_tenants;
    QSet<QString> m_liveSettingsTenants;
    QComboBox *m_tenantCombo = nullptr;
    NameField *m_name = nullptr;
    ConfigurationPicker *m_configuration = nullptr;
    InstanceSettingsEditor *m_settings = nullptr;
    KeyChoice *m_key = nullptr;
};

} // namespace Aura
