#include "ui/dialogs/restoresnapshotdialog.h"

#include "ui/dialogs/configurationpicker.h"
#include "ui/dialogs/namefield.h"
#include "ui/dialogs/snapshotpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

QString RestoreSnapshotDialog::proposedName(const QString &sourceName)
{
    const QString suffix = u"-restored"_s;
    const QString base = sourceName.trimmed().left(MaxInstanceNameLength - suffix.size()).trimmed();
    return base.isEmpty() ? suffix.mid(1) : base + suffix;
}

RestoreSnapshotDialog::RestoreSnapshotDialog(const Instance &source, const Tenant &tenant,
    const QList<Snapshot> &snapshots, const QString &snapshotId, QWidget *parent, Kind kind)
    : FormDialog(parent)
    , m_kind(kind)
    , m_source(source)
    , m_tenant(tenant)
{
    const bool clone = kind == Kind::Clone;
    setObjectName(clone ? u"cloneSnapshotDialog"_s : u"restoreSnapshotDialog"_s);
    setWindowTitle(clone ? tr("New Instance from a Snapshot") : tr("Restore Snapshot to a New Instance"));

    const QString sourceName = source.displayName().toHtmlEscaped();
    auto *intro = new QLabel(clone ? tr("Creates a new instance with the data of an exportable snapshot of <b>%1</b>, "
                                        "with at least its memory and storage. The instance <b>%1</b> itself is not "
                                        "changed. The new instance is billed from the moment it is created.")
                                         .arg(sourceName)
                                   : tr("Creates a new instance with the data of a snapshot of <b>%1</b>. The instance "
                                        "<b>%1</b> itself is not changed. The new instance is billed from the moment "
                                        "it is created.")
                                         .arg(sourceName),
        this);
    intro->setWordWrap(true);

    m_snapshots = new SnapshotPicker(this);
    // The live service makes new instances only from exportable (full) snapshots.
    m_snapshots->setRequireExportable(clone);
    m_snapshots->setSnapshots(snapshots, snapshotId);
    m_name = new NameField(this);
    m_name->setName(proposedName(source.name));
    m_configuration = new ConfigurationPicker(this);
    m_configuration->setVersionVisible(clone); // the seed's restore request carries no version
    m_sizeProblem = createErrorLabel(u"sizeProblem"_s, this);
    m_configuration->setOptions(ConfigurationOptions(tenant.configurations),
        ConfigurationChoice {source.type, source.cloudProvider, source.region, source.memory, source.version});

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("New &name:"), m_name);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_name)))
        label->setBuddy(m_name->lineEdit());

    auto *snapshotsLabel = new QLabel(tr("&Snapshot:"), this);
    snapshotsLabel->setBuddy(m_snapshots->view());
    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(snapshotsLabel);
    contentLayout()->addWidget(m_snapshots, 1);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_configuration);
    contentLayout()->addWidget(m_sizeProblem);

    acceptButton()->setText(clone ? tr("Create Instance") : tr("Restore"));
    acceptButton()->setAccessibleName(clone ? tr("Create the new instance") : tr("Restore to a new instance"));
    registerField(u"name"_s, m_name->lineEdit(), m_name->messageLabel());
    for (const QString &field : m_configuration->fields())
        registerField(field, m_configuration->comboFor(field), m_configuration->errorLabelFor(field));

    connect(m_snapshots, &SnapshotPicker::selectionChanged, this, &RestoreSnapshotDialog::inputChanged);
    connect(m_name, &NameField::nameChanged, this, &RestoreSnapshotDialog::inputChanged);
    connect(m_configuration, &ConfigurationPicker::changed, this, &RestoreSnapshotDialog::inputChanged);
    if (tenant.configurations.isEmpty())
        showMessage(tr("The project allows no instance configurations, so no instance can be created in it."));
    inputChanged();
}

QString RestoreSnapshotDialog::sizeProblem() const
{
    if (m_kind != Kind::Clone || !m_configuration->isComplete())
        return {};
    const auto gigabytes
        = [](const QString &size) { return size.endsWith(u"GB"_s) ? QStringView(size).chopped(2).toInt() : 0; };
    if (gigabytes(m_configuration->choice().memory) < gigabytes(m_source.memory))
        return tr("The new instance needs at least the memory of “%1” (%2).")
            .arg(m_source.displayName(), m_source.memory);
    if (gigabytes(m_configuration->storage()) < gigabytes(m_source.storage))
        return tr("The new instance needs at least the storage of “%1” (%2).")
            .arg(m_source.displayName(), m_source.storage);
    return {};
}

QString RestoreSnapshotDialog::snapshotId() const
{
    const std::optional<Snapshot> s = m_snapshots->selectedSnapshot();
    return s ? s->snapshotId : QString();
}

bool RestoreSnapshotDialog::isInputValid() const
{
    const QString problem = sizeProblem();
    m_sizeProblem->setText(problem);
    m_sizeProblem->setVisible(!problem.isEmpty());
    return m_snapshots->selectedSnapshot().has_value() && m_name->isValid() && m_configuration->isComplete()
        && problem.isEmpty();
}

std::optional<RestoreSnapshotRequest> RestoreSnapshotDialog::request() const
{
    if (!isInputValid())
        return std::nullopt;
    const ConfigurationChoice c = m_configuration->choice();
    RestoreSnapshotRequest r;
    r.tenantId = m_tenant.id;
    r.name = m_name->name();
    r.type = c.type;
    r.cloudProvider = c.cloudProvider;
    r.region = c.region;
    r.memory = c.memory;
    return r;
}

std::optional<CreateInstanceRequest> RestoreSnapshotDialog::cloneRequest() const
{
    const std::optional<RestoreSnapshotRequest> restore = request();
    if (!restore)
        return std::nullopt;
    CreateInstanceRequest r;
    r.tenantId = restore->tenantId;
    r.name = restore->name;
    r.type = restore->type;
    r.cloudProvider = restore->cloudProvider;
    r.region = restore->region;
    r.memory = restore->memory;
    r.version = m_configuration->choice().version;
    r.storage = m_configuration->storage();
    r.sourceInstanceId = m_source.id;
    r.sourceSnapshotId = snapshotId();
    return r;
}

} // namespace Aura
