#pragma once

#include "api/dto/instance.h"
#include "api/dto/snapshot.h"
#include "ui/dialogs/formdialog.h"

namespace Aura {

class SnapshotPicker;
class TypeToConfirm;

// Restoring an instance in place (the live service's restore): which of its snapshots, and the instance's name
// typed as confirmation, because everything written to it since that snapshot is lost.
class RestoreInPlaceDialog final : public FormDialog
{
    Q_OBJECT
public:
    RestoreInPlaceDialog(const Instance &instance, const QList<Snapshot> &snapshots, const QString &snapshotId = {},
        QWidget *parent = nullptr);

    QString instanceId() const { return m_instance.id; }
    // Empty while no completed snapshot is selected or the name is not confirmed.
    QString snapshotId() const;

protected:
    bool isInputValid() const override;

private:
    Instance m_instance;
    SnapshotPicker *m_snapshots = nullptr;
    TypeToConfirm *m_confirm = nullptr;
};

} // namespace Aura
