#pragma once

#include <QUrl>

namespace Aura {

// Credentials and tokens travel only over TLS. Plain http:// is allowed for loopback hosts alone (127.0.0.0/8,
// ::1, localhost), where the local sandbox runs; everything else is refused before a byte is sent.
bool isTransportAllowed(const QUrl &url);

// Whether the account's bearer token may go to `url`, named in an answer of the API at `apiBase` (a metrics
// endpoint): https on neo4j.io or a host under it, without user info; or a loopback host when the API itself is
// on loopback (the local sandbox). The token opens the whole account, so every other host is refused.
bool isTokenDestinationAllowed(const QUrl &url, const QUrl &apiBase);

} // namespace Aura
