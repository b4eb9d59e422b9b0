#pragma once

#include <QIcon>
#include <QString>

namespace Aura {

// Every icon the console shows. Each has a bundled SVG (":/icons/..."); most also have a freedesktop theme name, so
// the desktop's own icon theme wins where it has one.
enum class IconId {
    Application,
    Create,
    Pause,
    Resume,
    Resize,
    Rename,
    Delete,
    Snapshot,
    Restore,
    Overwrite,
    Copy,
    Refresh,
    StatusStable,
    StatusInProgress,
    StatusFailed,
    StatusUnknown,
};

inline constexpr IconId AllIconIds[] = {IconId::Application, IconId::Create, IconId::Pause, IconId::Resume,
    IconId::Resize, IconId::Rename, IconId::Delete, IconId::Snapshot, IconId::Restore, IconId::Overwrite, IconId::Copy,
    IconId::Refresh, IconId::StatusStable, IconId::StatusInProgress, IconId::StatusFailed, IconId::StatusUnknown};

// The icon theme name looked up first; empty for icons whose colours carry meaning (the status icons), which
// always come from the bundled set so that "failed" looks the same on every desktop.
QString iconThemeName(IconId id);

// The bundled SVG in the Qt resource, used when the theme has no such icon.
QString iconResourcePath(IconId id);

// The theme's icon if it has one, otherwise the bundled SVG (rendered by QtSvg at any size and device pixel ratio).
QIcon icon(IconId id);

} // namespace Aura
