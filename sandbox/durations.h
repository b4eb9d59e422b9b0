#pragma once

#include <QtGlobal>

namespace AuraSandbox {

// How long each operation takes at time scale 1, in seconds; close to what the live service shows.
struct Durations
{
    double creating = 90;
    double pausing = 40;
    double resuming = 45;
    double updating = 60;
    double destroying = 20;
    double destroyedVisible = 30; // a destroyed instance stays listed this long, then answers 404
    double loading = 75; // a new instance restored from a snapshot
    double restoring = 50; // an instance overwritten from a snapshot
    double snapshot = 30; // an on-demand snapshot is InProgress this long
    double scheduledSnapshotInterval = 3600;
};

} // namespace AuraSandbox
