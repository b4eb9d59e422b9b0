#include "ui/dialogs/createinstancedialog.h"

#include "ui/dialogs/configurationpicker.h"
#include "ui/dialogs/instancesettingseditor.h"
#include "ui/dialogs/keychoice.h"
#include "ui/dialogs/namefield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

CreateInstanceDialog::CreateInstanceDialog(const QList<Tenant> &tenants, const QString &tenantId,
    const QSet<QString> &tenantsWithLiveSettings, QWidget *parent)
    : FormDialog(parent)
    , m_tenants(tenants)
    , m_liveSettingsTenants(tenantsWithLiveSettings)
{
    setObjectName(u"createInstanceDialog"_s);
    setWindowTitle(tr("Create Instance"));

    auto *intro = new QLabel(tr("Only the combinations your project allows are offered. The instance is billed "
                                "from the moment it is created."),
        this);
    intro->setWordWrap(true);

    m_tenantCombo = new QComboBox(this);
    m_tenantCombo->setObjectName(u"tenantCombo"_s);
    m_tenantCombo->setAccessibleName(tr("Project"));
    // Projects by name; the id only where a name is missing or shared (and always in the tooltip).
    QHash<QString, int> named;
    for (const Tenant &t : tenants)
        ++named[t.name];
    for (const Tenant &t : tenants) {
        QString shown = t.name;
        if (t.name.isEmpty())
            shown = t.id;
        else if (named.value(t.name) > 1)
            shown
                = tr("%1 (%2)", "project name (its id, to tell projects of one name apart)").arg(t.name, t.id.left(8));
        m_tenantCombo->addItem(shown, t.id);
        m_tenantCombo->setItemData(m_tenantCombo->count() - 1, tr("Project id %1").arg(t.id), Qt::ToolTipRole);
    }
    QLabel *tenantError = createErrorLabel(u"tenantComboError"_s, this);

    m_name = new NameField(this);
    m_configuration = new ConfigurationPicker(this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    auto *tenantCell = new QVBoxLayout;
    tenantCell->setSpacing(2);
    tenantCell->addWidget(m_tenantCombo);
    tenantCell->addWidget(tenantError);
    form->addRow(tr("&Project:"), tenantCell);
    form->addRow(tr("&Name:"), m_name);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_name)))
        label->setBuddy(m_name->lineEdit());
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(tenantCell)))
        label->setBuddy(m_tenantCombo);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_configuration);
    auto *settingsForm = new QFormLayout;
    settingsForm->setContentsMargins(0, 0, 0, 0);
    m_settings = new InstanceSettingsEditor(InstanceSettingsEditor::Scope::Create, settingsForm, this);
    m_key = new KeyChoice(settingsForm, this);
    contentLayout()->addLayout(settingsForm);
    connect(m_configuration, &ConfigurationPicker::changed, this, &CreateInstanceDialog::configurationChanged);
    connect(m_settings, &InstanceSettingsEditor::changed, this, &CreateInstanceDialog::inputChanged);
    connect(m_key, &KeyChoice::changed, this, &CreateInstanceDialog::inputChanged);

    acceptButton()->setText(tr("Create"));
    acceptButton()->setAccessibleName(tr("Create instance"));

    registerField(u"tenant_id"_s, m_tenantCombo, tenantError);
    registerField(u"name"_s, m_name->lineEdit(), m_name->messageLabel());
    for (const QString &field : m_configuration->fields())
        registerField(field, m_configuration->comboFor(field), m_configuration->errorLabelFor(field));

    connect(m_tenantCombo, &QComboBox::currentIndexChanged, this, &CreateInstanceDialog::tenantChanged);
    connect(m_name, &NameField::nameChanged, this, &CreateInstanceDialog::inputChanged);
    connect(m_configuration, &ConfigurationPicker::changed, this, &CreateInstanceDialog::inputChanged);

    const qsizetype preselected = m_tenantCombo->findData(tenantId);
    m_tenantCombo->setCurrentIndex(preselected >= 0 ? static_cast<int>(preselected) : 0);
    tenantChanged();
    m_name->lineEdit()->setFocus();
}

void CreateInstanceDialog::tenantChanged()
{
    clearServerError(u"tenant_id"_s);
    const QString id = m_tenantCombo->currentData().toString();
    QList<InstanceConfiguration> rows;
    for (const Tenant &t : std::as_const(m_tenants)) {
        if (t.id == id)
            rows = t.configurations;
    }
    // Keep what the user picked in the previous project wherever the new one allows it.
    m_settings->setOffered(m_liveSettingsTenants.contains(id));
    m_configuration->setOptions(ConfigurationOptions(rows), m_configuration->choice());
    configurationChanged();
    if (m_tenants.isEmpty())
        showMessage(tr("There is no project to create an instance in."));
    else if (rows.isEmpty())
        showMessage(tr("This project allows no instance configurations, so no instance can be created in it."));
    else
        showMessage({});
    inputChanged();
}

void CreateInstanceDialog::setEncryptionKeys(const QList<EncryptionKey> &keys, const QString &problem)
{
    m_key->setKeys(keys, problem);
    configurationChanged();
}

void CreateInstanceDialog::configurationChanged()
{
    const ConfigurationChoice c = m_configuration->choice();
    m_settings->setType(c.type);
    m_settings->setMemory(c.memory);
    const QString tenantId = m_tenantCombo->currentData().toString();
    m_key->update(m_liveSettingsTenants.contains(tenantId), tenantId, c.type, c.cloudProvider, c.region);
}

bool CreateInstanceDialog::isInputValid() const
{
    return m_tenantCombo->currentIndex() >= 0 && m_name->isValid() && m_configuration->isComplete();
}

std::optional<CreateInstanceRequest> CreateInstanceDialog::request() const
{
    if (!isInputValid())
        return std::nullopt;
    const ConfigurationChoice c = m_configuration->choice();
    CreateInstanceRequest r;
    r.tenantId = m_tenantCombo->currentData().toString();
    r.name = m_name->name();
    r.type = c.type;
    r.cloudProvider = c.cloudProvider;
    r.region = c.region;
    r.memory = c.memory;
    r.version = c.version;
    r.storage = m_configuration->storage();
    // Only what is turned on: off is what the service does without being asked.
    if (m_settings->vectorOptimized().value_or(false))
        r.vectorOptimized = true;
    if (m_settings->graphAnalyticsPlugin().value_or(false))
        r.graphAnalyticsPlugin = true;
    r.customerManagedKeyId = m_key->keyId();
    return r;
}

} // namespace Aura
