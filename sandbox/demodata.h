#pragma once

#include "records.h"

namespace AuraSandbox {

// The offers of a typical project: professional and enterprise types in several regions of each cloud, and
// optionally the free tier (1GB, one region per cloud).
QList<RegionOffer> standardOffers(bool withFreeTier);

// A few tenants and a dozen instances in varied states, with snapshots. Transitions in progress end relative to
// nowMs, at time scale 1.
SandboxData demoData(qint64 nowMs);

// Shortens (or stretches) what is still to come after nowMs by factor: transitions and scheduled snapshots.
void rescale(SandboxData &data, qint64 nowMs, double factor);

// tenantCount tenants with instanceCount running or paused instances each, for benchmarks (e.g. 100 x 100).
SandboxData generatedData(int tenantCount, int instanceCount, qint64 nowMs, quint32 seed = 1);

} // namespace AuraSandbox
