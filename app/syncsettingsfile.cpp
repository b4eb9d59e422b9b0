#include "app/syncsettingsfile.h"

#include <QSettings>

#include <algorithm>

namespace Aura {

namespace {
using Ms = std::chrono::milliseconds;

Ms seconds(const QSettings &s, const QString &key, Ms fallback, double minimum, double maximum)
{
    bool ok = false;
    const double value = s.value(QStringLiteral("Sync/") + key).toDouble(&ok);
    if (!ok)
        return fallback;
    return Ms(static_cast<qint64>(std::clamp(value, minimum, maximum) * 1000.0));
}

int integer(const QSettings &s, const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = s.value(QStringLiteral("Sync/") + key).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}
} // namespace

SyncSettings loadSyncSettings(const QSettings &s)
{
    SyncSettings d;
    d.fullRefreshInterval = seconds(s, QStringLiteral("fullRefreshSeconds"), d.fullRefreshInterval, 10, 3600);
    d.fastPollInterval = seconds(s, QStringLiteral("fastPollSeconds"), d.fastPollInterval, 1, 300);
    d.fastPollMaxInterval = std::max(
        d.fastPollInterval, seconds(s, QStringLiteral("fastPollMaxSeconds"), d.fastPollMaxInterval, 1, 3600));
    bool ok = false;
    const double backoff = s.value(QStringLiteral("Sync/fastPollBackoff")).toDouble(&ok);
    if (ok)
        d.fastPollBackoff = std::clamp(backoff, 1.0, 4.0);
    d.snapshotPollInterval = seconds(s, QStringLiteral("snapshotPollSeconds"), d.snapshotPollInterval, 1, 600);
    d.staleDetailsAfter = seconds(s, QStringLiteral("staleDetailsSeconds"), d.staleDetailsAfter, 30, 86400);
    d.hiddenSlowdown = integer(s, QStringLiteral("hiddenSlowdown"), d.hiddenSlowdown, 1, 60);
    d.followUpPolls = integer(s, QStringLiteral("followUpPolls"), d.followUpPolls, 0, 20);
    d.requestsPerWindow = integer(s, QStringLiteral("backgroundRequestsPerMinute"), d.requestsPerWindow, 1, 125);
    d.catchUpRequestsPerWindow
        = integer(s, QStringLiteral("catchUpRequestsPerMinute"), d.catchUpRequestsPerWindow, 1, 125);
    d.tenantDetailsInterval
        = seconds(s, QStringLiteral("tenantDetailsSeconds"), d.tenantDetailsInterval, 60, 7 * 86400);
    return d;
}

} // namespace Aura
