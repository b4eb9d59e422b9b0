#include "api/dto/status.h"

#include <QLatin1StringView>

namespace Aura {

StatusCategory instanceStatusCategory(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s.isEmpty())
        return StatusCategory::NotYetKnown;
    if (s == u"running" || s == u"paused" || s == u"suspended")
        return StatusCategory::Stable;
    if (s == u"creating" || s == u"pausing" || s == u"resuming" || s == u"updating" || s == u"destroying"
        || s == u"loading" || s == u"restoring" || s == u"suspending" || s == u"overwriting" || s == u"resizing"
        || s == u"deleting" || s == u"upgrading")
        return StatusCategory::InProgress;
    if (s.contains(u"fail"))
        return StatusCategory::Failed;
    if (s == u"destroyed" || s == u"deleted")
        return StatusCategory::Gone;
    return StatusCategory::Unknown;
}

bool isTransitional(const QString &status)
{
    return instanceStatusCategory(status) == StatusCategory::InProgress;
}

StatusCategory snapshotStatusCategory(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == u"completed")
        return StatusCategory::Stable;
    if (s == u"inprogress" || s == u"pending")
        return StatusCategory::InProgress;
    if (s == u"failed" || s == u"cancelled")
        return StatusCategory::Failed;
    return StatusCategory::Unknown;
}

} // namespace Aura
