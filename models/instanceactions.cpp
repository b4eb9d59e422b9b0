#include "models/instanceactions.h"

#include "api/dto/status.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// The translation context of every text here (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct T
{
    Q_DECLARE_TR_FUNCTIONS(InstanceActions)
};

bool isFree(const Instance &i)
{
    return i.type.startsWith(u"free"_s, Qt::CaseInsensitive);
}

bool isGoing(const Instance &i)
{
    const QString s = i.status.toLower();
    return s == u"destroying" || s == u"destroyed" || s == u"deleting";
}

QString displayName(const Instance &i)
{
    return i.name.isEmpty() ? i.id : i.name;
}

QString statusText(const Instance &i)
{
    return i.status.isEmpty() ? T::tr("unknown") : i.status;
}

// The first selected instance for which `refuse` gives a reason decides; the reason names it.
template<typename Refuse>
ActionAvailability firstRefusal(const QList<Instance> &selection, Refuse refuse)
{
    for (const Instance &i : selection) {
        const QString why = refuse(i);
        if (!why.isEmpty())
            return ActionAvailability::no(why);
    }
    return ActionAvailability::yes();
}

ActionAvailability single(const QList<Instance> &selection)
{
    if (selection.isEmpty())
        return ActionAvailability::no(T::tr("Select an instance first."));
    if (selection.size() > 1)
        return ActionAvailability::no(T::tr("Select a single instance."));
    return ActionAvailability::yes();
}

ActionAvailability someSelected(const QList<Instance> &selection)
{
    if (selection.isEmpty())
        return ActionAvailability::no(T::tr("Select one or more instances first."));
    return ActionAvailability::yes();
}

ActionAvailability needsRunning(const QList<Instance> &selection, const char *freeRefusal, const char *verb)
{
    return firstRefusal(selection, [&](const Instance &i) -> QString {
        if (isFree(i))
            return T::tr(freeRefusal).arg(displayName(i));
        if (i.status.compare(u"running"_s, Qt::CaseInsensitive) != 0)
            return T::tr(verb).arg(displayName(i), statusText(i));
        return {};
    });
}

} // namespace

bool worksOnSeveral(InstanceAction action)
{
    return action == InstanceAction::Pause || action == InstanceAction::Resume || action == InstanceAction::Delete;
}

ActionAvailability availability(
    InstanceAction action, const QList<Instance> &selection, bool connected, const Capabilities &capabilities)
{
    if (!connected)
        return ActionAvailability::no(T::tr("Not connected to the Aura API."));

    switch (action) {
    case InstanceAction::Create:
    case InstanceAction::Refresh:
        return ActionAvailability::yes();
    case InstanceAction::CopyConnectionUrl: {
        ActionAvailability a = single(selection);
        if (a.enabled && selection.first().connectionUrl.isEmpty())
            a = ActionAvailability::no(T::tr("This instance has no connection URL yet."));
        return a;
    }
    default:
        break;
    }

    ActionAvailability a = worksOnSeveral(action) ? someSelected(selection) : single(selection);
    if (!a.enabled)
        return a;

    switch (action) {
    case InstanceAction::Pause:
        return needsRunning(selection,
            QT_TRANSLATE_NOOP("InstanceActions",
                "Free instances cannot be paused by hand (“%1”); they pause by themselves when idle."),
            QT_TRANSLATE_NOOP("InstanceActions", "Only running instances can be paused; “%1” is %2."));
    case InstanceAction::Resume:
        return firstRefusal(selection, [](const Instance &i) -> QString {
            if (i.status.compare(u"paused"_s, Qt::CaseInsensitive) != 0)
                return T::tr("Only paused instances can be resumed; “%1” is %2.").arg(displayName(i), statusText(i));
            return {};
        });
    case InstanceAction::Resize:
        return needsRunning(selection, QT_TRANSLATE_NOOP("InstanceActions", "Free instances cannot be resized (“%1”)."),
            QT_TRANSLATE_NOOP("InstanceActions", "Only running instances can be resized; “%1” is %2."));
    case InstanceAction::Upgrade:
        if (!capabilities.liveSettings)
            return ActionAvailability::no(T::tr("This service does not upgrade instances."));
        return firstRefusal(selection, [](const Instance &i) -> QString {
            if (i.type != u"professional-db"_s)
                return T::tr("Only Professional instances can be upgraded to Business Critical; “%1” is %2.")
                    .arg(displayName(i), i.type.isEmpty() ? T::tr("of an unknown type") : i.type);
            if (i.status.compare(u"running"_s, Qt::CaseInsensitive) != 0)
                return T::tr("Only running instances can be upgraded; “%1” is %2.").arg(displayName(i), statusText(i));
            return {};
        });
    case InstanceAction::TakeSnapshot:
        return needsRunning(selection,
            QT_TRANSLATE_NOOP("InstanceActions", "Free instances have no on-demand snapshots (“%1”)."),
            QT_TRANSLATE_NOOP("InstanceActions", "Only running instances can be snapshotted; “%1” is %2."));
    case InstanceAction::OverwriteFromSnapshot:
        return needsRunning(selection,
            QT_TRANSLATE_NOOP("InstanceActions", "Free instances cannot be overwritten (“%1”)."),
            QT_TRANSLATE_NOOP("InstanceActions", "Only running instances can be overwritten; “%1” is %2."));
    case InstanceAction::RestoreInPlace:
        if (!capabilities.restoreInPlace)
            return ActionAvailability::no(T::tr("This service restores a snapshot into a new instance only."));
        return needsRunning(selection,
            QT_TRANSLATE_NOOP("InstanceActions", "Free instances have no snapshots to restore (“%1”)."),
            QT_TRANSLATE_NOOP("InstanceActions", "Only running instances can be restored in place; “%1” is %2."));
    case InstanceAction::RestoreSnapshot:
        return firstRefusal(selection, [](const Instance &i) -> QString {
            if (isFree(i))
                return T::tr("Free instances have no snapshots to restore (“%1”).").arg(displayName(i));
            if (isGoing(i))
                return T::tr("“%1” is being deleted.").arg(displayName(i));
            return {};
        });
    case InstanceAction::Rename:
    case InstanceAction::Delete:
        return firstRefusal(selection, [](const Instance &i) -> QString {
            if (isGoing(i))
                return T::tr("“%1” is already being deleted.").arg(displayName(i));
            return {};
        });
    default:
        return ActionAvailability::yes();
    }
}

} // namespace Aura
