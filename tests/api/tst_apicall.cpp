#include "api/ratebudget.h"
#include "clientrig.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;
using Aura::AuraClient;
using Aura::Priority;
using AuraTest::Answers;
using AuraTest::FakeAnswer;
using AuraTest::InstanceBody;
using AuraTest::SeenRequest;
using Rig = AuraTest::ClientRig;

Q_DECLARE_METATYPE(Aura::ApiError::Kind)

// One call through its attempts: token replay, retries and their limits, Retry-After, timeouts, the budget.
class TestApiCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiredTokenIsRefreshedAndTheRequestReplayedOnce_data()
    {
        QTest::addColumn<int>("refusal");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }
    void expiredTokenIsRefreshedAndTheRequestReplayedOnce()
    {
        QFETCH(int, refusal);
        Rig rig;
        rig.api = [&](const SeenRequest &r) {
            return r.header("Authorization") == "Bearer token-1"
                ? FakeAnswer::json(refusal, "{\"error\":\"Token expired\"}"_ba)
                : FakeAnswer::json(202, "{}"_ba);
        };
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->pauseInstance(u"i1"_s, &rig.context, answers.collector());
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(rig.network.tokenRequests(), 2);
        QCOMPARE(rig.network.count("POST", u"/pause"_s), 2);
        QCOMPARE(rig.apiRequests().last().header("Authorization"), "Bearer token-2"_ba);
    }

    void manyRequestsRefusedTogetherShareOneRefresh()
    {
        Rig rig;
        rig.api = [](const SeenRequest &r) {
            return r.header("Authorization") == "Bearer token-1" ? FakeAnswer::json(401, "{}"_ba)
                                                                 : FakeAnswer::json(200, InstanceBody);
        };
        Answers<Aura::Instance> answers;
        for (int i = 0; i < 4; ++i)
            rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::Background);
        QTRY_COMPARE(answers.replies.size(), 4);
        for (const auto &reply : std::as_const(answers.replies))
            QVERIFY(reply.ok());
        QCOMPARE(rig.network.tokenRequests(), 2);
    }

    void forbiddenWithAFreshTokenIsAPermissionError()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) {
            return FakeAnswer::json(
                403, "{\"errors\":[{\"message\":\"Forbidden\",\"reason\":\"forbidden\"}]}"_ba, "rid-403");
        };
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->deleteInstance(u"i1"_s, &rig.context, answers.collector());
        QTRY_COMPARE(answers.replies.size(), 1);
        rig.runClock();
        QCOMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::PermissionDenied);
        QCOMPARE(answers.only().error().requestId, u"rid-403"_s);
        QCOMPARE(answers.only().requestId, u"rid-403"_s);
        QCOMPARE(rig.network.count("DELETE"), 2);
        QCOMPARE(rig.network.tokenRequests(), 2);
    }

    void invalidCredentialsReachTheCaller()
    {
        Rig rig;
        rig.network.setHandler([](const SeenRequest &r) {
            return AuraTest::isTokenRequest(r) ? FakeAnswer::json(401, "{\"error\":\"invalid_client\"}"_ba)
                                               : FakeAnswer::json(200, InstanceBody);
        });
        Answers<QList<Aura::Tenant>> answers;
        rig.client->listTenants(&rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::InvalidCredentials);
        QCOMPARE(rig.apiRequests().size(), 0);
    }

    void getIsRetriedThroughServerErrors()
    {
        Rig rig;
        int calls = 0;
        rig.api = [&](const SeenRequest &) {
            ++calls;
            if (calls == 1)
                return FakeAnswer::json(500, "{\"error\":\"boom\"}"_ba);
            if (calls == 2)
                return FakeAnswer::fail(QNetworkReply::RemoteHostClosedError);
            return FakeAnswer::json(200, InstanceBody, "rid-ok");
        };
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::Background);
        QTRY_COMPARE(calls, 1);
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(answers.only().value().id, u"i1"_s);
        QCOMPARE(answers.only().requestId, u"rid-ok"_s);
        QCOMPARE(calls, 3);
    }

    void bodyCutShortIsANetworkFailureAndRetried()
    {
        Rig rig;
        int calls = 0;
        rig.api = [&](const SeenRequest &) {
            if (++calls > 1)
                return FakeAnswer::json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"_ba);
            FakeAnswer cut = FakeAnswer::json(200, "{\"data\":[{\"id\":\"a\"},{\"i"_ba);
            cut.error = QNetworkReply::RemoteHostClosedError;
            return cut;
        };
        Answers<QList<Aura::Instance>> answers;
        rig.client->listInstances({}, &rig.context, answers.collector(), Priority::User);
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(answers.only().value().size(), 2);
        QCOMPARE(calls, 2);
    }

    void serverErrorsEndAfterTheLastAttempt()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) { return FakeAnswer::json(502, "<html>Bad gateway</html>"_ba, "rid-502"); };
        Answers<QList<Aura::Instance>> answers;
        rig.client->listInstances({}, &rig.context, answers.collector(), Priority::Background);
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        const ApiError &e = answers.only().error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 502);
        QCOMPARE(e.requestId, u"rid-502"_s);
        QCOMPARE(rig.network.count("GET"), Aura::RequestPolicy::Settings {}.maxAttempts);
    }

    void changesAreNeverRetriedOnceSent_data()
    {
        QTest::addColumn<int>("operation"); // 0 create, 1 pause, 2 patch, 3 snapshot, 4 restore, 5 overwrite
        QTest::addColumn<int>("failure"); // 0: 500, 1: 503, 3: dropped, 4: hang (timeout); a 429 is resent (below)
        for (int op = 0; op < 6; ++op) {
            for (int failure : {0, 1, 3, 4})
                QTest::addRow("op %d failure %d", op, failure) << op << failure;
        }
    }
    void changesAreNeverRetriedOnceSent()
    {
        QFETCH(int, operation);
        QFETCH(int, failure);
        Rig rig;
        rig.api = [&](const SeenRequest &) {
            switch (failure) {
            case 0:
                return FakeAnswer::json(500, "{\"error\":\"internal\"}"_ba);
            case 1:
                return FakeAnswer::json(503, "{}"_ba);
            case 2: {
                FakeAnswer a = FakeAnswer::json(429, "{\"error\":\"rate limit\"}"_ba);
                a.headers.append({"Retry-After"_ba, "1"_ba});
                return a;
            }
            case 3:
                return FakeAnswer::fail(QNetworkReply::RemoteHostClosedError);
            default:
                return FakeAnswer::hang();
            }
        };
        int answers = 0;
        ApiError::Kind kind = ApiError::Kind::Cancelled;
        auto done = [&](const auto &reply) {
            ++answers;
            if (!reply.ok())
                kind = reply.error().kind;
        };
        QObject *ctx = &rig.context;
        switch (operation) {
        case 0:
            rig.client->createInstance({}, ctx, done);
            break;
        case 1:
            rig.client->pauseInstance(u"i1"_s, ctx, done);
            break;
        case 2:
            rig.client->updateInstance(u"i1"_s, Aura::UpdateInstanceRequest::renameTo(u"new name"_s), ctx, done);
            break;
        case 3:
            rig.client->createSnapshot(u"i1"_s, ctx, done);
            break;
        case 4:
            rig.client->restoreSnapshot(u"i1"_s, u"s1"_s, {}, ctx, done);
            break;
        default:
            rig.client->overwriteInstance(u"i1"_s, {u"i2"_s, u"s1"_s}, ctx, done);
            break;
        }
        QTRY_COMPARE(rig.apiRequests().size(), 1);
        rig.runClock();
        QTRY_COMPARE(answers, 1);
        QCOMPARE(rig.apiRequests().size(), 1);
        // No answer to a change that may have reached the server: its outcome is unknown, never "failed".
        const ApiError::Kind expected[] = {ApiError::Kind::Http, ApiError::Kind::Http, ApiError::Kind::RateLimited,
            ApiError::Kind::OutcomeUnknown, ApiError::Kind::OutcomeUnknown};
        QCOMPARE(kind, expected[failure]);
    }

    void anUnreadableAnswerToAChangeIsOfUnknownOutcome()
    {
        Rig rig;
        rig.api = [&](const SeenRequest &) {
            return FakeAnswer::json(202, "{\"data\":{\"id\":\"n7\",\"name\":\"orders\",\"connection_ur"_ba);
        };
        Answers<Aura::InstanceCreated> answers;
        rig.client->createInstance({}, &rig.context, answers.collector());
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(answers.only().error().resourceId, u"n7"_s); // what could still be read, for finding it
        QCOMPARE(rig.apiRequests().size(), 1);

        // The same for a read is only an unreadable answer: nothing was changed.
        Answers<Aura::Instance> read;
        rig.client->getInstance(u"n7"_s, &rig.context, read.collector(), Aura::Priority::User);
        rig.runClock();
        QTRY_COMPARE(read.replies.size(), 1);
        QCOMPARE(read.only().error().kind, ApiError::Kind::Malformed);
    }

    void aCutCreateAnswerStillDeliversItsPassword()
    {
        Rig rig;
        rig.api = [&](const SeenRequest &) {
            return FakeAnswer::json(202,
                "{\"data\":{\"id\":\"n8\",\"name\":\"orders\",\"username\":\"neo4j\",\"password\":\"p\\\"w\",\"tenant_id\":\"t"_ba);
        };
        Answers<Aura::InstanceCreated> answers;
        rig.client->createInstance({}, &rig.context, answers.collector());
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(answers.only().value().id, u"n8"_s);
        QCOMPARE(answers.only().value().password, u"p\"w"_s);
        QCOMPARE(answers.only().value().username, u"neo4j"_s);
        QVERIFY(answers.only().value().tenantId.isEmpty()); // cut inside the value: not guessed
    }

    void aRateLimitedCreateIsWaitedOutAndSentAgain()
    {
        // The limiter answers before the service does anything: the create did not happen, so it is sent again
        // once the wait is over, and only then.
        Rig rig;
        int calls = 0;
        rig.api = [&](const SeenRequest &) {
            if (++calls == 1) {
                FakeAnswer a = FakeAnswer::json(429, "{\"error\":\"API rate limit exceeded\"}"_ba);
                a.headers.append({"Retry-After"_ba, "2"_ba});
                return a;
            }
            return FakeAnswer::json(202, "{\"data\":{\"id\":\"n1\",\"password\":\"pw\"}}"_ba);
        };
        Answers<Aura::InstanceCreated> answers;
        rig.client->createInstance({}, &rig.context, answers.collector());
        QTRY_COMPARE(calls, 1);
        rig.clock.advance(1'999);
        QCOMPARE(calls, 1);
        rig.clock.advance(1);
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(answers.only().value().id, u"n1"_s);
        QCOMPARE(calls, 2);
    }

    void changeIsRetriedWhenTheConnectionWasNeverMade()
    {
        Rig rig;
        int calls = 0;
        rig.api = [&](const SeenRequest &) {
            return ++calls == 1 ? FakeAnswer::fail(QNetworkReply::ConnectionRefusedError)
                                : FakeAnswer::json(202, "{\"data\":{\"id\":\"n1\",\"password\":\"pw\"}}"_ba);
        };
        Answers<Aura::InstanceCreated> answers;
        rig.client->createInstance({}, &rig.context, answers.collector());
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QCOMPARE(calls, 2);
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("seconds") << "5"_ba;
        QTest::newRow("http date") << "Fri, 27 Nov 2026 12:00:05 GMT"_ba; // the fake clock starts at 12:00:00
    }
    void retryAfterIsHonoured()
    {
        QFETCH(QByteArray, retryAfter);
        Rig rig;
        int calls = 0;
        rig.api = [&](const SeenRequest &r) {
            if (r.url.path().endsWith(u"/i1"_s) && ++calls == 1) {
                FakeAnswer a = FakeAnswer::json(429, "{\"error\":\"API rate limit exceeded\"}"_ba);
                a.headers.append({"Retry-After"_ba, retryAfter});
                return a;
            }
            return FakeAnswer::json(200, InstanceBody);
        };
        QSignalSpy limited(rig.client.get(), &Aura::AuraService::rateLimited);
        Answers<Aura::Instance> first;
        rig.client->getInstance(u"i1"_s, &rig.context, first.collector(), Priority::User);
        QTRY_COMPARE(calls, 1);
        rig.clock.advance(0); // the 429 arrives
        QCOMPARE(limited.count(), 1);
        QCOMPARE(limited.at(0).at(0).toDateTime(), QDateTime(QDate(2026, 11, 27), QTime(12, 0, 5), Qt::UTC));

        // The hold is shared: a request started meanwhile waits too.
        Answers<Aura::Instance> second;
        rig.client->getInstance(u"i2"_s, &rig.context, second.collector(), Priority::User);
        rig.clock.advance(4'999);
        QCOMPARE(rig.apiRequests().size(), 1);
        rig.clock.advance(1);
        QTRY_COMPARE(first.replies.size(), 1);
        QTRY_COMPARE(second.replies.size(), 1);
        QVERIFY(first.only().ok());
        QCOMPARE(rig.apiRequests().size(), 3);
    }

    void persistentRateLimitIsReportedWithItsWait()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) {
            FakeAnswer a = FakeAnswer::json(429, "{\"error\":\"API rate limit exceeded\"}"_ba, "rid-429");
            a.headers.append({"Retry-After"_ba, "2"_ba});
            return a;
        };
        Answers<QList<Aura::Tenant>> answers;
        rig.client->listTenants(&rig.context, answers.collector(), Priority::Background);
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        const ApiError &e = answers.only().error();
        QCOMPARE(e.kind, ApiError::Kind::RateLimited);
        QCOMPARE(e.retryAfter, std::chrono::seconds(2));
        QCOMPARE(e.serverError, u"API rate limit exceeded"_s);
        QCOMPARE(e.requestId, u"rid-429"_s);
    }

    void deleteThatWentThroughCountsAsDone()
    {
        Rig rig;
        int calls = 0;
        rig.api = [&](const SeenRequest &) {
            return ++calls == 1 ? FakeAnswer::fail(QNetworkReply::RemoteHostClosedError)
                                : FakeAnswer::json(404, "{\"errors\":[{\"message\":\"Not found\"}]}"_ba);
        };
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->deleteInstance(u"i1"_s, &rig.context, answers.collector());
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(answers.only().ok());
        QVERIFY(!answers.only().value());
        QCOMPARE(calls, 2);
    }

    void deleteOfAnUnknownInstanceIsNotFound()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) {
            return FakeAnswer::json(404, "{\"errors\":[{\"message\":\"Not found\"}]}"_ba);
        };
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->deleteInstance(u"nope"_s, &rig.context, answers.collector());
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().httpStatus, 404);
    }

    void hangingRequestTimesOut()
    {
        Aura::ClientSettings settings = Rig::defaults();
        settings.policy.maxAttempts = 2;
        settings.policy.timeoutMs = 10'000;
        Rig rig(settings);
        rig.api = [](const SeenRequest &) { return FakeAnswer::hang(); };
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(rig.apiRequests().size(), 1);
        rig.clock.advance(9'999);
        QCOMPARE(answers.replies.size(), 0);
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::Timeout);
        QCOMPARE(rig.apiRequests().size(), 2);
        QCOMPARE(rig.network.aborted(), 2);
    }

    void tlsFailureIsInsecureAndNotRetried()
    {
        Rig rig;
        rig.api = [](const SeenRequest &) { return FakeAnswer::fail(QNetworkReply::SslHandshakeFailedError); };
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::User);
        rig.runClock();
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.only().error().kind, ApiError::Kind::InsecureTransport);
        QCOMPARE(rig.apiRequests().size(), 1);
    }

    void budgetServesUserActionsFirst()
    {
        Aura::ClientSettings settings = Rig::defaults();
        settings.requestsPerMinute = 2; // the token request and the first call use it up
        Rig rig(settings);
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"first"_s, &rig.context, answers.collector(), Priority::Background);
        QTRY_COMPARE(rig.apiRequests().size(), 1);
        QCOMPARE(rig.network.tokenRequests(), 1);
        rig.client->getInstance(u"background"_s, &rig.context, answers.collector(), Priority::Background);
        rig.client->getInstance(u"user"_s, &rig.context, answers.collector(), Priority::User);
        rig.clock.advance(59'000);
        QCOMPARE(rig.apiRequests().size(), 1);
        rig.clock.advance(1'000);
        QTRY_COMPARE(rig.apiRequests().size(), 3);
        QVERIFY(rig.apiRequests().at(1).url.path().endsWith(u"/user"_s));
        QVERIFY(rig.apiRequests().at(2).url.path().endsWith(u"/background"_s));
        QTRY_COMPARE(answers.replies.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
