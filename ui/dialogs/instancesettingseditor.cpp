#include "ui/dialogs/instancesettingseditor.h"

#include "models/configurationoptions.h"
#include "models/typesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

InstanceSettingsEditor::InstanceSettingsEditor(Scope scope, QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_scope(scope)
    , m_form(form)
{
    m_vector = new QCheckBox(tr("Vector opt&imized"), parent);
    m_vector->setObjectName(u"vectorOptimizedCheck"_s);
    m_vector->setToolTip(tr("Tunes the instance for vector indexes and similarity search; needs at least %1GB of "
                            "memory")
                             .arg(VectorMinimumGigabytes));
    m_vectorNote = new QLabel(parent);
    m_vectorNote->setObjectName(u"vectorOptimizedNote"_s);
    m_vectorNote->setWordWrap(true);
    m_vectorNote->hide();
    m_vectorCell = new QVBoxLayout;
    m_vectorCell->setSpacing(2);
    m_vectorCell->addWidget(m_vector);
    m_vectorCell->addWidget(m_vectorNote);
    form->addRow(tr("Vectors:"), m_vectorCell);

    m_plugin = new QCheckBox(tr("&Graph Analytics plugin"), parent);
    m_plugin->setObjectName(u"graphAnalyticsPluginCheck"_s);
    m_plugin->setToolTip(tr("The Graph Data Science library inside the database (Professional instances)"));
    form->addRow(tr("Plugins:"), m_plugin);

    m_secondaries = new QSpinBox(parent);
    m_secondaries->setObjectName(u"secondariesSpin"_s);
    m_secondaries->setAccessibleName(tr("Secondaries"));
    m_secondaries->setToolTip(tr("Read-only copies that take read queries off the primary; each is billed"));
    form->addRow(tr("S&econdaries:"), m_secondaries);

    m_cdc = new QComboBox(parent);
    m_cdc->setObjectName(u"cdcCombo"_s);
    m_cdc->setAccessibleName(tr("Change data capture"));
    for (const QString &mode : cdcEnrichmentModes()) {
        const QString text = mode == u"OFF" ? tr("Off")
            : mode == u"DIFF"               ? tr("Differences (DIFF)")
            : mode == u"FULL"               ? tr("Full states (FULL)")
                                            : mode;
        m_cdc->addItem(text, mode);
    }
    form->addRow(tr("Change &data capture:"), m_cdc);
    for (QWidget *field : {static_cast<QWidget *>(m_secondaries), static_cast<QWidget *>(m_cdc)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }

    connect(m_vector, &QCheckBox::toggled, this, &InstanceSettingsEditor::changed);
    connect(m_plugin, &QCheckBox::toggled, this, &InstanceSettingsEditor::changed);
    connect(m_secondaries, &QSpinBox::valueChanged, this, &InstanceSettingsEditor::changed);
    connect(m_cdc, &QComboBox::currentIndexChanged, this, &InstanceSettingsEditor::changed);
    update();
}

void InstanceSettingsEditor::setOffered(bool offered)
{
    m_offered = offered;
    update();
}

TypeSettings InstanceSettingsEditor::offered() const
{
    return m_offered ? TypeSettings::of(m_type) : TypeSettings {};
}

void InstanceSettingsEditor::setType(const QString &type)
{
    m_type = type;
    update();
}

void InstanceSettingsEditor::setMemory(const QString &memory)
{
    m_memory = memory;
    update();
}

void InstanceSettingsEditor::setCurrent(std::optional<bool> vectorOptimized, std::optional<bool> graphAnalyticsPlugin,
    std::optional<qint64> secondariesCount, const QString &cdcEnrichmentMode)
{
    m_vector->setChecked(vectorOptimized.value_or(false));
    m_plugin->setChecked(graphAnalyticsPlugin.value_or(false));
    m_secondaries->setValue(static_cast<int>(std::clamp<qint64>(secondariesCount.value_or(0), 0, 15)));
    const int cdc = m_cdc->findData(cdcEnrichmentMode.toUpper());
    m_cdc->setCurrentIndex(cdc >= 0 ? cdc : 0);
    update();
}

void InstanceSettingsEditor::update()
{
    const TypeSettings settings = offered();
    const bool change = m_scope == Scope::Change;
    m_form->setRowVisible(m_plugin, settings.graphAnalyticsPlugin);
    m_form->setRowVisible(m_secondaries, change && settings.maxSecondaries > 0);
    m_secondaries->setRange(0, std::max(settings.maxSecondaries, 0));
    m_form->setRowVisible(m_cdc, change && settings.cdc);
    m_form->setRowVisible(m_vectorCell, settings.vectorOptimization);

    // Too little memory: the box cannot be ticked, and one ticked before is cleared, saying so.
    const std::optional<double> gigabytes = ConfigurationOptions::memoryGigabytes(m_memory);
    const bool enough = !gigabytes || *gigabytes >= VectorMinimumGigabytes;
    if (enough) {
        m_vectorNote->clear();
    } else if (m_vector->isChecked()) {
        m_vector->setChecked(false);
        m_vectorNote->setText(
            tr("Turned off: vector optimization needs at least %1GB of memory.").arg(VectorMinimumGigabytes));
    } else if (m_vectorNote->text().isEmpty()) {
        m_vectorNote->setText(tr("Needs at least %1GB of memory.").arg(VectorMinimumGigabytes));
    }
    m_vectorNote->setVisible(!enough);
    m_vector->setEnabled(enough);
}

std::optional<bool> InstanceSettingsEditor::vectorOptimized() const
{
    if (!offered().vectorOptimization)
        return std::nullopt;
    return m_vector->isChecked();
}

std::optional<bool> InstanceSettingsEditor::graphAnalyticsPlugin() const
{
    if (!offered().graphAnalyticsPlugin)
        return std::nullopt;
    return m_plugin->isChecked();
}

std::optional<qint64> InstanceSettingsEditor::secondariesCount() const
{
    if (m_scope != Scope::Change || offered().maxSecondaries <= 0)
        return std::nullopt;
    return m_secondaries->value();
}

std::optional<QString> InstanceSettingsEditor::cdcEnrichmentMode() const
{
    if (m_scope != Scope::Change || !offered().cdc)
        return std::nullopt;
    return m_cdc->currentData().toString();
}

} // namespace Aura
