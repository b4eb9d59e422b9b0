#pragma once

#include "dto/instance.h"
#include "dto/requests.h"
#include "dto/snapshot.h"
#include "dto/tenant.h"
#include "formdialog.h"

#include <optional>

namespace Aura {

class ConfigurationPicker;
class NameField;
class SnapshotPicker;

// A new instance from one of an instance's snapshots: which snapshot, the new name, and settings prefilled from
// the source instance and limited to what its project allows. The source instance is not changed.
class RestoreSnapshotDialog final : public FormDialog
{
    Q_OBJECT
public:
    RestoreSnapshotDialog(const Instance &source, const Tenant &tenant, const QList<Snapshot> &snapshots,
        const QString &snapshotId = {}, QWidget *parent = nullptr);

    // The live service makes new instances only from exportable snapshots.
    void setRequireExportable(bool required);

    QString sourceInstanceId() const { return m_source.id; }
    QString snapshotId() const;
    // nullopt while no usable snapshot is selected or the form is invalid.
    std::optional<RestoreSnapshotRequest> request() const;

    // "<source name>-restored", shortened to fit the name rules.
    static QString proposedName(const QString &sourceName);

protected:
    bool isInputValid() const override;

private:
    Instance m_source;
    Tenant m_tenant;
    SnapshotPicker *m_snapshots = nullptr;
    NameField *m_name = nullptr;
    ConfigurationPicker *m_configuration = nullptr;
};

} // namespace Aura
