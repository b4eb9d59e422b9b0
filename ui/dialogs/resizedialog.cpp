#include "ui/dialogs/resizedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

ResizeDialog::ResizeDialog(const Instance &instance, const ConfigurationOptions &options, QWidget *parent)
    : FormDialog(parent)
    , m_instance(instance)
    , m_options(options)
{
    setObjectName(u"resizeDialog"_s);
    setWindowTitle(tr("Resize Instance"));

    const QString shownName = instance.displayName();
    auto *title = new QLabel(tr("Resize <b>%1</b>").arg(shownName.toHtmlEscaped()), this);
    title->setObjectName(u"titleLabel"_s);

    auto *current = new QLabel(this);
    current->setObjectName(u"currentSizeLabel"_s);
    current->setAccessibleName(tr("Current size"));
    const QString unknown = tr("unknown");
    current->setText(tr("%1 memory, %2 storage")
                         .arg(instance.memory.isEmpty() ? unknown : instance.memory,
                             instance.storage.isEmpty() ? unknown : instance.storage));

    m_memoryCombo = new QComboBox(this);
    m_memoryCombo->setObjectName(u"memoryCombo"_s);
    m_memoryCombo->setAccessibleName(tr("New memory size"));
    const QStringList sizes = options.resizeMemorySizes(instance.type, instance.cloudProvider, instance.region);
    for (const QString &size : sizes) {
        m_memoryCombo->addItem(size == instance.memory ? tr("%1 (current)").arg(size) : size, size);
    }
    const int currentIndex = m_memoryCombo->findData(instance.memory);
    m_memoryCombo->setCurrentIndex(currentIndex >= 0 ? currentIndex : (sizes.isEmpty() ? -1 : 0));
    QLabel *memoryError = createErrorLabel(u"memoryComboError"_s, this);

    m_newStorage = new QLabel(this);
    m_newStorage->setObjectName(u"newStorageLabel"_s);
    m_newStorage->setAccessibleName(tr("Storage after resizing"));

    auto *explanation = new QLabel(tr("Resizing changes the memory of the instance, the storage that comes with it, "
                                      "and what it costs. The data and the connection URL stay the same. The "
                                      "instance is updated in the background, which can take several minutes; until "
                                      "that is done it cannot be changed again, and it may still show the old size."),
        this);
    explanation->setObjectName(u"explanationLabel"_s);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Current size:"), current);
    auto *memoryCell = new QVBoxLayout;
    memoryCell->setSpacing(2);
    memoryCell->addWidget(m_memoryCombo);
    memoryCell->addWidget(memoryError);
    form->addRow(tr("New &memory:"), memoryCell);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(memoryCell)))
        label->setBuddy(m_memoryCombo);
    form->addRow(tr("New storage:"), m_newStorage);

    contentLayout()->addWidget(title);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(explanation);

    acceptButton()->setText(tr("Resize"));
    acceptButton()->setAccessibleName(tr("Resize instance"));
    registerField(u"memory"_s, m_memoryCombo, memoryError);

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

void ResizeDialog::updateStorage()
{
    const QString storage = m_options.storage(
        ConfigurationChoice {m_instance.type, m_instance.cloudProvider, m_instance.region, selectedMemory(), {}});
    m_newStorage->setText(storage.isEmpty() ? tr("Set by the server for the chosen memory") : storage);
}

bool ResizeDialog::isInputValid() const
{
    const QString memory = selectedMemory();
    return !memory.isEmpty() && memory != m_instance.memory;
}

std::optional<UpdateInstanceRequest> ResizeDialog::request() const
{
    if (!isInputValid())
        return std::nullopt;
    UpdateInstanceRequest r;
    r.memory = selectedMemory();
    return r;
}

} // namespace Aura
