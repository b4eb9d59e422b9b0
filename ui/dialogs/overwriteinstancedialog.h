#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "api/dto/snapshot.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

class QCheckBox;
class QComboBox;

namespace Aura {

class SnapshotPicker;
class TypeToConfirm;

// Replaces all data of one instance (the target) with a snapshot of itself or of another instance. The target is
// named at the top and must be typed to confirm. The snapshots of the chosen source are loaded by the controller:
// it answers snapshotsRequested() (and the initial sourceInstanceId()) with setSnapshots().
class OverwriteInstanceDialog final : public FormDialog
{
    Q_OBJECT
public:
    OverwriteInstanceDialog(const Instance &target, const QList<Instance> &sources, QWidget *parent = nullptr);

    QString targetInstanceId() const { return m_target.id; }
    QString sourceInstanceId() const;
    // Answers for an instance that is no longer the chosen source are ignored.
    void setSnapshots(const QString &sourceInstanceId, const QList<Snapshot> &snapshots);
    void setSnapshotsUnavailable(const QString &sourceInstanceId, const QString &message);

    // The live service can take a fresh snapshot of the source itself: offered (and chosen at first) when it can.
    void setFreshSnapshotOffered(bool offered);

    std::optional<OverwriteInstanceRequest> request() const;

Q_SIGNALS:
    void snapshotsRequested(const QString &sourceInstanceId);

protected:
    bool isInputValid() const override;

private:
    Instance m_target;
    QComboBox *m_sourceCombo = nullptr;
    SnapshotPicker *m_snapshots = nullptr;
    QCheckBox *m_fresh = nullptr;
    TypeToConfirm *m_confirm = nullptr;
};

} // namespace Aura
