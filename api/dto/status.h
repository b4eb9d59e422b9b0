#pragma once

#include <QString>

namespace Aura {

// How a status reads at a glance. Statuses are kept verbatim as the server sends them; this is only a grouping,
// so a status this build has never heard of is still shown, as Unknown.
enum class StatusCategory {
    Stable, // running, paused, suspended: nothing is happening
    InProgress, // creating, pausing, resuming, updating, ...: the server is working, poll closely
    Failed, // loading failed and friends
    Gone, // destroyed: the instance is going away for good
    Unknown, // a status the console does not know, shown verbatim
    NotYetKnown, // no status yet: the live list gives none, the instance's details are on their way
};

StatusCategory instanceStatusCategory(const QString &status);

// True while the server is working on the instance and its status will change by itself.
bool isTransitional(const QString &status);

StatusCategory snapshotStatusCategory(const QString &status);

} // namespace Aura
