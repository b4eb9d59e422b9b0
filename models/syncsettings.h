#pragma once

#include <chrono>

namespace Aura {

// How often the Synchronizer asks the service for what. The ui loads and saves it (QSettings); defaults keep
// the console well inside the live service's 125 requests per minute, leaving room for the user's actions.
struct SyncSettings
{
    using Ms = std::chrono::milliseconds;

    Ms fullRefreshInterval {std::chrono::seconds(60)}; // tenants + instances
    Ms fastPollInterval {std::chrono::seconds(5)}; // first re-read of an instance in a transitional status
    Ms fastPollMaxInterval {std::chrono::seconds(60)}; // the backoff stops growing here
    double fastPollBackoff = 1.5; // each poll that finds the instance still busy waits this much longer
    Ms snapshotPollInterval {std::chrono::seconds(10)}; // while a snapshot is in progress
    // Live dialect: the list carries no status, so idle instances' details are re-read this often.
    Ms staleDetailsAfter {std::chrono::minutes(10)};
    // Live dialect: each project's allowed configurations (GET /tenants/{id}) are re-read this rarely.
    Ms tenantDetailsInterval {std::chrono::hours(6)};
    int hiddenSlowdown = 4; // every interval is this many times longer while the window is hidden
    int followUpPolls = 3; // after a user action, polls while the status has not started to move yet
    // Shares of the account's request budget (ClientSettings::requestsPerMinute per minute, 125 live): background
    // work starts only while fewer requests than this went out in the budget's window, user actions any time.
    int requestsPerWindow = 60;
    // While instances show no status at all (the live list's summaries at start), their first details may use
    // this much of the window: the live limit is 125 a minute, the rest stays free for what the user does.
    int catchUpRequestsPerWindow = 110;
    // A list that brings more new instances than this (the first load of a large account) is applied this many
    // at a time, one turn of the event loop each, so the window paints and answers in between.
    int listSliceSize = 500;

    // The same settings with every duration divided by `factor` and the shares multiplied by it: runs that turn
    // minutes into seconds against a real service (whose client's requestsPerMinute they raise by the same factor).
    SyncSettings scaledDown(int factor) const
    {
        SyncSettings s = *this;
        for (Ms *d : {&s.fullRefreshInterval, &s.fastPollInterval, &s.fastPollMaxInterval, &s.snapshotPollInterval,
                 &s.staleDetailsAfter, &s.tenantDetailsInterval})
            *d /= factor;
        s.requestsPerWindow *= factor;
        s.catchUpRequestsPerWindow *= factor;
        return s;
    }
};

} // namespace Aura
