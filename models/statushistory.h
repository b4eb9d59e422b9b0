#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Aura {

// One observed status change. `since` is when this console first saw the status; for the first status seen of an
// instance (firstSeen) the status may have begun earlier, so a duration ending there is only a lower bound.
struct StatusTransition
{
    QString status;
    QDateTime since;
    bool firstSeen = false;

    friend bool operator==(const StatusTransition &, const StatusTransition &) = default;
};
using StatusHistory = QList<StatusTransition>;

// How long each observed status lasted: until the next transition, or until `now` for the current one. What a
// view needs for "resuming for 2 min" (the last span) and "creating took 4 min 12 s" (a finished one).
struct StatusSpan
{
    QString status;
    qint64 seconds = 0;
    bool atLeast = false; // began before the console saw it: the real duration may be longer
    bool ongoing = false; // the current status
};
QList<StatusSpan> statusSpans(const StatusHistory &history, const QDateTime &now);

} // namespace Aura

Q_DECLARE_METATYPE(Aura::StatusTransition)
