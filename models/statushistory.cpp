#include "models/statushistory.h"

#include <algorithm>

namespace Aura {

QList<StatusSpan> statusSpans(const StatusHistory &history, const QDateTime &now)
{
    QList<StatusSpan> spans;
    spans.reserve(history.size());
    for (qsizetype k = 0; k < history.size(); ++k) {
        const StatusTransition &t = history.at(k);
        const bool ongoing = k + 1 == history.size();
        const QDateTime end = ongoing ? now : history.at(k + 1).since;
        // A clock that went backwards must not show negative durations.
        spans.append({t.status, std::max<qint64>(0, t.since.secsTo(end)), t.firstSeen, ongoing});
    }
    return spans;
}

} // namespace Aura
