#pragma once

#include <QString>

namespace AuraSandbox {

// Eight lower-case hex digits, like the ids of live Aura instances.
QString randomInstanceId();
QString randomUuid();
// A strong one-time database password from the system's cryptographic random source.
QString randomPassword();
// An opaque bearer token from the same source.
QString randomToken();

} // namespace AuraSandbox
