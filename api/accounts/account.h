#pragma once

#include "api/capabilities.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Aura {

// One set of Aura API credentials the user keeps (a profile). The client secret is deliberately not a member: it
// lives in the SecretStore under SecretKeys::clientSecret(id), so a copy of this value can never leak it.
struct Account
{
    QString id; // stable, generated once; keychain keys and settings refer to it, never to the name
    QString name; // what the user calls it; unique among the accounts, case-insensitively
    QString clientId;
    QUrl apiBaseUrl = defaultApiBaseUrl();
    QUrl tokenUrl = defaultTokenUrl();
    // The API dialect the service speaks; nullopt = the live service's (aura-v1), which every real user meets.
    std::optional<ApiDialect> dialect;

    // A new account with a fresh id.
    static Account create(const QString &name, const QString &clientId);

    static QUrl defaultApiBaseUrl();
    static QUrl defaultTokenUrl();

    friend bool operator==(const Account &, const Account &) = default;
};

// What is wrong with a service URL, if anything.
enum class UrlProblem {
    None,
    Empty,
    Malformed, // not a URL with a scheme and a host
    UnsupportedScheme, // neither https nor http
    InsecureRemote, // http to a host that is not the loopback interface
    HasCredentials, // user:password@host: secrets do not belong in a URL that is kept in the settings
};

UrlProblem checkServiceUrl(const QUrl &url);
// True for localhost and loopback addresses (127.0.0.0/8, ::1): the only hosts allowed over plain http.
bool isLoopbackHost(const QString &host);

// The problems of an account before it is saved or used, one per field, in the user's language.
struct AccountProblems
{
    QString name;
    QString clientId;
    QString apiBaseUrl;
    QString tokenUrl;

    bool isEmpty() const { return name.isEmpty() && clientId.isEmpty() && apiBaseUrl.isEmpty() && tokenUrl.isEmpty(); }
};

QString describeUrlProblem(UrlProblem problem);
// `others` are the accounts already kept; the one with the same id as `account` is the account itself.
AccountProblems validateAccount(const Account &account, const QList<Account> &others);

} // namespace Aura
