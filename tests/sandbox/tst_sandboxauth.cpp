#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Talks to the sandbox over real HTTP on loopback.
class TestSandboxAuth : public QObject
{
    Q_OBJECT
private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray requestId;
    };

    Answer post(const QUrl &url, const QByteArray &user, const QByteArray &password, const QByteArray &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        if (!user.isEmpty())
            request.setRawHeader("Authorization", "Basic " + QByteArray(user + ':' + password).toBase64());
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("X-Request-Id")};
    }

    QNetworkAccessManager m_network;

    static std::unique_ptr<AuraSandbox::Dialect> dialect() { return AuraSandbox::Dialect::create(currentDialect()); }

private Q_SLOTS:
    void initTestCase_data() { addDialectRows(); }

    void demoClientGetsABearerToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("live location") << u"/oauth/token"_s;
        QTest::newRow("seed location") << u"/v1/oauth/token"_s;
    }
    void demoClientGetsABearerToken()
    {
        QFETCH(QString, path);
        AuraSandbox::SandboxServer server(nullptr, dialect());
        QVERIFY(server.listenOnLoopback() != 0);
        QUrl url = server.tokenUrl();
        url.setPath(path);
        const Answer a
            = post(url, AuraSandbox::DemoClientId, AuraSandbox::DemoClientSecret, "grant_type=client_credentials");
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.value("access_token"_L1).toString().isEmpty());
        QCOMPARE(a.body.value("expires_in"_L1).toInt(), 3600);
        QCOMPARE(a.body.value("token_type"_L1).toString().toLower(), u"bearer"_s);
        QVERIFY(!a.requestId.isEmpty());
    }

    void wrongSecretIsUnauthorized()
    {
        AuraSandbox::SandboxServer server(nullptr, dialect());
        QVERIFY(server.listenOnLoopback() != 0);
        const Answer a = post(server.tokenUrl(), AuraSandbox::DemoClientId, "wrong", "grant_type=client_credentials");
        QCOMPARE(a.status, 401);
        QVERIFY(
            currentDialect() == u"seed" ? a.body.value("errors"_L1).isArray() : a.body.value("error"_L1).isString());
        const Answer none = post(server.tokenUrl(), {}, {}, "grant_type=client_credentials");
        QCOMPARE(none.status, 401);
    }

    void otherGrantTypesAreRefused()
    {
        AuraSandbox::SandboxServer server(nullptr, dialect());
        QVERIFY(server.listenOnLoopback() != 0);
        const Answer a
            = post(server.tokenUrl(), AuraSandbox::DemoClientId, AuraSandbox::DemoClientSecret, "grant_type=password");
        QCOMPARE(a.status, 400);
    }

    void bearerTokensAreChecked_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << 401;
        QTest::newRow("unknown token") << QByteArray("Bearer not-a-token") << 401;
        QTest::newRow("other scheme") << QByteArray("Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1zZWNyZXQ=") << 401;
    }
    void bearerTokensAreChecked()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        AuraSandbox::SandboxServer server(nullptr, dialect());
        QVERIFY(server.listenOnLoopback() != 0);
        QNetworkRequest request(QUrl(server.baseUrl().toString() + u"/instances"_s));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        const HttpResult r = SandboxClient::wait(m_network.get(request));
        QCOMPARE(r.status, status);
        QVERIFY2(r.isFrontError(currentDialect(), u"unauthorized"_s), r.body.constData());
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void expiredTokenIsForbidden()
    {
        qint64 now = 1'800'000'000'000;
        AuraSandbox::SandboxServer server(nullptr, dialect());
        server.auth().setClock([&now] { return now; });
        server.auth().setTokenLifetime(5);
        QVERIFY(server.listenOnLoopback() != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        const HttpResult token = client.tokenRequest(
            AuraSandbox::DemoClientId, AuraSandbox::DemoClientSecret, "grant_type=client_credentials");
        QCOMPARE(token.json.value("expires_in"_L1).toInt(), 5);
        client.setToken(token.json.value("access_token"_L1).toString().toLatin1());
        now += 4999;
        QCOMPARE(client.get(u"/v1/instances"_s).status, 200);
        now += 1;
        const HttpResult expired = client.get(u"/v1/instances"_s);
        QCOMPARE(expired.status, 403);
        QVERIFY2(expired.isFrontError(currentDialect(), u"token-expired"_s), expired.body.constData());
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/v1/instances"_s).status, 200);
    }

    void controlEndpointExpiresEveryTokenNow()
    {
        AuraSandbox::SandboxServer server(nullptr, dialect());
        QVERIFY(server.listenOnLoopback() != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        QVERIFY(client.authenticate());
        SandboxClient other(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        QVERIFY(other.authenticate());
        const HttpResult expire = client.send("POST", u"/_sandbox/tokens/expire"_s);
        QCOMPARE(expire.status, 200);
        QCOMPARE(expire.json.value("expired"_L1).toInt(), 2);
        QCOMPARE(client.get(u"/v1/tenants"_s).status, 403);
        QCOMPARE(other.get(u"/v1/tenants"_s).status, 403);
        QVERIFY(client.authenticate());
        QCOMPARE(client.get(u"/v1/tenants"_s).status, 200);
    }

    void configuredClientsWorkAlongsideTheDemoClient()
    {
        AuraSandbox::SandboxServer server(nullptr, dialect());
        server.auth().addClient(u"ci-client"_s, u"c0mpl:cated secret"_s);
        QVERIFY(server.listenOnLoopback() != 0);
        SandboxClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        QVERIFY(client.authenticate("ci-client", "c0mpl:cated secret"));
        QVERIFY(!client.authenticate("ci-client", "c0mpl:cated"));
        QVERIFY(client.authenticate());
        server.auth().removeClient(u"ci-client"_s);
        QVERIFY(!client.authenticate("ci-client", "c0mpl:cated secret"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
