#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace AuraSandbox {

// The demo API client that works out of the box (documented in the README).
inline constexpr char DemoClientId[] = "sandbox-client";
inline constexpr char DemoClientSecret[] = "sandbox-secret";

// API clients and the bearer tokens issued to them. Tokens live in memory only and are never logged.
class SandboxAuth final
{
public:
    using Clock = std::function<qint64()>; // wall clock, ms since epoch

    enum class Check { Valid, Missing, Unknown, Expired };

    struct Token
    {
        QString accessToken;
        int expiresIn = 0; // seconds
    };

    SandboxAuth();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void addClient(const QString &clientId, const QString &secret);
    void removeClient(const QString &clientId);
    void setTokenLifetime(int seconds);
    int tokenLifetime() const { return m_lifetimeSeconds; }

    // For a POST /oauth/token: the Authorization header (HTTP Basic) and the form body.
    enum class Refusal { BadCredentials, BadGrant };
    std::optional<Token> issue(const QByteArray &authorization, const QByteArray &formBody, Refusal *refusal);

    // For every API request: the Authorization header (Bearer).
    Check check(const QByteArray &authorization) const;

    // Makes every token issued so far expired (they answer 403 from now on).
    void expireAll();
    int activeTokenCount() const;
    // Every token issued so far, expired or not: tests look for them where they must not be.
    QStringList issuedTokens() const { return m_tokens.keys(); }

private:
    Clock m_clock;
    int m_lifetimeSeconds = 3600;
    QHash<QString, QString> m_clients; // client id -> secret
    QHash<QString, qint64> m_tokens; // token -> expiry, ms since epoch
};

} // namespace AuraSandbox
