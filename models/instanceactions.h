#pragma once

#include "api/capabilities.h"
#include "api/dto/instance.h"

#include <QList>
#include <QString>

namespace Aura {

// The things a user can do to instances, and when each makes sense. Plain rules over the selected instances'
// statuses and types, so the toolbar, the menus and the context menu agree, and the reasons can be tested.
enum class InstanceAction {
    Create,
    Pause,
    Resume,
    Resize, // memory, and on the live service storage and the other settings too
    Upgrade, // professional-db to business-critical (live service only)
    Rename,
    Delete,
    TakeSnapshot,
    RestoreSnapshot, // into a new instance: the seed's restore, the live service's clone
    RestoreInPlace, // the instance's own data replaced by its snapshot (live service only)
    OverwriteFromSnapshot,
    CopyConnectionUrl,
    Refresh,
};

struct ActionAvailability
{
    bool enabled = false;
    QString reason; // why it is disabled, for the tooltip; empty when enabled

    static ActionAvailability yes() { return {true, {}}; }
    static ActionAvailability no(QString why) { return {false, std::move(why)}; }
};

// Whether `action` can run on `selection` (the selected instances, in selection order). `connected` says whether
// the console has a working connection to the API at all; `capabilities` are those of the selection's service.
ActionAvailability availability(
    InstanceAction action, const QList<Instance> &selection, bool connected, const Capabilities &capabilities);

// Actions that may run on several instances at once, reporting per instance.
bool worksOnSeveral(InstanceAction action);

} // namespace Aura
