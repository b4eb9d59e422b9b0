#pragma once

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Aura {

// One entry of the server's AuraError list: {"errors": [{message, reason, field}]}.
struct ErrorDetail
{
    QString message;
    QString reason; // machine-readable, e.g. "ongoing-database-operation"
    QString field; // the request field at fault, when the server names one

    friend bool operator==(const ErrorDetail &, const ErrorDetail &) = default;
};

// Who reads an error's sentence. What went wrong is told the same way everywhere; what to do next depends on
// where the user meets it.
struct MessageContext
{
    enum class Situation {
        Operation, // something the user did (create, pause, a dialog's request)
        Refresh, // the console's own reading of the account: it keeps trying by itself
        ConnectionTest, // "Test connection" in the accounts dialog: the URLs and the key are the suspects
    };
    Situation situation = Situation::Operation;
    QString host; // the service's host, when the error does not carry one
};

// Everything that can go wrong with a request, as a value. userMessage() is the one place that turns it into text
// for people (through tr()); requestId is what Neo4j support asks for.
struct ApiError
{
    enum class Kind {
        Network, // no connection, connection refused or dropped, DNS
        Timeout, // no complete answer within the request's timeout
        Http, // the server answered with a 4xx/5xx status (see httpStatus and details)
        InvalidCredentials, // the token endpoint refused the client id or secret (401)
        PermissionDenied, // 403 even with a fresh token
        RateLimited, // 429 after the retries the policy allows (see retryAfter)
        Malformed, // the body could not be read as the expected JSON
        InsecureTransport, // http:// to a non-loopback host, or a TLS error (never ignored)
        Cancelled, // the caller cancelled the request
        NoCredentials, // the client secret could not be read (keychain unavailable, entry missing)
        // A change (create, pause, delete, ...) left for the server and its answer was lost or could not be read:
        // it may or may not have been carried out. Never "failed": the console finds out from the service.
        OutcomeUnknown,
        // The console would not send the request there: a URL from an answer pointed the account's token at a host
        // that is not the service's own (detailText names the URL). Nothing was sent.
        RefusedDestination,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QList<ErrorDetail> details; // from an AuraError body
    QString serverError; // the middleware form {"error": "..."}
    QString detailText; // network error string, parse error, keychain message: for the details section
    QString requestId; // X-Request-Id of the failed response, when there was one
    QString host; // the host the request went to, to name it when it cannot be reached
    QString resourceId; // OutcomeUnknown: the id an unreadable answer still named, if any
    std::optional<std::chrono::seconds> retryAfter; // from Retry-After on 429/503

    // The field the server blamed, if any: dialogs show the error on that field.
    QString field() const;
    // A sentence for people, in the user's language, with what to do next (api/errorwords.cpp).
    QString userMessage(const MessageContext &context = {}) const;
    // Asking again later may well succeed: the service was out of reach, slow, limiting or failing (network,
    // timeout, 429, 5xx). The console keeps the last known data and keeps trying; anything else needs the user.
    bool isTransient() const;
};

} // namespace Aura
