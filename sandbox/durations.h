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
    double loading = 75; // a new instance restored or cloned from a snapshot
    double restoring = 50; // an instance restored in place or overwritten from a snapshot
    double snapshot = 30; // an on-demand snapshot takes this long: Pending (queued) for the first
    double snapshotPending = 3; // seconds of it, then InProgress
    double settling = 30; // a status set on the control endpoint that moves on by itself
    double dailySnapshotInterval = 24 * 3600;
    double hourlySnapshotInterval = 3600;
    double day = 24 * 3600; // the unit of snapshot retention
};

} // namespace AuraSandbox
