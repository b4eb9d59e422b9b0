#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "api/tokenprovider.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Aura::ApiError;
using Aura::AuraClient;
using Aura::Priority;
using Aura::Reply;

namespace {

template<typename T>
struct Answers
{
    QList<Reply<T>> replies;
    Aura::AuraService::Callback<T> collector()
    {
        return [this](const Reply<T> &r) { replies.append(r); };
    }
};

// A loopback HTTP peer that misbehaves on purpose: it either never answers or drops each connection as soon as a
// request has arrived. It counts the requests that reached it, by request line.
class MisbehavingServer final : public QObject
{
public:
    enum class Mode { Hang, Drop };

    explicit MisbehavingServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())); }
    const QList<QByteArray> &requestLines() const { return m_requestLines; }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        m_requestLines.append(buffer.left(buffer.indexOf("\r\n")));
        buffer.clear();
        if (m_mode == Mode::Drop)
            socket->abort();
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requestLines;
};

} // namespace

// The client against the real sandbox over HTTP on loopback (and against deliberately broken peers).
class TestClientSandbox : public QObject
{
    Q_OBJECT
private:
    struct Rig
    {
        AuraSandbox::SandboxServer sandbox {nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed"))};
        Aura::MemorySecretStore secrets;
        std::unique_ptr<AuraClient> client;
        QObject context;

        explicit Rig(const QString &secret = QString::fromLatin1(AuraSandbox::DemoClientSecret))
        {
            sandbox.listenOnLoopback();
            secrets.write(Aura::SecretKeys::clientSecret(u"sandbox"_s), secret, &secrets, [](const auto &) {});
            client = std::make_unique<AuraClient>(settings(), &secrets);
        }

        Aura::ClientSettings settings() const
        {
            Aura::ClientSettings s;
            s.apiBaseUrl = sandbox.baseUrl();
            s.tokenUrl = sandbox.tokenUrl();
            s.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
            s.accountId = u"sandbox"_s;
            s.dialect = Aura::ApiDialect::Seed;
            s.policy.baseDelayMs = 20; // keep real backoff short
            s.policy.maxDelayMs = 100;
            s.policy.timeoutMs = 2'000;
            return s;
        }
    };

private Q_SLOTS:
    void tokenIsObtainedOnceAndReused_data()
    {
        QTest::addColumn<QString>("tokenPath");
        QTest::newRow("live location") << u"/oauth/token"_s;
        QTest::newRow("seed location") << u"/v1/oauth/token"_s;
    }
    void tokenIsObtainedOnceAndReused()
    {
        QFETCH(QString, tokenPath);
        Rig rig;
        Aura::ClientSettings settings = rig.settings();
        QUrl tokenUrl = settings.tokenUrl;
        tokenUrl.setPath(tokenPath);
        settings.tokenUrl = tokenUrl;
        rig.client->setSettings(settings);

        // Whatever the sandbox serves for /tenants today, the answer must be an HTTP answer, not an auth failure.
        Answers<QList<Aura::Tenant>> answers;
        for (int i = 0; i < 3; ++i)
            rig.client->listTenants(&rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(answers.replies.size(), 3);
        for (const auto &reply : std::as_const(answers.replies)) {
            QVERIFY(reply.httpStatus != 0);
            QVERIFY(!reply.requestId.isEmpty());
            if (!reply.ok()) {
                QCOMPARE_NE(reply.error().kind, ApiError::Kind::InvalidCredentials);
                QCOMPARE_NE(reply.error().kind, ApiError::Kind::PermissionDenied);
            }
        }
        QVERIFY(rig.client->tokenProvider()->hasValidToken());
        QCOMPARE(rig.client->tokenProvider()->refreshCount(), 1);
    }

    void wrongSecretIsInvalidCredentials()
    {
        Rig rig(u"not-the-secret"_s);
        Answers<Aura::Instance> answers;
        rig.client->getInstance(u"i1"_s, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(answers.replies.size(), 1);
        const ApiError &e = answers.replies.first().error();
        QCOMPARE(e.kind, ApiError::Kind::InvalidCredentials);
        QVERIFY(!e.requestId.isEmpty()); // the sandbox's X-Request-Id of the refusal
        QVERIFY(!e.details.isEmpty());
        QCOMPARE(rig.client->tokenProvider()->refreshCount(), 1);
    }

    void unknownPathIsNotFoundWithTheServersWords()
    {
        Rig rig;
        Answers<Aura::Snapshot> answers;
        rig.client->getSnapshot(
            u"no-such-instance"_s, u"no-such-snapshot"_s, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(answers.replies.size(), 1);
        const Reply<Aura::Snapshot> &reply = answers.replies.first();
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::Http);
        QCOMPARE(reply.httpStatus, 404);
        QVERIFY(!reply.error().details.isEmpty());
        QVERIFY(!reply.requestId.isEmpty());
    }

    void closedPortIsANetworkError()
    {
        Rig rig;
        Aura::ClientSettings settings = rig.settings();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        QUrl base = settings.apiBaseUrl;
        base.setPort(closedPort);
        settings.apiBaseUrl = base;
        rig.client->setSettings(settings);
        QSignalSpy reachability(rig.client.get(), &Aura::AuraService::reachabilityChanged);
        Answers<QList<Aura::Instance>> answers;
        rig.client->listInstances({}, &rig.context, answers.collector(), Priority::User);
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.replies.first().error().kind, ApiError::Kind::Network);
        QVERIFY(!reachability.isEmpty());
        QCOMPARE(reachability.last().at(0).toBool(), false);
    }

    void droppedConnectionsRetryReadsButNeverCreates()
    {
        Rig rig;
        MisbehavingServer peer(MisbehavingServer::Mode::Drop);
        Aura::ClientSettings settings = rig.settings();
        settings.apiBaseUrl = peer.baseUrl();
        rig.client->setSettings(settings);

        Answers<QList<Aura::Instance>> reads;
        rig.client->listInstances({}, &rig.context, reads.collector(), Priority::User);
        QTRY_COMPARE(reads.replies.size(), 1);
        QCOMPARE(reads.replies.first().error().kind, ApiError::Kind::Network);
        // Our retries, plus the one resend Qt itself allows idempotent requests on a dropped connection.
        const qsizetype readsArrived = peer.requestLines().size();
        QVERIFY(readsArrived >= settings.policy.maxAttempts);

        Answers<Aura::InstanceCreated> creates;
        Aura::CreateInstanceRequest request;
        request.name = u"only once"_s;
        rig.client->createInstance(request, &rig.context, creates.collector());
        QTRY_COMPARE(creates.replies.size(), 1);
        QCOMPARE(creates.replies.first().error().kind, ApiError::Kind::OutcomeUnknown); // it may have arrived
        QCOMPARE(peer.requestLines().size(), readsArrived + 1);
        QVERIFY(peer.requestLines().last().startsWith("POST /v1/instances "));
    }

    void silentServerTimesOut()
    {
        Rig rig;
        MisbehavingServer peer(MisbehavingServer::Mode::Hang);
        Aura::ClientSettings settings = rig.settings();
        settings.apiBaseUrl = peer.baseUrl();
        settings.policy.timeoutMs = 300;
        settings.policy.maxAttempts = 2;
        rig.client->setSettings(settings);
        Answers<std::optional<Aura::Instance>> answers;
        rig.client->pauseInstance(u"i1"_s, &rig.context, answers.collector());
        QTRY_COMPARE(answers.replies.size(), 1);
        // A POST that may have arrived is not sent again, and without an answer its outcome is unknown.
        QCOMPARE(answers.replies.first().error().kind, ApiError::Kind::OutcomeUnknown);
        QVERIFY(answers.replies.first().error().userMessage().contains(u"not known"_s));
        QCOMPARE(peer.requestLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_clientsandbox.moc"
