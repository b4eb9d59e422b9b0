#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>

namespace Aura {

// How a request proves who sends it: the Authorization header of each attempt. ApiCall asks for it before every
// attempt and reports a refusal; the bearer token of the API (TokenProvider) and the client credentials of the
// token request itself (ClientCredentials) are the two kinds.
class Authorizer
{
public:
    struct Result
    {
        QByteArray header; // the value of the Authorization header; empty on error
        std::optional<ApiError> error;
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~Authorizer() = default;

    // Answers with the header for the next attempt, at once or later. Dropped if `context` dies first.
    virtual void authorize(QObject *context, Callback callback) = 0;
    // The server refused `header` (401 or 403). True when one fresh header is worth a replay (a bearer token that
    // expired); false when the refusal is the answer (the credentials themselves were refused).
    virtual bool refused(const QByteArray &header) = 0;
};

} // namespace Aura
