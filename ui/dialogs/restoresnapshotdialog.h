#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"
#include "api/dto/snapshot.h"
#include "api/dto/tenant.h"
#include "ui/dialogs/formdialog.h"

#include <optional>

class QLabel;

namespace Aura {

class ConfigurationPicker;
class NameField;
class SnapshotPicker;

// A new instance from one of an instance's snapshots: which snapshot, the new name, and settings prefilled from
// the source instance and limited to what its project allows. The source instance is not changed. Two kinds: the
// seed's restore to a new instance, and the live service's clone (only exportable snapshots, at least the
// source's memory and storage, a version).
class RestoreSnapshotDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum class Kind { RestoreToNew, Clone };

    RestoreSnapshotDialog(const Instance &source, const Tenant &tenant, const QList<Snapshot> &snapshots,
        const QString &snapshotId = {}, QWidget *parent = nullptr, Kind kind = Kind::RestoreToNew);

    QString sourceInstanceId() const { return m_source.id; }
    QString snapshotId() const;
    // nullopt while no usable snapshot is selected or the form is invalid. request() for RestoreToNew,
    // cloneRequest() (POST /instances with the source) for Clone.
    std::optional<RestoreSnapshotRequest> request() const;
    std::optional<CreateInstanceRequest> cloneRequest() const;

    // "<source name>-restored", shortened to fit the name rules.
    static QString proposedName(const QString &sourceName);

protected:
    bool isInputValid() const override;

private:
    // Why the chosen size cannot hold the source's data; empty when it can (or for RestoreToNew).
    QString sizeProblem() const;

    Kind m_kind;
    Instance m_source;
    Tenant m_tenant;
    SnapshotPicker *m_snapshots = nullptr;
    NameField *m_name = nullptr;
    ConfigurationPicker *m_configuration = nullptr;
    QLabel *m_sizeProblem = nullptr;
};

} // namespace Aura
