#include "ui/dialogs/resizedialog.h"

#include "ui/dialogs/instancesettingseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QComboBox *sizeCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

// A field with its error label under it, in one form cell.
QVBoxLayout *cellOf(QWidget *field, QLabel *error)
{
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(field);
    cell->addWidget(error);
    return cell;
}

} // namespace

ResizeDialog::ResizeDialog(
    const Instance &instance, const ConfigurationOptions &options, const Capabilities &capabilities, QWidget *parent)
    : FormDialog(parent)
    , m_instance(instance)
    , m_options(options)
    , m_liveSettings(capabilities.liveSettings)
{
    setObjectName(u"resizeDialog"_s);
    setWindowTitle(m_liveSettings ? tr("Resize or Change Instance") : tr("Resize Instance"));

    const QString shownName = instance.displayName();
    auto *title = new QLabel(
        (m_liveSettings ? tr("Change <b>%1</b>") : tr("Resize <b>%1</b>")).arg(shownName.toHtmlEscaped()), this);
    title->setObjectName(u"titleLabel"_s);

    auto *current = new QLabel(this);
    current->setObjectName(u"currentSizeLabel"_s);
    const QString unknown = tr("unknown");
    current->setText(tr("%1 memory, %2 storage")
                         .arg(instance.memory.isEmpty() ? unknown : instance.memory,
                             instance.storage.isEmpty() ? unknown : instance.storage));
    current->setAccessibleName(tr("Current size: %1").arg(current->text()));

    m_memoryCombo = sizeCombo(u"memoryCombo"_s, tr("New memory size"), this);
    const QStringList sizes = options.resizeMemorySizes(instance.type, instance.cloudProvider, instance.region);
    for (const QString &size : sizes)
        m_memoryCombo->addItem(size == instance.memory ? tr("%1 (current)").arg(size) : size, size);
    const int currentIndex = m_memoryCombo->findData(instance.memory);
    m_memoryCombo->setCurrentIndex(currentIndex >= 0 ? currentIndex : (sizes.isEmpty() ? -1 : 0));
    QLabel *memoryError = createErrorLabel(u"memoryComboError"_s, this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Current size:"), current);
    QVBoxLayout *memoryCell = cellOf(m_memoryCombo, memoryError);
    form->addRow(tr("New &memory:"), memoryCell);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(memoryCell)))
        label->setBuddy(m_memoryCombo);
    registerField(u"memory"_s, m_memoryCombo, memoryError);

    if (m_liveSettings) {
        m_storageCombo = sizeCombo(u"storageCombo"_s, tr("New storage size"), this);
        QLabel *storageError = createErrorLabel(u"storageComboError"_s, this);
        QVBoxLayout *storageCell = cellOf(m_storageCombo, storageError);
        form->addRow(tr("New s&torage:"), storageCell);
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(storageCell)))
            label->setBuddy(m_storageCombo);
        registerField(u"storage"_s, m_storageCombo, storageError);

        m_settings = new InstanceSettingsEditor(InstanceSettingsEditor::Scope::Change, form, this);
        m_settings->setType(instance.type);
        m_settings->setCurrent(instance.vectorOptimized, instance.graphAnalyticsPlugin, instance.secondariesCount,
            instance.cdcEnrichmentMode);
        connect(m_settings, &InstanceSettingsEditor::changed, this, [this] { inputChanged(); });
        connect(m_storageCombo, &QComboBox::currentIndexChanged, this, [this] {
            clearServerError(u"storage"_s);
            inputChanged();
        });
    } else {
        m_newStorage = new QLabel(this);
        m_newStorage->setObjectName(u"newStorageLabel"_s);
        m_newStorage->setAccessibleName(tr("Storage after resizing"));
        form->addRow(tr("New storage:"), m_newStorage);
    }

    auto *explanation = new QLabel(m_liveSettings
            ? tr("Each change is billed from when it lands. The data and the connection URL stay the same. The "
                 "service changes the instance in the background, which can take several minutes; until that is "
                 "done it cannot be changed again, and it still shows the old values.")
            : tr("Resizing changes the memory of the instance, the storage that comes with it, and what it costs. "
                 "The data and the connection URL stay the same. The instance is updated in the background, which "
                 "can take several minutes; until that is done it cannot be changed again, and it may still show "
                 "the old size."),
        this);
    explanation->setObjectName(u"explanationLabel"_s);
    explanation->setWordWrap(true);

    contentLayout()->addWidget(title);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(explanation);

    acceptButton()->setText(m_liveSettings ? tr("Apply") : tr("Resize"));
    acceptButton()->setAccessibleName(m_liveSettings ? tr("Apply the changes") : tr("Resize instance"));

    connect(m_memoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        clearServerError(u"memory"_s);
        updateStorage();
        inputChanged();
    });
    if (sizes.isEmpty() || (sizes.size() == 1 && sizes.constFirst() == instance.memory)) {
        m_memoryCombo->setEnabled(false);
        showMessage(
            tr("The project allows no other memory size for a %1 instance in %2.").arg(instance.type, instance.region));
    }
    updateStorage();
    inputChanged();
}

QString ResizeDialog::selectedMemory() const
{
    return m_memoryCombo->currentIndex() < 0 ? QString() : m_memoryCombo->currentData().toString();
}

QString ResizeDialog::selectedStorage() const
{
    return !m_storageCombo || m_storageCombo->currentIndex() < 0 ? QString() : m_storageCombo->currentData().toString();
}

void ResizeDialog::updateStorage()
{
    const ConfigurationChoice choice {
        m_instance.type, m_instance.cloudProvider, m_instance.region, selectedMemory(), {}};
    if (m_settings)
        m_settings->setMemory(selectedMemory());
    if (!m_storageCombo) {
        const QString storage = m_options.storage(choice);
        m_newStorage->setText(storage.isEmpty() ? tr("Set by the server for the chosen memory") : storage);
        return;
    }
    // The storage sizes the project allows with the chosen memory; the current one stays chosen while allowed.
    const QString before = selectedStorage().isEmpty() ? m_instance.storage : selectedStorage();
    const QSignalBlocker quiet(m_storageCombo);
    m_storageCombo->clear();
    for (const QString &size : m_options.storageSizes(choice))
        m_storageCombo->addItem(size == m_instance.storage ? tr("%1 (current)").arg(size) : size, size);
    if (m_storageCombo->count() == 0 && !m_instance.storage.isEmpty())
        m_storageCombo->addItem(tr("%1 (current)").arg(m_instance.storage), m_instance.storage);
    const int keep = m_storageCombo->findData(before);
    m_storageCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_storageCombo->setEnabled(m_storageCombo->count() > 1);
}

bool ResizeDialog::isInputValid() const
{
    return request().has_value();
}

std::optional<UpdateInstanceRequest> ResizeDialog::request() const
{
    UpdateInstanceRequest r;
    const QString memory = selectedMemory();
    if (!memory.isEmpty() && memory != m_instance.memory)
        r.memory = memory;
    if (m_settings) {
        const QString storage = selectedStorage();
        if (!storage.isEmpty() && storage != m_instance.storage)
            r.storage = storage;
        // Only what differs from now: a setting the instance does not report counts as off.
        if (const auto v = m_settings->vectorOptimized(); v && *v != m_instance.vectorOptimized.value_or(false))
            r.vectorOptimized = v;
        if (const auto p = m_settings->graphAnalyticsPlugin();
            p && *p != m_instance.graphAnalyticsPlugin.value_or(false))
            r.graphAnalyticsPlugin = p;
        if (const auto n = m_settings->secondariesCount(); n && *n != m_instance.secondariesCount.value_or(0))
            r.secondariesCount = n;
        const QString currentCdc = m_instance.cdcEnrichmentMode.isEmpty() ? u"OFF"_s : m_instance.cdcEnrichmentMode;
        if (const auto c = m_settings->cdcEnrichmentMode(); c && c->compare(currentCdc, Qt::CaseInsensitive) != 0)
            r.cdcEnrichmentMode = c;
    }
    if (r.isEmpty())
        return std::nullopt;
    return r;
}

} // namespace Aura
