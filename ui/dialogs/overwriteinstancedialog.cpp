#include "ui/dialogs/overwriteinstancedialog.h"

#include "ui/dialogs/snapshotpicker.h"
#include "ui/dialogs/typetoconfirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
QString describe(const Instance &instance)
{
    return instance.name.isEmpty() ? instance.id : u"%1 (%2)"_s.arg(instance.name, instance.id);
}
} // namespace

OverwriteInstanceDialog::OverwriteInstanceDialog(
    const Instance &target, const QList<Instance> &sources, QWidget *parent)
    : FormDialog(parent)
    , m_target(target)
{
    setObjectName(u"overwriteInstanceDialog"_s);
    setWindowTitle(tr("Overwrite Instance from a Snapshot"));

    auto *warning = createDataLossWarning(u"targetWarning"_s,
        tr("<b>All data in %1 will be replaced.</b><br>The instance <b>%1</b> loses everything it holds now and gets "
           "the data of the snapshot you choose below. This cannot be undone; take a snapshot of it first if you may "
           "need its data.")
            .arg(describe(target).toHtmlEscaped()),
        tr("Instance that will lose its data"), this);

    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(u"sourceInstanceCombo"_s);
    m_sourceCombo->setAccessibleName(tr("Instance whose snapshot is used"));
    m_sourceCombo->addItem(tr("%1 (this instance)").arg(describe(target)), target.id);
    // The other instances by name, as the table lists them.
    QList<Instance> others;
    for (const Instance &i : sources) {
        if (i.id != target.id)
            others << i;
    }
    std::stable_sort(others.begin(), others.end(), [](const Instance &a, const Instance &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    for (const Instance &i : std::as_const(others))
        m_sourceCombo->addItem(describe(i), i.id);
    QLabel *sourceError = createErrorLabel(u"sourceInstanceComboError"_s, this);

    m_snapshots = new SnapshotPicker(this);
    m_snapshots->setLoading();
    QLabel *snapshotError = createErrorLabel(u"snapshotListError"_s, this);

    m_fresh = new QCheckBox(tr("Take a &fresh snapshot of the source now and use it"), this);
    m_fresh->setObjectName(u"freshSnapshotCheck"_s);
    m_fresh->hide();
    m_confirm = new TypeToConfirm(target, this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    auto *sourceCell = new QVBoxLayout;
    sourceCell->setSpacing(2);
    sourceCell->addWidget(m_sourceCombo);
    sourceCell->addWidget(sourceError);
    form->addRow(tr("&Data from:"), sourceCell);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(sourceCell)))
        label->setBuddy(m_sourceCombo);

    auto *snapshotsLabel = new QLabel(tr("&Snapshot:"), this);
    snapshotsLabel->setBuddy(m_snapshots->view());
    contentLayout()->addWidget(warning);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_fresh);
    contentLayout()->addWidget(snapshotsLabel);
    contentLayout()->addWidget(m_snapshots, 1);
    contentLayout()->addWidget(snapshotError);
    contentLayout()->addWidget(m_confirm);

    acceptButton()->setText(tr("Overwrite"));
    acceptButton()->setAccessibleName(tr("Overwrite the instance's data"));
    acceptButton()->setDefault(false);
    acceptButton()->setAutoDefault(false);
    registerField(u"source_instance_id"_s, m_sourceCombo, sourceError);
    registerField(u"source_snapshot_id"_s, m_snapshots->view(), snapshotError);

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        clearServerError(u"source_instance_id"_s);
        m_snapshots->setLoading();
        Q_EMIT snapshotsRequested(sourceInstanceId());
    });
    connect(m_snapshots, &SnapshotPicker::selectionChanged, this, [this] {
        clearServerError(u"source_snapshot_id"_s);
        inputChanged();
    });
    connect(m_confirm, &TypeToConfirm::confirmedChanged, this, &OverwriteInstanceDialog::inputChanged);
    connect(m_fresh, &QCheckBox::toggled, this, [this](bool fresh) {
        m_snapshots->setEnabled(!fresh);
        inputChanged();
    });
    inputChanged();
    m_confirm->lineEdit()->setFocus();
}

QString OverwriteInstanceDialog::sourceInstanceId() const
{
    return m_sourceCombo->currentData().toString();
}

void OverwriteInstanceDialog::setSnapshots(const QString &sourceInstanceId, const QList<Snapshot> &snapshots)
{
    if (sourceInstanceId == this->sourceInstanceId())
        m_snapshots->setSnapshots(snapshots);
}

void OverwriteInstanceDialog::setSnapshotsUnavailable(const QString &sourceInstanceId, const QString &message)
{
    if (sourceInstanceId == this->sourceInstanceId())
        m_snapshots->setUnavailable(message);
}

void OverwriteInstanceDialog::setFreshSnapshotOffered(bool offered)
{
    m_fresh->setVisible(offered);
    m_fresh->setChecked(offered);
}

bool OverwriteInstanceDialog::isInputValid() const
{
    const bool fresh = !m_fresh->isHidden() && m_fresh->isChecked();
    return (fresh || m_snapshots->selectedSnapshot().has_value()) && m_confirm->isConfirmed();
}

std::optional<OverwriteInstanceRequest> OverwriteInstanceDialog::request() const
{
    if (!isInputValid())
        return std::nullopt;
    OverwriteInstanceRequest r;
    r.sourceInstanceId = sourceInstanceId();
    // Without a snapshot the live service takes a fresh one of the source.
    if (!(!m_fresh->isHidden() && m_fresh->isChecked()))
        r.sourceSnapshotId = m_snapshots->selectedSnapshot()->snapshotId;
    return r;
}

} // namespace Aura
