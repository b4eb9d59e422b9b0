#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

// The client against a real TLS server on loopback whose certificate nobody vouches for (self-signed, made by
// openssl for this run): the handshake is refused, the error says so, and not one byte of a request (which would
// carry the client secret) reaches the server. TLS errors are never ignored.
class TestTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_handshakesStarted = 0;
    QByteArray m_received; // decrypted request bytes: must stay empty

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        const QString cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s,
                cert});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks nothing of the client
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakesStarted; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QIODevice::readyRead, this, [this, socket] { m_received += socket->readAll(); });
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void anUntrustedCertificateIsRefusedBeforeAnythingIsSent()
    {
        MemorySecretStore secrets;
        secrets.write(Aura::SecretKeys::clientSecret(u"tls"_s), u"secret-that-must-not-travel"_s, nullptr, {});
        ClientSettings settings;
        const QString base = u"https://127.0.0.1:%1"_s.arg(m_server.serverPort());
        settings.apiBaseUrl = QUrl(base + u"/v1"_s);
        settings.tokenUrl = QUrl(base + u"/oauth/token"_s);
        settings.clientId = u"tls-client"_s;
        settings.accountId = u"tls"_s;
        AuraClient client(settings, &secrets);

        std::optional<Reply<QList<Tenant>>> answer;
        client.listTenants(
            this, [&answer](const Reply<QList<Tenant>> &r) { answer = r; }, Priority::User);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ApiError::Kind::InsecureTransport);
        QVERIFY2(!answer->error().userMessage().isEmpty(), "the user is told why");
        QVERIFY(m_handshakesStarted >= 1); // it did reach the server, and went no further than the handshake
        QCOMPARE(m_received, QByteArray());
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
