#pragma once

#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "fakeclock.h"
#include "fakenetwork.h"

#include <QThread>

#include <memory>

namespace AuraTest {

// Collects the answers to one call; tests check there is exactly one.
template<typename T>
struct Answers
{
    QList<Aura::Reply<T>> replies;
    QList<QThread *> threads;
    Aura::AuraService::Callback<T> collector()
    {
        return [this](const Aura::Reply<T> &r) {
            replies.append(r);
            threads.append(QThread::currentThread());
        };
    }
    const Aura::Reply<T> &only() const
    {
        if (replies.size() != 1)
            qFatal("expected exactly one answer, got %d", int(replies.size()));
        return replies.first();
    }
};

inline const QByteArray InstanceBody
    = QByteArrayLiteral("{\"data\":{\"id\":\"i1\",\"name\":\"one\",\"status\":\"running\",\"memory\":\"8GB\"}}");

// The client over a fake transport and a fake clock. Token requests are answered with token-1, token-2, ...;
// API requests go to `api`.
struct ClientRig
{
    AuraTest::FakeClock clock;
    AuraTest::FakeNetwork network {&clock};
    Aura::MemorySecretStore secrets;
    std::unique_ptr<Aura::AuraClient> client;
    std::function<FakeAnswer(const SeenRequest &)> api
        = [](const SeenRequest &) { return FakeAnswer::json(200, InstanceBody); };
    int tokensServed = 0;
    QObject context;

    explicit ClientRig(Aura::ClientSettings settings = defaults())
    {
        secrets.write(Aura::SecretKeys::clientSecret(QStringLiteral("acct")), QStringLiteral("the-secret"), &secrets,
            [](const auto &) {});
        client = std::make_unique<Aura::AuraClient>(settings, &secrets, nullptr, &network, &clock, [] { return 1.0; });
        network.setHandler([this](const SeenRequest &r) {
            return AuraTest::isTokenRequest(r) ? AuraTest::tokenAnswer(++tokensServed) : api(r);
        });
    }

    static Aura::ClientSettings defaults()
    {
        Aura::ClientSettings s;
        s.apiBaseUrl = QUrl(QStringLiteral("https://api.example.test/v1"));
        s.tokenUrl = QUrl(QStringLiteral("https://api.example.test/oauth/token"));
        s.clientId = QStringLiteral("client");
        s.accountId = QStringLiteral("acct");
        return s;
    }

    QList<SeenRequest> apiRequests() const
    {
        QList<SeenRequest> result;
        for (const SeenRequest &r : network.requests()) {
            if (!AuraTest::isTokenRequest(r))
                result.append(r);
        }
        return result;
    }

    // Runs retries and backoff to their end.
    void runClock(qint64 ms = 600'000) { clock.advance(ms); }
};

} // namespace AuraTest
