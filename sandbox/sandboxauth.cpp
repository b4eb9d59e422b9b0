#include "sandbox/sandboxauth.h"

#include "sandbox/identifiers.h"

#include <QDateTime>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

// Expired tokens are remembered this long (to answer 403 rather than 401), then forgotten.
constexpr qint64 ExpiredTokenMemoryMs = 24 * 3600 * 1000;

bool equalInConstantTime(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    unsigned difference = x.size() == y.size() ? 0U : 1U;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned>(x.at(i) ^ y.at(i < y.size() ? i : 0));
    return difference == 0;
}

} // namespace

SandboxAuth::SandboxAuth()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    addClient(QString::fromLatin1(DemoClientId), QString::fromLatin1(DemoClientSecret));
}

void SandboxAuth::addClient(const QString &clientId, const QString &secret)
{
    m_clients.insert(clientId, secret);
}

void SandboxAuth::removeClient(const QString &clientId)
{
    m_clients.remove(clientId);
}

void SandboxAuth::setTokenLifetime(int seconds)
{
    m_lifetimeSeconds = std::max(1, seconds);
}

std::optional<SandboxAuth::Token> SandboxAuth::issue(
    const QByteArray &authorization, const QByteArray &formBody, Refusal *refusal)
{
    const QByteArray scheme = authorization.left(6).toLower();
    const QByteArray credentials
        = scheme == "basic " ? QByteArray::fromBase64(authorization.mid(6).trimmed()) : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    const QString clientId = QString::fromUtf8(credentials.left(colon));
    const QString secret = QString::fromUtf8(credentials.mid(colon + 1));
    const auto client = m_clients.constFind(clientId);
    if (colon < 0 || client == m_clients.cend() || !equalInConstantTime(client.value(), secret)) {
        if (refusal)
            *refusal = Refusal::BadCredentials;
        return std::nullopt;
    }
    QUrlQuery form(QString::fromUtf8(formBody));
    if (form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded) != u"client_credentials") {
        if (refusal)
            *refusal = Refusal::BadGrant;
        return std::nullopt;
    }
    const qint64 now = m_clock();
    m_tokens.removeIf(
        [now](QHash<QString, qint64>::iterator entry) { return entry.value() + ExpiredTokenMemoryMs < now; });
    Token token {randomToken(), m_lifetimeSeconds};
    m_tokens.insert(token.accessToken, now + qint64(m_lifetimeSeconds) * 1000);
    return token;
}

SandboxAuth::Check SandboxAuth::check(const QByteArray &authorization) const
{
    if (authorization.isEmpty())
        return Check::Missing;
    if (authorization.left(7).toLower() != "bearer ")
        return Check::Unknown;
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return Check::Unknown;
    return it.value() <= m_clock() ? Check::Expired : Check::Valid;
}

void SandboxAuth::expireAll()
{
    const qint64 now = m_clock();
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = std::min(it.value(), now);
}

int SandboxAuth::activeTokenCount() const
{
    const qint64 now = m_clock();
    return static_cast<int>(std::count_if(m_tokens.cbegin(), m_tokens.cend(), [now](qint64 e) { return e > now; }));
}

} // namespace AuraSandbox
