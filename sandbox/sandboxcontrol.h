#pragma once

#include "sandbox/httpanswer.h"

#include <QString>

namespace AuraSandbox {

class FaultInjector;
class RequestRecord;
class SandboxAuth;
class SandboxState;

// The control endpoint below /_sandbox/ (not part of the Aura API; the server only lets loopback clients reach it):
//   GET    /_sandbox/health          dialect, time scale, counts
//   GET    /_sandbox/faults          the fault settings
//   PUT    /_sandbox/faults          replaces them (JSON object; missing keys take their default)
//   DELETE /_sandbox/faults          no faults any more
//   POST   /_sandbox/tokens/expire   every token issued so far is expired now
//   PUT    /_sandbox/instances/{id}/status   {"status": "suspended"}: the instance shows that status from now on
//                                            (a transitional one moves on by itself)
class SandboxControl final
{
public:
    SandboxControl(SandboxState &state, SandboxAuth &auth, FaultInjector &faults, RequestRecord &record,
        const QString &dialectName);

    HttpAnswer handle(const QByteArray &method, const QString &path, const QByteArray &body);

private:
    SandboxState &m_state;
    SandboxAuth &m_auth;
    FaultInjector &m_faults;
    RequestRecord &m_record;
    QString m_dialectName;
};

} // namespace AuraSandbox
