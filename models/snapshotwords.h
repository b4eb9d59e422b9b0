#pragma once

#include <QString>

#include <optional>

namespace Aura {

// One vocabulary for snapshots wherever they are shown (the details' table, the dialogs' pickers). Statuses in the
// manner of instance statuses: the service's words in lower case, untranslated, and any value the console does not
// know verbatim.
struct SnapshotWords
{
    // "completed", "in progress", "failed", "pending", "cancelled"; anything else as the server sent it.
    static QString status(const QString &status);
    // "yes", "no"; "unknown" when the server did not say.
    static QString exportable(std::optional<bool> exportable);
    // How it came to be: "on demand" (AdHoc), "scheduled"; empty when the server did not say (the seed dialect).
    static QString profile(const QString &profile);
};

} // namespace Aura
