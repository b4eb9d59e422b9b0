#pragma once

#include "api/dto/instance.h"
#include "api/dto/requests.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Aura {

// What the user asked an instance to become (a resize, a change of settings, an upgrade) while the service works on
// it in the background: the live service keeps answering with the old values until the change lands, so the
// console shows the target beside them ("updating to 8GB") instead of the old size alone.
struct RequestedChange
{
    std::optional<QString> memory;
    std::optional<QString> storage;
    std::optional<QString> type;
    std::optional<bool> vectorOptimized;
    std::optional<bool> graphAnalyticsPlugin;
    std::optional<qint64> secondariesCount;
    std::optional<QString> cdcEnrichmentMode;

    static RequestedChange of(const UpdateInstanceRequest &request); // the name is no background change: left out
    static RequestedChange upgradeTo(const QString &type, const UpgradeInstanceRequest &request);

    bool isEmpty() const
    {
        return !memory && !storage && !type && !vectorOptimized && !graphAnalyticsPlugin && !secondariesCount
            && !cdcEnrichmentMode;
    }
    // True when the instance shows every value asked for (the change has landed). A value the instance does not
    // report at all (a field its dialect leaves out) is taken as landed, so nothing waits on it forever.
    bool isMetBy(const Instance &instance) const;
    // The values asked for, in words: "8GB", "8GB, 16GB storage, vector optimization on".
    QString summary() const;

    friend bool operator==(const RequestedChange &, const RequestedChange &) = default;
};

// A requested change the console waits for: since when, and whether the instance has gone through a transitional
// status since (once it settles again without the values, the change did not land and is forgotten).
struct PendingChange
{
    RequestedChange change;
    QDateTime since;
    bool moved = false;
};

} // namespace Aura
