#include "ui/dialogs/restoreinplacedialog.h"

#include "ui/dialogs/snapshotpicker.h"
#include "ui/dialogs/typetoconfirm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

RestoreInPlaceDialog::RestoreInPlaceDialog(
    const Instance &instance, const QList<Snapshot> &snapshots, const QString &snapshotId, QWidget *parent)
    : FormDialog(parent)
    , m_instance(instance)
{
    setObjectName(u"restoreInPlaceDialog"_s);
    setWindowTitle(tr("Restore Snapshot in Place"));
    const QString name = instance.displayName().toHtmlEscaped();
    auto *warning = createDataLossWarning(u"restoreWarning"_s,
        tr("<b>%1 goes back to the snapshot you choose.</b><br>Everything written to <b>%1</b> since that snapshot "
           "was taken is lost, and the instance is unavailable while it is restored. No new instance is made. This "
           "cannot be undone; take a snapshot first if you may need the data it holds now.")
            .arg(name),
        tr("Instance that will lose its newer data"), this);

    m_snapshots = new SnapshotPicker(this);
    m_snapshots->setSnapshots(snapshots, snapshotId);
    QLabel *snapshotError = createErrorLabel(u"snapshotListError"_s, this);
    m_confirm = new TypeToConfirm(instance, this);

    auto *snapshotsLabel = new QLabel(tr("&Snapshot:"), this);
    snapshotsLabel->setBuddy(m_snapshots->view());
    contentLayout()->addWidget(warning);
    contentLayout()->addWidget(snapshotsLabel);
    contentLayout()->addWidget(m_snapshots, 1);
    contentLayout()->addWidget(snapshotError);
    contentLayout()->addWidget(m_confirm);

    acceptButton()->setText(tr("Restore in Place"));
    acceptButton()->setAccessibleName(tr("Replace the instance's data with the snapshot"));
    acceptButton()->setDefault(false);
    acceptButton()->setAutoDefault(false);
    registerField(u"snapshot_id"_s, m_snapshots->view(), snapshotError);

    connect(m_snapshots, &SnapshotPicker::selectionChanged, this, &RestoreInPlaceDialog::inputChanged);
    connect(m_confirm, &TypeToConfirm::confirmedChanged, this, &RestoreInPlaceDialog::inputChanged);
    inputChanged();
    m_confirm->lineEdit()->setFocus();
}

QString RestoreInPlaceDialog::snapshotId() const
{
    if (!isInputValid())
        return {};
    return m_snapshots->selectedSnapshot()->snapshotId;
}

bool RestoreInPlaceDialog::isInputValid() const
{
    return m_snapshots->selectedSnapshot().has_value() && m_confirm->isConfirmed();
}

} // namespace Aura
