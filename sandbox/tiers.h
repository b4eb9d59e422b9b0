#pragma once

#include <QString>

namespace AuraSandbox {

// What each instance type (tier) of Aura offers, as the live service's documentation describes it; both dialects
// share these rules.
struct Tier
{
    // Scheduled snapshots: a daily one (exportable) and, where the tier has them, an hourly differential one
    // (not exportable), each kept this many days.
    int dailyRetentionDays = 0; // 0 = no scheduled snapshots
    int hourlyRetentionDays = 0; // 0 = no hourly ones
    int maxSecondaries = 0; // 0 = no secondaries
    bool cdc = false;
    bool graphAnalyticsPlugin = false;
    bool pausable = true;
    bool overwritable = true;
    bool paid = true;
};

const Tier &tierOf(const QString &type);

} // namespace AuraSandbox
