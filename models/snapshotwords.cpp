#include "models/snapshotwords.h"

#include <QCoreApplication>

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
    const QString s = status.trimmed();
    if (s.compare(u"Completed"_s, Qt::CaseInsensitive) == 0)
        return T::tr("completed");
    if (s.compare(u"InProgress"_s, Qt::CaseInsensitive) == 0 || s.compare(u"in progress"_s, Qt::CaseInsensitive) == 0)
        return T::tr("in progress");
    if (s.compare(u"Failed"_s, Qt::CaseInsensitive) == 0)
        return T::tr("failed");
    if (s.compare(u"Pending"_s, Qt::CaseInsensitive) == 0)
        return T::tr("pending");
    if (s.compare(u"Cancelled"_s, Qt::CaseInsensitive) == 0 || s.compare(u"Canceled"_s, Qt::CaseInsensitive) == 0)
        return T::tr("cancelled");
    return s.isEmpty() ? T::tr("unknown") : status;
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
