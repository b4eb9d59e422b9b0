#include "ui/dialogs/upgradedialog.h"

#include "models/typesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

UpgradeDialog::UpgradeDialog(const Instance &instance, const ConfigurationOptions &options, QWidget *parent)
    : FormDialog(parent)
    , m_instance(instance)
    , m_options(options)
    , m_targetType(TypeSettings::of(instance.type).upgradesTo)
{
    setObjectName(u"upgradeDialog"_s);
    setWindowTitle(tr("Upgrade to Business Critical"));

    auto *title = new QLabel(
        tr("Upgrade <b>%1</b> to AuraDB Business Critical").arg(instance.displayName().toHtmlEscaped()), this);
    title->setObjectName(u"titleLabel"_s);
    title->setWordWrap(true);

    auto *explanation = new QLabel(
        tr("<p>The instance becomes a <b>%1</b> instance: it runs as a cluster across availability zones, keeps "
           "hourly snapshots for a week and daily ones for 30 days, and can have secondaries.</p>"
           "<p><b>It is billed at Business Critical rates</b> from when the upgrade lands. The data and the "
           "connection URL stay the same. The console cannot turn it back into a Professional instance.</p>")
            .arg(m_targetType.toHtmlEscaped()),
        this);
    explanation->setObjectName(u"explanationLabel"_s);
    explanation->setWordWrap(true);
    explanation->setAccessibleName(explanation->text());

    m_resize = new QCheckBox(tr("Also change the &size (memory and storage together)"), this);
    m_resize->setObjectName(u"resizeCheck"_s);
    m_memoryCombo = new QComboBox(this);
    m_memoryCombo->setObjectName(u"memoryCombo"_s);
    m_memoryCombo->setAccessibleName(tr("Memory after the upgrade"));
    m_storageCombo = new QComboBox(this);
    m_storageCombo->setObjectName(u"storageCombo"_s);
    m_storageCombo->setAccessibleName(tr("Storage after the upgrade"));
    QLabel *memoryError = createErrorLabel(u"memoryComboError"_s, this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Now:"),
        new QLabel(tr("%1, %2 memory, %3 storage").arg(instance.type, instance.memory, instance.storage), this));
    form->addRow(m_resize);
    form->addRow(tr("&Memory:"), m_memoryCombo);
    form->addRow(QString(), memoryError);
    form->addRow(tr("S&torage:"), m_storageCombo);
    for (QWidget *field : {static_cast<QWidget *>(m_memoryCombo), static_cast<QWidget *>(m_storageCombo)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }
    registerField(u"memory"_s, m_memoryCombo, memoryError);
    registerField(u"storage"_s, m_storageCombo, memoryError);

    contentLayout()->addWidget(title);
    contentLayout()->addWidget(explanation);
    contentLayout()->addLayout(form);

    acceptButton()->setText(tr("Upgrade"));
    acceptButton()->setAccessibleName(tr("Upgrade to Business Critical"));

    connect(m_resize, &QCheckBox::toggled, this, [this] {
        updateSizes();
        inputChanged();
    });
    connect(m_memoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        clearServerError(u"memory"_s);
        updateStorage();
        inputChanged();
    });
    connect(m_storageCombo, &QComboBox::currentIndexChanged, this, [this] { inputChanged(); });
    updateSizes();
    inputChanged();
}

void UpgradeDialog::updateSizes()
{
    const QStringList sizes
        = m_options.memorySizes({m_targetType, m_instance.cloudProvider, m_instance.region, {}, {}});
    const QSignalBlocker quiet(m_memoryCombo);
    m_memoryCombo->clear();
    for (const QString &size : sizes)
        m_memoryCombo->addItem(size == m_instance.memory ? tr("%1 (current)").arg(size) : size, size);
    const int current = m_memoryCombo->findData(m_instance.memory);
    m_memoryCombo->setCurrentIndex(current >= 0 ? current : 0);
    m_resize->setEnabled(!sizes.isEmpty());
    m_memoryCombo->setEnabled(m_resize->isChecked());
    m_storageCombo->setEnabled(m_resize->isChecked());
    if (sizes.isEmpty())
        m_resize->setToolTip(tr("The project lists no Business Critical sizes in %1").arg(m_instance.region));
    updateStorage();
}

void UpgradeDialog::updateStorage()
{
    const ConfigurationChoice choice {
        m_targetType, m_instance.cloudProvider, m_instance.region, m_memoryCombo->currentData().toString(), {}};
    const QSignalBlocker quiet(m_storageCombo);
    m_storageCombo->clear();
    for (const QString &size : m_options.storageSizes(choice))
        m_storageCombo->addItem(size, size);
    const int current = m_storageCombo->findData(m_instance.storage);
    m_storageCombo->setCurrentIndex(current >= 0 ? current : 0);
}

bool UpgradeDialog::isInputValid() const
{
    if (m_targetType.isEmpty())
        return false;
    // Both sizes or neither.
    return !m_resize->isChecked() || (m_memoryCombo->currentIndex() >= 0 && m_storageCombo->currentIndex() >= 0);
}

UpgradeInstanceRequest UpgradeDialog::request() const
{
    if (!m_resize->isChecked())
        return {};
    return {m_memoryCombo->currentData().toString(), m_storageCombo->currentData().toString()};
}

} // namespace Aura
