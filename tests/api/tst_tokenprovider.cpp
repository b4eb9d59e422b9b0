#include "api/ratebudget.h"
#include "api/secrets/secretstore.h"
#include "api/tokenprovider.h"
#include "fakeclock.h"
#include "fakenetwork.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;
using Aura::TokenProvider;
using AuraTest::FakeAnswer;

Q_DECLARE_METATYPE(Aura::ApiError::Kind)

namespace {

const QUrl TokenUrl(u"https://api.example.test/oauth/token"_s);

// Collects the answers of requestToken().
struct Answers
{
    QList<TokenProvider::Result> results;
    TokenProvider::Callback collector()
    {
        return [this](const TokenProvider::Result &r) { results.append(r); };
    }
};

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT
private:
    struct Rig
    {
        AuraTest::FakeClock clock;
        AuraTest::FakeNetwork network {&clock};
        Aura::MemorySecretStore secrets;
        Aura::RequestPolicy policy;
        TokenProvider tokens {&network, &secrets, &clock, &policy};
        int served = 0;

        Rig(bool storeSecret = true)
        {
            if (storeSecret)
                secrets.write(u"account-1"_s, u"the-secret"_s, &secrets, [](const auto &) {});
            tokens.setCredentials(TokenUrl, u"client-1"_s, u"account-1"_s);
            network.setHandler([this](const AuraTest::SeenRequest &) { return AuraTest::tokenAnswer(++served); });
        }
    };

private Q_SLOTS:
    void tokenRequestHasTheRightShape()
    {
        Rig rig;
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].token, u"token-1"_s);
        QVERIFY(!answers.results[0].error);

        QCOMPARE(rig.network.requests().size(), 1);
        const AuraTest::SeenRequest &r = rig.network.requests().first();
        QCOMPARE(r.verb, "POST"_ba);
        QCOMPARE(r.url, TokenUrl);
        QCOMPARE(r.body, "grant_type=client_credentials"_ba);
        QCOMPARE(
            r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/x-www-form-urlencoded"_ba);
        QCOMPARE(r.header("Authorization"), "Basic " + "client-1:the-secret"_ba.toBase64());
        // The same request path as every API call: it says who sends it.
        QVERIFY(r.request.header(QNetworkRequest::UserAgentHeader).toString().startsWith(u"aura-console/"_s));
    }

    void tokenIsCachedAndConcurrentCallersShareOneRefresh()
    {
        Rig rig;
        Answers answers;
        QObject context;
        for (int i = 0; i < 5; ++i)
            rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 5);
        QCOMPARE(rig.network.tokenRequests(), 1);
        for (const auto &r : std::as_const(answers.results))
            QCOMPARE(r.token, u"token-1"_s);

        rig.tokens.requestToken(&context, answers.collector()); // cached: answered at once
        QCOMPARE(answers.results.size(), 6);
        QCOMPARE(rig.network.tokenRequests(), 1);
        QCOMPARE(rig.tokens.refreshCount(), 1);
    }

    void tokenIsRefreshedShortlyBeforeItExpires()
    {
        Rig rig;
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 1);
        rig.clock.advance(3'539'000); // 59 min: still more than the margin of 60 s left
        rig.tokens.requestToken(&context, answers.collector());
        QCOMPARE(answers.results.size(), 2);
        QCOMPARE(answers.results[1].token, u"token-1"_s);
        rig.clock.advance(2'000); // less than a minute left: time for a new one
        QVERIFY(!rig.tokens.hasValidToken());
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 3);
        QCOMPARE(answers.results[2].token, u"token-2"_s);
        QCOMPARE(rig.network.tokenRequests(), 2);
    }

    void invalidateOnlyDropsTheSameToken()
    {
        Rig rig;
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 1);
        rig.tokens.invalidate(u"some-older-token"_s);
        QVERIFY(rig.tokens.hasValidToken());
        rig.tokens.invalidate(u"token-1"_s);
        QVERIFY(!rig.tokens.hasValidToken());
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 2);
        QCOMPARE(answers.results[1].token, u"token-2"_s);
    }

    void refusedCredentials_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("401 aura error") << 401 << "{\"errors\":[{\"message\":\"Invalid client\"}]}"_ba
                                        << ApiError::Kind::InvalidCredentials;
        QTest::newRow("403 middleware") << 403 << "{\"error\":\"Forbidden\"}"_ba << ApiError::Kind::InvalidCredentials;
        QTest::newRow("400 oauth") << 400 << "{\"error\":\"invalid_client\"}"_ba << ApiError::Kind::InvalidCredentials;
        QTest::newRow("400 other") << 400 << "{\"error\":\"unsupported_grant_type\"}"_ba << ApiError::Kind::Http;
    }
    void refusedCredentials()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        Rig rig;
        rig.network.setHandler([&](const auto &) { return FakeAnswer::json(status, body, "tok-42"); });
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 2);
        QCOMPARE(rig.network.tokenRequests(), 1); // a refusal is not retried
        QVERIFY(answers.results[0].error);
        QCOMPARE(answers.results[0].error->kind, kind);
        QCOMPARE(answers.results[0].error->requestId, u"tok-42"_s);
        QVERIFY(answers.results[0].token.isEmpty());
    }

    void unreadableTokenAnswersAreAskedAgain_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("without token") << "{\"token_type\":\"bearer\"}"_ba;
        QTest::newRow("not json") << "<html/>"_ba;
        QTest::newRow("cut short") << "{\"access_token\":\"tok"_ba;
        QTest::newRow("endless lifetime") << "{\"access_token\":\"t\",\"expires_in\":-1}"_ba;
    }
    void unreadableTokenAnswersAreAskedAgain()
    {
        QFETCH(QByteArray, body);
        Rig rig;
        int calls = 0;
        rig.network.setHandler([&](const auto &) {
            return ++calls < 3 ? FakeAnswer::json(200, body, "tok-42") : AuraTest::tokenAnswer(9);
        });
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(rig.network.tokenRequests(), 1);
        rig.clock.advance(rig.policy.settings().maxDelayMs * 2);
        QTRY_COMPARE(answers.results.size(), 2);
        QCOMPARE(answers.results[0].token, u"token-9"_s); // both callers got the token of the third answer
        QCOMPARE(answers.results[1].token, u"token-9"_s);
        QCOMPARE(rig.network.tokenRequests(), 3);
    }

    void aTokenAnswerThatStaysUnreadableEndsAfterTheLastAttempt()
    {
        Rig rig;
        rig.network.setHandler([&](const auto &) { return FakeAnswer::json(200, "<html/>"_ba, "tok-42"); });
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        for (int i = 0; i < 10 && answers.results.isEmpty(); ++i)
            rig.clock.advance(rig.policy.settings().maxDelayMs);
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].error->kind, ApiError::Kind::Malformed);
        QCOMPARE(answers.results[0].error->requestId, u"tok-42"_s);
        QCOMPARE(rig.network.tokenRequests(), rig.policy.settings().maxAttempts);
    }

    void missingSecretIsNoCredentials()
    {
        Rig rig(false);
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].error->kind, ApiError::Kind::NoCredentials);
        QCOMPARE(rig.network.requests().size(), 0);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        Rig rig;
        rig.tokens.setCredentials(QUrl(u"http://api.neo4j.io/oauth/token"_s), u"client-1"_s, u"account-1"_s);
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].error->kind, ApiError::Kind::InsecureTransport);
        QCOMPARE(rig.network.requests().size(), 0);
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        Rig rig;
        int calls = 0;
        rig.network.setHandler([&](const auto &) {
            return ++calls < 3 ? FakeAnswer::json(503, "{\"error\":\"unavailable\"}"_ba) : AuraTest::tokenAnswer(7);
        });
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(rig.network.tokenRequests(), 1);
        QCOMPARE(answers.results.size(), 0);
        rig.clock.advance(10'000);
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].token, u"token-7"_s);
        QCOMPARE(rig.network.tokenRequests(), 3);
    }

    void hangingTokenEndpointTimesOut()
    {
        Rig rig;
        rig.network.setHandler([](const auto &) { return FakeAnswer::hang(); });
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(rig.network.tokenRequests(), 1);
        // Every attempt hangs: timeouts and backoff, then the caller hears about it.
        for (int i = 0; i < 10 && answers.results.isEmpty(); ++i)
            rig.clock.advance(rig.policy.timeoutMs() + rig.policy.settings().maxDelayMs);
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].error->kind, ApiError::Kind::Timeout);
        QCOMPARE(rig.network.tokenRequests(), rig.policy.settings().maxAttempts);
        QCOMPARE(rig.network.aborted(), rig.policy.settings().maxAttempts);
    }

    void newCredentialsDropTheTokenAndTheRefreshInFlight()
    {
        Rig rig;
        rig.network.setHandler([&](const auto &) {
            FakeAnswer answer = AuraTest::tokenAnswer(++rig.served);
            answer.delayMs = 1'000;
            return answer;
        });
        Answers answers;
        QObject context;
        rig.tokens.requestToken(&context, answers.collector());
        QTRY_COMPARE(rig.network.tokenRequests(), 1);
        rig.secrets.write(u"account-2"_s, u"other-secret"_s, &rig.secrets, [](const auto &) {});
        rig.tokens.setCredentials(TokenUrl, u"client-2"_s, u"account-2"_s);
        QTRY_COMPARE(rig.network.tokenRequests(), 2);
        rig.clock.advance(1'000);
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].token, u"token-2"_s);
        QCOMPARE(
            rig.network.requests().last().header("Authorization"), "Basic " + "client-2:other-secret"_ba.toBase64());
    }

    void tokenRequestsWaitForTheBudget()
    {
        AuraTest::FakeClock clock;
        AuraTest::FakeNetwork network(&clock);
        network.setHandler([](const auto &) { return AuraTest::tokenAnswer(1); });
        Aura::MemorySecretStore secrets;
        secrets.write(u"account-1"_s, u"the-secret"_s, &secrets, [](const auto &) {});
        Aura::RequestPolicy policy;
        Aura::RateBudget budget(&clock, 1, 60'000);
        TokenProvider tokens(&network, &secrets, &clock, &policy, &budget);
        tokens.setCredentials(TokenUrl, u"client-1"_s, u"account-1"_s);
        QObject context;
        budget.acquire(Aura::Priority::Background, &context, [] {}); // the only slot of this minute

        Answers answers;
        tokens.requestToken(&context, answers.collector());
        clock.advance(59'999);
        QCOMPARE(network.tokenRequests(), 0);
        clock.advance(1);
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results[0].token, u"token-1"_s);
        QCOMPARE(budget.used(), 1);
    }

    void answersForAGoneContextAreDropped()
    {
        Rig rig;
        bool called = false;
        {
            QObject context;
            rig.tokens.requestToken(&context, [&](const auto &) { called = true; });
        }
        QTRY_VERIFY(rig.tokens.hasValidToken()); // stored in the same step that answers the waiters
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
