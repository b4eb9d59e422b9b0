#include "ui/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

struct IconNames
{
    QString theme;
    QString file;
};

IconNames namesOf(IconId id)
{
    switch (id) {
    case IconId::Application:
        return {u"org.auraconsole.AuraConsole"_s, u"org.auraconsole.AuraConsole.svg"_s};
    case IconId::Create:
        return {u"list-add"_s, u"create.svg"_s};
    case IconId::Pause:
        return {u"media-playback-pause"_s, u"pause.svg"_s};
    case IconId::Resume:
        return {u"media-playback-start"_s, u"resume.svg"_s};
    case IconId::Resize:
        return {u"transform-scale"_s, u"resize.svg"_s};
    case IconId::Rename:
        return {u"edit-rename"_s, u"rename.svg"_s};
    case IconId::Delete:
        return {u"edit-delete"_s, u"delete.svg"_s};
    case IconId::Snapshot:
        return {u"camera-photo"_s, u"snapshot.svg"_s};
    case IconId::Restore:
        return {u"document-revert"_s, u"restore.svg"_s};
    case IconId::Overwrite:
        return {u"document-import"_s, u"overwrite.svg"_s};
    case IconId::Copy:
        return {u"edit-copy"_s, u"copy.svg"_s};
    case IconId::Refresh:
        return {u"view-refresh"_s, u"refresh.svg"_s};
    case IconId::StatusStable:
        return {QString(), u"status-stable.svg"_s};
    case IconId::StatusInProgress:
        return {QString(), u"status-in-progress.svg"_s};
    case IconId::StatusFailed:
        return {QString(), u"status-failed.svg"_s};
    case IconId::StatusUnknown:
        return {QString(), u"status-unknown.svg"_s};
    }
    return {QString(), u"status-unknown.svg"_s};
}

} // namespace

QString iconThemeName(IconId id)
{
    return namesOf(id).theme;
}

QString iconResourcePath(IconId id)
{
    return u":/icons/"_s + namesOf(id).file;
}

QIcon icon(IconId id)
{
    const QIcon bundled(iconResourcePath(id));
    const QString themeName = iconThemeName(id);
    if (themeName.isEmpty())
        return bundled;
    return QIcon::fromTheme(themeName, bundled);
}

} // namespace Aura
