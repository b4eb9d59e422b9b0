#include "sandboxserver.h"

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

private Q_SLOTS:
    void demoClientGetsABearerToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("live location") << u"/oauth/token"_s;
        QTest::newRow("seed location") << u"/v1/oauth/token"_s;
    }
    void demoClientGetsABearerToken()
    {
        QFETCH(QString, path);
        AuraSandbox::SandboxServer server;
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
        AuraSandbox::SandboxServer server;
        QVERIFY(server.listenOnLoopback() != 0);
        const Answer a = post(server.tokenUrl(), AuraSandbox::DemoClientId, "wrong", "grant_type=client_credentials");
        QCOMPARE(a.status, 401);
        QVERIFY(a.body.value("errors"_L1).isArray());
        const Answer none = post(server.tokenUrl(), {}, {}, "grant_type=client_credentials");
        QCOMPARE(none.status, 401);
    }

    void otherGrantTypesAreRefused()
    {
        AuraSandbox::SandboxServer server;
        QVERIFY(server.listenOnLoopback() != 0);
        const Answer a
            = post(server.tokenUrl(), AuraSandbox::DemoClientId, AuraSandbox::DemoClientSecret, "grant_type=password");
        QCOMPARE(a.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
