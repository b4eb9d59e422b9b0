#include "ui/statuspresentation.h"

#include <QCoreApplication>

namespace Aura {

namespace {
struct T
{
    Q_DECLARE_TR_FUNCTIONS(StatusPresentation)
};
} // namespace

QColor StatusPresentation::colour(StatusCategory category, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (category) {
    case StatusCategory::Stable:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case StatusCategory::InProgress:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case StatusCategory::Failed:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case StatusCategory::Gone:
    case StatusCategory::NotYetKnown:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case StatusCategory::Unknown:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    }
    return palette.color(QPalette::Text);
}

bool StatusPresentation::isResting(const QString &status)
{
    const QString s = status.trimmed().toLower();
    return s == u"paused" || s == u"suspended";
}

QColor StatusPresentation::restingColour(const QPalette &palette)
{
    // Grey that still reads against the base: lighter on dark palettes, darker on light ones.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x6b, 0x6b, 0x6b);
}

QString StatusPresentation::text(const QString &status, StatusCategory category, const QDateTime &since,
    const QDateTime &now, const QString &pending)
{
    // No status yet is not an unknown status: the details that carry it are being read.
    if (category == StatusCategory::NotYetKnown)
        return T::tr("checking…");
    QString shown = status.trimmed().isEmpty() ? T::tr("unknown") : status;
    if (!pending.isEmpty()) {
        shown = category == StatusCategory::InProgress
            ? T::tr("%1 to %2", "status to the change asked for").arg(shown, pending)
            : T::tr("%1 · %2 requested", "status · the change asked for").arg(shown, pending);
    }
    if (category != StatusCategory::InProgress || !since.isValid() || !now.isValid())
        return shown;
    return T::tr("%1 · %2", "status · how long").arg(shown, age(since.secsTo(now)));
}

QString StatusPresentation::age(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return T::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return T::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? T::tr("%1 h %2 min").arg(hours).arg(minutes % 60) : T::tr("%1 h").arg(hours);
    return T::tr("%1 d").arg(hours / 24);
}

} // namespace Aura
