#pragma once

#include "sandbox/records.h"

namespace AuraSandbox {

// The offers of a typical project: professional and enterprise types in several regions of each cloud, and
// optionally the free tier (1GB, one region per cloud).
QList<RegionOffer> standardOffers(bool withFreeTier);

// A few tenants and a dozen instances in varied states, with snapshots. Transitions in progress end relative to
// nowMs, at time scale 1. The seed contract's types only.
SandboxData demoData(qint64 nowMs);

// The offers of a project on the live service: also business-critical and professional-ds, versions 4 and 5, and
// storage beyond the default where the tier allows it.
QList<RegionOffer> liveOffers(bool withFreeTier);

// A real organisation on the live service: every tier with its snapshot schedule and a few days of scheduled
// snapshots, secondaries and CDC, vector optimization, the Graph Analytics plugin, a customer-managed key and a
// Graph Analytics session, and instances in varied states.
SandboxData liveDemoData(qint64 nowMs);

// Shortens (or stretches) what is still to come after nowMs by factor: transitions and scheduled snapshots.
void rescale(SandboxData &data, qint64 nowMs, double factor);

// tenantCount tenants with instanceCount running or paused instances each, for benchmarks (e.g. 100 x 100).
SandboxData generatedData(int tenantCount, int instanceCount, qint64 nowMs, quint32 seed = 1);

} // namespace AuraSandbox
