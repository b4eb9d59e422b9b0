#include "api/apierror.h"
#include "api/errorbody.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;

Q_DECLARE_METATYPE(Aura::ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void auraErrorListIsRead()
    {
        const ApiError e = Aura::httpError(400,
            "{\"errors\":[{\"message\":\"Name is too long\",\"reason\":\"invalid-name\",\"field\":\"name\"},{\"message\":\"Memory not allowed\",\"reason\":\"invalid-memory\"}]}"_ba,
            u"abc/123"_s);
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.requestId, u"abc/123"_s);
        QCOMPARE(e.details.size(), 2);
        QCOMPARE(e.details[0], (Aura::ErrorDetail {u"Name is too long"_s, u"invalid-name"_s, u"name"_s}));
        QCOMPARE(e.details[1].field, QString());
        QCOMPARE(e.field(), u"name"_s);
        QVERIFY(e.serverError.isEmpty());
    }

    void middlewareErrorIsRead()
    {
        const ApiError e = Aura::httpError(429, "{\"error\":\"API rate limit exceeded\"}"_ba, u"r-9"_s);
        QCOMPARE(e.serverError, u"API rate limit exceeded"_s);
        QVERIFY(e.details.isEmpty());
        QVERIFY(e.field().isEmpty());
        QVERIFY(e.userMessage().contains(u"API rate limit exceeded"_s));
    }

    void unreadableBodiesLeaveNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << "<html><body>Bad gateway</body></html>"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("errors not a list") << "{\"errors\":\"nope\"}"_ba;
        QTest::newRow("error not a string") << "{\"error\":{\"x\":1}}"_ba;
    }
    void unreadableBodiesLeaveNothing()
    {
        QFETCH(QByteArray, body);
        const ApiError e = Aura::httpError(502, body, {});
        QVERIFY(e.details.isEmpty());
        QVERIFY(e.serverError.isEmpty());
        QVERIFY(!e.userMessage().isEmpty());
    }

    void everyKindHasTextAndKeepsTheRequestId_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("network") << ApiError::Kind::Network;
        QTest::newRow("timeout") << ApiError::Kind::Timeout;
        QTest::newRow("http") << ApiError::Kind::Http;
        QTest::newRow("credentials") << ApiError::Kind::InvalidCredentials;
        QTest::newRow("permission") << ApiError::Kind::PermissionDenied;
        QTest::newRow("rate") << ApiError::Kind::RateLimited;
        QTest::newRow("malformed") << ApiError::Kind::Malformed;
        QTest::newRow("insecure") << ApiError::Kind::InsecureTransport;
        QTest::newRow("cancelled") << ApiError::Kind::Cancelled;
        QTest::newRow("no credentials") << ApiError::Kind::NoCredentials;
        QTest::newRow("outcome unknown") << ApiError::Kind::OutcomeUnknown;
        QTest::newRow("refused destination") << ApiError::Kind::RefusedDestination;
    }
    void everyKindHasTextAndKeepsTheRequestId()
    {
        QFETCH(ApiError::Kind, kind);
        ApiError e;
        e.kind = kind;
        e.httpStatus = 500;
        const QString withoutId = e.userMessage();
        QVERIFY(!withoutId.isEmpty());
        QVERIFY(!withoutId.contains(u"support"_s));
        e.requestId = u"8a35fa95b983aeff/1238"_s;
        QVERIFY(e.userMessage().contains(u"8a35fa95b983aeff/1238"_s));
    }

    void kindsReadDifferently()
    {
        ApiError network;
        network.kind = ApiError::Kind::Network;
        ApiError credentials;
        credentials.kind = ApiError::Kind::InvalidCredentials;
        ApiError permission;
        permission.kind = ApiError::Kind::PermissionDenied;
        QVERIFY(network.userMessage() != credentials.userMessage());
        QVERIFY(credentials.userMessage() != permission.userMessage());
    }

    void anUnreachableServiceIsNamedWithItsCause()
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.host = u"api.neo4j.io"_s;
        e.detailText = u"Host not found"_s;
        const QString operation = e.userMessage();
        QVERIFY2(
            operation.contains(u"api.neo4j.io"_s) && operation.contains(u"Host not found"_s), qPrintable(operation));
        // Only the console's own refresh keeps trying; after a user's action the user decides.
        QVERIFY(!operation.contains(u"keeps trying"_s));
        QVERIFY(e.userMessage({Aura::MessageContext::Situation::Refresh, {}}).contains(u"keeps trying"_s));
        QVERIFY(e.userMessage({Aura::MessageContext::Situation::ConnectionTest, {}}).contains(u"proxy"_s));
        // Without a host of its own the error names the one the reader gives.
        e.host.clear();
        QVERIFY(
            e.userMessage({Aura::MessageContext::Situation::Operation, u"sandbox.test"_s}).contains(u"sandbox.test"_s));
    }

    void transientErrors_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::newRow("network") << ApiError::Kind::Network << 0 << true;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << 0 << true;
        QTest::newRow("rate limited") << ApiError::Kind::RateLimited << 429 << true;
        QTest::newRow("503") << ApiError::Kind::Http << 503 << true;
        QTest::newRow("404") << ApiError::Kind::Http << 404 << false;
        QTest::newRow("credentials") << ApiError::Kind::InvalidCredentials << 401 << false;
        QTest::newRow("permission") << ApiError::Kind::PermissionDenied << 403 << false;
        QTest::newRow("malformed") << ApiError::Kind::Malformed << 200 << false;
        QTest::newRow("insecure") << ApiError::Kind::InsecureTransport << 0 << false;
        QTest::newRow("no credentials") << ApiError::Kind::NoCredentials << 0 << false;
        QTest::newRow("outcome unknown") << ApiError::Kind::OutcomeUnknown << 0 << false; // found out, not retried
        QTest::newRow("refused destination") << ApiError::Kind::RefusedDestination << 0 << false;
    }
    void transientErrors()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        QFETCH(bool, transient);
        ApiError e;
        e.kind = kind;
        e.httpStatus = status;
        QCOMPARE(e.isTransient(), transient);
    }

    void statusesReadDifferently_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("404") << 404 << u"Not found"_s;
        QTest::newRow("409") << 409 << u"busy"_s;
        QTest::newRow("503") << 503 << u"HTTP 503"_s;
        QTest::newRow("418") << 418 << u"HTTP 418"_s;
    }
    void statusesReadDifferently()
    {
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QVERIFY2(Aura::httpError(status, {}, {}).userMessage().contains(mentions),
            qPrintable(Aura::httpError(status, {}, {}).userMessage()));
    }

    void ongoingOperationIsExplained()
    {
        const ApiError e = Aura::httpError(409,
            "{\"errors\":[{\"message\":\"Instance is being updated\",\"reason\":\"ongoing-database-operation\"}]}"_ba,
            {});
        QVERIFY(e.userMessage().contains(u"Another operation"_s));
        QVERIFY(e.userMessage().contains(u"Instance is being updated"_s));
    }

    void badRequestShowsTheServersWords()
    {
        const ApiError e
            = Aura::httpError(400, "{\"errors\":[{\"message\":\"Region not available\",\"field\":\"region\"}]}"_ba, {});
        QVERIFY(e.userMessage().startsWith(u"Region not available"_s));
        QCOMPARE(e.field(), u"region"_s);
    }

    void retryAfterIsShown()
    {
        ApiError e;
        e.kind = ApiError::Kind::RateLimited;
        e.retryAfter = std::chrono::seconds(42);
        QVERIFY(e.userMessage().contains(u"42"_s));
    }

    void transportErrorsAreClassified_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << ApiError::Kind::Network;
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false << ApiError::Kind::Network;
        QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << true << ApiError::Kind::Timeout;
        QTest::newRow("cancel") << int(QNetworkReply::OperationCanceledError) << false << ApiError::Kind::Cancelled;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false
                             << ApiError::Kind::InsecureTransport;
    }
    void transportErrorsAreClassified()
    {
        QFETCH(int, code);
        QFETCH(bool, timedOut);
        QFETCH(ApiError::Kind, kind);
        const ApiError e = Aura::transportError(static_cast<QNetworkReply::NetworkError>(code), u"details"_s, timedOut);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.detailText, u"details"_s);
        QCOMPARE(e.httpStatus, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
