#pragma once

#include "models/syncsettings.h"

class QSettings;

namespace Aura {

// The polling intervals in the application settings, group [Sync], in seconds (fullRefreshSeconds,
// fastPollSeconds, fastPollMaxSeconds, fastPollBackoff, snapshotPollSeconds, staleDetailsSeconds, hiddenSlowdown,
// followUpPolls, backgroundRequestsPerMinute). Missing or unusable values keep their defaults; values are kept
// within bounds that protect the account's request budget (no interval under one second).
SyncSettings loadSyncSettings(const QSettings &settings);

} // namespace Aura
