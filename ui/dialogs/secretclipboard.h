#pragma once

#include <QString>

#include <chrono>

namespace Aura {

class Clock;

// Copies a secret to the system clipboard so that it does not linger: it is marked with
// x-kde-passwordManagerHint=secret (KDE Klipper and other clipboard managers that honour it do not keep it in
// their history), and it is removed after `clearAfter` if it is still what the clipboard holds, or when the
// application quits. The delay runs on `clock` (the system's when none is given).
namespace SecretClipboard {

inline constexpr std::chrono::milliseconds DefaultClearDelay {30'000};

void copy(const QString &secret, std::chrono::milliseconds clearAfter = DefaultClearDelay, Clock *clock = nullptr);

} // namespace SecretClipboard

} // namespace Aura
