#include "models/snapshotwords.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
struct T
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWords)
};
} // namespace

QString SnapshotWords::status(const QString &status)
{
    // The service's own words, as instance statuses are shown: lower case and spaced, never translated, so the
    // two read alike in every language.
    const QString s = status.trimmed();
    if (s.isEmpty())
        return T::tr("unknown");
    if (s.compare(u"InProgress"_s, Qt::CaseInsensitive) == 0)
        return u"in progress"_s;
    static const QStringList known {u"completed"_s, u"failed"_s, u"pending"_s, u"cancelled"_s, u"in progress"_s};
    const QString lower = s.toLower();
    return known.contains(lower) ? lower : status;
}

QString SnapshotWords::exportable(std::optional<bool> exportable)
{
    if (!exportable)
        return T::tr("unknown");
    return *exportable ? T::tr("yes") : T::tr("no");
}

QString SnapshotWords::profile(const QString &profile)
{
    if (profile.compare(u"AdHoc"_s, Qt::CaseInsensitive) == 0)
        return T::tr("on demand");
    if (profile.compare(u"Scheduled"_s, Qt::CaseInsensitive) == 0)
        return T::tr("scheduled");
    return profile;
}

} // namespace Aura
