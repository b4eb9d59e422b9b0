#include "ui/dialogs/configurationpicker.h"

#include "ui/dialogs/formdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QString typeText(const QString &type)
{
    static const QHash<QString, const char *> names {
        {u"free-db"_s, QT_TRANSLATE_NOOP("Aura::ConfigurationPicker", "AuraDB Free")},
        {u"professional-db"_s, QT_TRANSLATE_NOOP("Aura::ConfigurationPicker", "AuraDB Professional")},
        {u"enterprise-db"_s, QT_TRANSLATE_NOOP("Aura::ConfigurationPicker", "AuraDB Virtual Dedicated Cloud")},
        {u"business-critical"_s, QT_TRANSLATE_NOOP("Aura::ConfigurationPicker", "AuraDB Business Critical")},
        {u"professional-ds"_s, QT_TRANSLATE_NOOP("Aura::ConfigurationPicker", "AuraDS Professional")},
        {u"enterprise-ds"_s, QT_TRANSLATE_NOOP("Aura::ConfigurationPicker", "AuraDS Enterprise")},
    };
    const char *name = names.value(type);
    if (!name)
        return type;
    return u"%1 (%2)"_s.arg(QCoreApplication::translate("Aura::ConfigurationPicker", name), type);
}

QString cloudText(const QString &cloud)
{
    if (cloud == "gcp"_L1)
        return QCoreApplication::translate("Aura::ConfigurationPicker", "Google Cloud (gcp)");
    if (cloud == "aws"_L1)
        return QCoreApplication::translate("Aura::ConfigurationPicker", "Amazon Web Services (aws)");
    if (cloud == "azure"_L1)
        return QCoreApplication::translate("Aura::ConfigurationPicker", "Microsoft Azure (azure)");
    return cloud;
}

QString regionText(const RegionOption &option)
{
    if (option.regionName.isEmpty() || option.regionName == option.region)
        return option.region;
    if (option.regionName.contains(option.region))
        return option.regionName;
    return u"%1 (%2)"_s.arg(option.regionName, option.region);
}

QString versionText(const QString &version)
{
    if (version.isEmpty())
        return QCoreApplication::translate("Aura::ConfigurationPicker", "Server default");
    return QCoreApplication::translate("Aura::ConfigurationPicker", "Neo4j %1").arg(version);
}

QList<std::pair<QString, QString>> withTexts(const QStringList &values, QString (*text)(const QString &))
{
    QList<std::pair<QString, QString>> out;
    for (const QString &v : values)
        out.append({v, text ? text(v) : v});
    return out;
}

} // namespace

ConfigurationPicker::ConfigurationPicker(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    addRow(m_form, Type, tr("&Type:"), u"typeCombo"_s, tr("Instance type"), u"type"_s);
    addRow(m_form, Cloud, tr("&Cloud provider:"), u"cloudCombo"_s, tr("Cloud provider"), u"cloud_provider"_s);
    addRow(m_form, Region, tr("&Region:"), u"regionCombo"_s, tr("Region"), u"region"_s);
    addRow(m_form, Memory, tr("&Memory:"), u"memoryCombo"_s, tr("Memory"), u"memory"_s);
    // The storage that comes with the memory, as text; a choice where the project offers several sizes with it.
    m_storage = new QLabel(this);
    m_storage->setObjectName(u"storageLabel"_s);
    m_storage->setAccessibleName(tr("Storage"));
    m_storageChoice = new QComboBox(this);
    m_storageChoice->setObjectName(u"storageCombo"_s);
    m_storageChoice->setAccessibleName(tr("Storage"));
    auto *storageCell = new QVBoxLayout;
    storageCell->setSpacing(0);
    storageCell->addWidget(m_storage);
    storageCell->addWidget(m_storageChoice);
    m_form->addRow(tr("St&orage:"), storageCell);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(storageCell)))
        label->setBuddy(m_storageChoice);
    connect(m_storageChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refilling)
            Q_EMIT changed();
    });
    addRow(m_form, Version, tr("&Version:"), u"versionCombo"_s, tr("Neo4j version"), u"version"_s);
    updateStorage();
}

void ConfigurationPicker::addRow(QFormLayout *form, Level level, const QString &label, const QString &objectName,
    const QString &accessibleName, const QString &field)
{
    auto *cell = new QWidget(this);
    auto *combo = new QComboBox(cell);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QLabel *error = FormDialog::createErrorLabel(objectName + "Error"_L1, cell);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(combo);
    layout->addWidget(error);
    form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(cell)))
        buddy->setBuddy(combo);

    m_combos[level] = combo;
    m_errors[level] = error;
    m_fields[level] = field;
    connect(combo, &QComboBox::currentIndexChanged, this, [this, level] {
        if (m_refilling)
            return;
        FormDialog::showError(m_errors[level], {});
        const QString v = value(level);
        switch (level) {
        case Type:
            m_preferred.type = v;
            break;
        case Cloud:
            m_preferred.cloudProvider = v;
            break;
        case Region:
            m_preferred.region = v;
            break;
        case Memory:
            m_preferred.memory = v;
            break;
        case Version:
        case LevelCount:
            m_preferred.version = v;
            break;
        }
        refill(static_cast<Level>(level + 1));
        Q_EMIT changed();
    });
}

void ConfigurationPicker::setOptions(const ConfigurationOptions &options, const ConfigurationChoice &preferred)
{
    m_options = options;
    m_preferred = preferred;
    refill(Type);
    Q_EMIT changed();
}

void ConfigurationPicker::refill(Level from)
{
    m_refilling = true;
    for (int l = from; l < LevelCount; ++l) {
        const ConfigurationChoice c = choice();
        switch (static_cast<Level>(l)) {
        case Type:
            fill(Type, withTexts(m_options.types(), typeText));
            break;
        case Cloud:
            fill(Cloud, withTexts(m_options.cloudProviders(c), cloudText));
            break;
        case Region: {
            QList<std::pair<QString, QString>> regions;
            for (const RegionOption &r : m_options.regions(c))
                regions.append({r.region, regionText(r)});
            fill(Region, regions);
            break;
        }
        case Memory:
            fill(Memory, withTexts(m_options.memorySizes(c), nullptr));
            break;
        case Version:
            fill(Version, withTexts(m_options.versions(c), versionText));
            break;
        case LevelCount:
            break;
        }
    }
    m_refilling = false;
    updateStorage();
}

void ConfigurationPicker::fill(Level level, const QList<std::pair<QString, QString>> &valuesAndTexts)
{
    QComboBox *combo = m_combos[level];
    const QString wanted = std::array {m_preferred.type, m_preferred.cloudProvider, m_preferred.region,
        m_preferred.memory, m_preferred.version}[static_cast<size_t>(level)];
    combo->clear();
    int selected = 0;
    for (const auto &[v, text] : valuesAndTexts) {
        if (v == wanted)
            selected = combo->count();
        combo->addItem(text, v);
    }
    combo->setCurrentIndex(combo->count() > 0 ? selected : -1);
    combo->setEnabled(combo->count() > 0);
}

QString ConfigurationPicker::value(Level level) const
{
    const QComboBox *combo = m_combos[level];
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

ConfigurationChoice ConfigurationPicker::choice() const
{
    return ConfigurationChoice {value(Type), value(Cloud), value(Region), value(Memory), value(Version)};
}

QString ConfigurationPicker::storage() const
{
    if (m_storageChoice->isVisibleTo(this) && m_storageChoice->currentIndex() >= 0)
        return m_storageChoice->currentData().toString();
    return m_options.storage(choice());
}

bool ConfigurationPicker::isComplete() const
{
    return m_options.allows(choice());
}

void ConfigurationPicker::setVersionVisible(bool visible)
{
    m_form->setRowVisible(m_combos[Version]->parentWidget(), visible);
}

QComboBox *ConfigurationPicker::comboFor(const QString &field) const
{
    for (int l = 0; l < LevelCount; ++l) {
        if (m_fields[l] == field)
            return m_combos[l];
    }
    return nullptr;
}

QLabel *ConfigurationPicker::errorLabelFor(const QString &field) const
{
    for (int l = 0; l < LevelCount; ++l) {
        if (m_fields[l] == field)
            return m_errors[l];
    }
    return nullptr;
}

QStringList ConfigurationPicker::fields() const
{
    return QStringList(std::begin(m_fields), std::end(m_fields));
}

void ConfigurationPicker::updateStorage()
{
    const QStringList sizes = m_options.storageSizes(choice());
    const bool several = sizes.size() > 1;
    {
        const QSignalBlocker quiet(m_storageChoice);
        const QString before = m_storageChoice->currentData().toString();
        m_storageChoice->clear();
        for (const QString &size : sizes)
            m_storageChoice->addItem(size, size);
        const int keep = m_storageChoice->findData(before);
        m_storageChoice->setCurrentIndex(keep >= 0 ? keep : 0); // the smallest unless one was chosen
    }
    m_storageChoice->setVisible(several);
    m_storage->setVisible(!several);
    const QString s = m_options.storage(choice());
    m_storage->setText(s.isEmpty() ? tr("Set by the server for the chosen memory") : s);
}

} // namespace Aura
