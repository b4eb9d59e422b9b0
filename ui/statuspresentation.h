#pragma once

#include "api/dto/status.h"

#include <QColor>
#include <QDateTime>
#include <QPalette>
#include <QString>

namespace Aura {

// How a status looks, wherever it is shown (table cell, tree, details panel): one colour per category that
// reads on light and dark palettes alike, and the words beside it.
struct StatusPresentation
{
    // A colour for the category, picked to contrast with the palette's base colour.
    static QColor colour(StatusCategory category, const QPalette &palette);
    // Settled but not serving (paused, suspended): shown with two bars in a neutral colour, not as running.
    static bool isResting(const QString &status);
    static QColor restingColour(const QPalette &palette);

    // The status as the server sent it (never empty: "unknown" when there is none), with how long a transitional
    // status has lasted: "resuming · 2 min". With a change the user asked for (`pending`, in words), what it
    // becomes: "updating to 8GB · 2 min", or "running · 8GB requested" before the service has begun.
    static QString text(const QString &status, StatusCategory category, const QDateTime &since, const QDateTime &now,
        const QString &pending = {});

    // "12 s", "4 min", "2 h 5 min", "3 d": a coarse age for a status that lasts.
    static QString age(qint64 seconds);
};

} // namespace Aura
