#pragma once

#include <QUrl>

namespace Aura {

// Credentials and tokens travel only over TLS. Plain http:// is allowed for loopback hosts alone (127.0.0.0/8,
// ::1, localhost), where the local sandbox runs; everything else is refused before a byte is sent.
bool isTransportAllowed(const QUrl &url);

} // namespace Aura
