#include "sandboxclient.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Staging = u"2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3"_s; // demo tenant with professional and free types
const QString FreeInstance = u"3f4e5d6c"_s; // demo free-db instance, running

// Where the sandbox deliberately goes beyond the seed contract: answers the seed does not document, as
// "operationId status". Prism reports each as "Unable to match the returned status code"; nothing else is allowed.
const QStringList DeliberateExtensions {
    // 409 ongoing-database-operation / wrong state, as the live service answers
    u"updateInstance 409"_s,
    u"deleteInstance 409"_s,
    u"pauseInstance 409"_s,
    u"resumeInstance 409"_s,
    u"overwriteInstance 409"_s,
    u"createSnapshot 409"_s,
    u"restoreSnapshot 409"_s,
    // a free instance cannot be paused by hand (live service)
    u"pauseInstance 400"_s,
    // an expired token is 403 on every operation (the seed's token description), documented on two of them only
    u"listTenants 403"_s,
    u"getTenant 403"_s,
    u"getInstance 403"_s,
    u"updateInstance 403"_s,
    u"deleteInstance 403"_s,
    u"pauseInstance 403"_s,
    u"resumeInstance 403"_s,
    u"overwriteInstance 403"_s,
    u"listSnapshots 403"_s,
    u"createSnapshot 403"_s,
    u"getSnapshot 403"_s,
    u"restoreSnapshot 403"_s,
    // a grant type other than client_credentials
    u"getAccessToken 400"_s,
};

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QJsonObject createBody(const QString &name = u"contract"_s)
{
    return QJsonObject {{"name"_L1, name}, {"tenant_id"_L1, Staging}, {"type"_L1, u"professional-db"_s},
        {"cloud_provider"_L1, u"gcp"_s}, {"region"_L1, u"europe-west1"_s}, {"memory"_L1, u"2GB"_s}};
}

} // namespace

// Every operation of the sandbox, with its successes and documented errors, through Prism's validation proxy: an
// independent validator checks each answer against the schemas of spec/openapi.yml. Any violation fails the test,
// except the deliberate extensions listed above. Every answer must also carry the sandbox's X-Request-Id, so an
// answer that Prism made up itself cannot pass for one of the sandbox's.
class TestSandboxContract : public QObject
{
    Q_OBJECT
private:
    QProcess m_sandbox;
    QProcess m_prism;
    quint16 m_sandboxPort = 0;
    std::unique_ptr<SandboxClient> m_client; // through Prism
    std::unique_ptr<SandboxClient> m_direct; // straight to the sandbox, for the control endpoint
    QStringList m_problems;
    int m_checked = 0;

    // What is wrong with an answer, contract-wise; empty when it conforms.
    static QStringList problemsOf(const HttpResult &r, const QString &operation, int expected)
    {
        QStringList problems;
        const QString where = u"%1 (expected %2, got %3)"_s.arg(operation).arg(expected).arg(r.status);
        if (!r.finished)
            return {where + u": no answer"_s};
        if (r.status != expected)
            problems << where + u": unexpected status, body "_s + QString::fromUtf8(r.body.left(300));
        if (r.header("X-Request-Id").isEmpty())
            problems << where + u": not the sandbox's answer: "_s + QString::fromUtf8(r.body.left(300));
        if (r.header("Content-Type").startsWith("application/problem+json"))
            problems << where + u": Prism reports "_s + QString::fromUtf8(r.body.left(500));
        const QByteArray violations = r.header("sl-violations");
        if (!violations.isEmpty()) {
            const bool allowed = DeliberateExtensions.contains(u"%1 %2"_s.arg(operation).arg(r.status));
            const QJsonArray list = QJsonDocument::fromJson(violations).array();
            for (const QJsonValue &v : list) {
                const QString message = v.toObject().value("message"_L1).toString();
                if (!(allowed && message.startsWith(u"Unable to match the returned status code"_s)))
                    problems << where + u": violation: "_s + message;
            }
            if (list.isEmpty())
                problems << where + u": unreadable violations: "_s + QString::fromUtf8(violations);
        }
        return problems;
    }

    HttpResult call(const QString &operation, int expected, const QByteArray &method, const QString &path,
        const QByteArray &body = {})
    {
        const HttpResult r = m_client->send(method, path, body);
        m_problems << problemsOf(r, operation, expected);
        ++m_checked;
        return r;
    }
    HttpResult call(
        const QString &operation, int expected, const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return call(operation, expected, method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult callWithToken(const QString &operation, int expected, const QByteArray &token, const QByteArray &method,
        const QString &path, const QJsonObject &body = {})
    {
        const QByteArray mine = m_client->token();
        m_client->setToken(token);
        const HttpResult r = call(operation, expected, method, path,
            method == "GET" || body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_client->setToken(mine);
        return r;
    }
    QString statusOf(const QString &id)
    {
        return call(u"getInstance"_s, 200, "GET", u"/instances/"_s + id).data().value("status"_L1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString sandbox = qEnvironmentVariable("AURA_SANDBOX_EXECUTABLE");
        const QString prism = qEnvironmentVariable("AURA_PRISM");
        const QString spec = qEnvironmentVariable("AURA_SEED_SPEC");
        QVERIFY2(QFile::exists(sandbox), "AURA_SANDBOX_EXECUTABLE must name aura-sandbox");
        QVERIFY2(QFile::exists(prism), "Prism is missing: run scripts/install-deps.sh (npm ci installs it)");
        QVERIFY2(QFile::exists(spec), "AURA_SEED_SPEC must name spec/openapi.yml");

        m_sandboxPort = freePort();
        const quint16 prismPort = freePort();
        QVERIFY(m_sandboxPort != 0 && prismPort != 0);
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start(sandbox,
            {u"--dialect"_s, u"seed"_s, u"--port"_s, QString::number(m_sandboxPort), u"--time-scale"_s, u"0.03"_s});
        QVERIFY(m_sandbox.waitForStarted(10000));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Prism talks to the sandbox on loopback and to nothing else.
        env.insert(u"SCARF_ANALYTICS"_s, u"false"_s);
        env.insert(u"DO_NOT_TRACK"_s, u"1"_s);
        env.insert(u"HTTP_PROXY"_s, u"http://127.0.0.1:9"_s);
        env.insert(u"HTTPS_PROXY"_s, u"http://127.0.0.1:9"_s);
        env.insert(u"NO_PROXY"_s, u"127.0.0.1,localhost"_s);
        m_prism.setProcessEnvironment(env);
        m_prism.setProcessChannelMode(QProcess::MergedChannels);
        m_prism.start(prism,
            {u"proxy"_s, spec, u"http://127.0.0.1:%1/v1"_s.arg(m_sandboxPort), u"--errors"_s,
                u"--validate-request=false"_s, u"--port"_s, QString::number(prismPort), u"--host"_s, u"127.0.0.1"_s});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += m_prism.readAll()).contains("Prism is listening") || m_prism.state() == QProcess::NotRunning,
            90000);
        QVERIFY2(output.contains("Prism is listening"), output.right(2000).constData());

        m_client = std::make_unique<SandboxClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(prismPort)));
        m_direct = std::make_unique<SandboxClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_sandboxPort)));
        const HttpResult token
            = m_client->tokenRequest("sandbox-client", "sandbox-secret", "grant_type=client_credentials");
        m_problems << problemsOf(token, u"getAccessToken"_s, 200);
        m_client->setToken(token.json.value("access_token"_L1).toString().toLatin1());
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        qInfo("%d answers checked against the contract", m_checked);
        m_client.reset();
        m_direct.reset();
        for (QProcess *p : {&m_prism, &m_sandbox}) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
        }
    }

    void init() { m_problems.clear(); }
    void cleanup() { QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n'))); }

    void token()
    {
        const auto checked = [this](const QByteArray &secret, const QByteArray &form, int expected) {
            const HttpResult r = m_client->tokenRequest("sandbox-client", secret, form);
            m_problems << problemsOf(r, u"getAccessToken"_s, expected);
        };
        checked("sandbox-secret", "grant_type=client_credentials", 200);
        checked("wrong", "grant_type=client_credentials", 401);
        checked("sandbox-secret", "grant_type=password", 400);
    }

    void tenants()
    {
        const HttpResult list = call(u"listTenants"_s, 200, "GET", u"/tenants"_s);
        QCOMPARE(list.dataArray().size(), 3);
        call(u"getTenant"_s, 200, "GET", u"/tenants/"_s + Staging);
        call(u"getTenant"_s, 404, "GET", u"/tenants/nope"_s);
        callWithToken(u"listTenants"_s, 401, "Bearer-less", "GET", u"/tenants"_s);
        callWithToken(u"getTenant"_s, 401, "nope", "GET", u"/tenants/"_s + Staging);
    }

    void instanceLifecycle()
    {
        call(u"listInstances"_s, 200, "GET", u"/instances"_s);
        call(u"listInstances"_s, 200, "GET", u"/instances?tenantId="_s + Staging);
        callWithToken(u"listInstances"_s, 401, "nope", "GET", u"/instances"_s);

        const HttpResult created = call(u"createInstance"_s, 202, "POST", u"/instances"_s, createBody());
        const QString id = created.data().value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
        QJsonObject body = createBody();
        body.remove("memory"_L1);
        call(u"createInstance"_s, 400, "POST", u"/instances"_s, body);
        body = createBody(QString(31, u'x'));
        call(u"createInstance"_s, 400, "POST", u"/instances"_s, body);
        body = createBody();
        body.insert("memory"_L1, u"3GB"_s);
        call(u"createInstance"_s, 400, "POST", u"/instances"_s, body);
        callWithToken(u"createInstance"_s, 401, "nope", "POST", u"/instances"_s, createBody());

        call(u"getInstance"_s, 404, "GET", u"/instances/ffffffff"_s);
        callWithToken(u"getInstance"_s, 401, "nope", "GET", u"/instances/"_s + id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 20000);

        const QString path = u"/instances/"_s + id;
        call(u"updateInstance"_s, 200, "PATCH", path, QJsonObject {{"name"_L1, u"renamed"_s}});
        call(u"updateInstance"_s, 400, "PATCH", path, QJsonObject {{"name"_L1, QString(31, u'x')}});
        call(u"updateInstance"_s, 400, "PATCH", path, QJsonObject {{"memory"_L1, u"3GB"_s}});
        call(u"updateInstance"_s, 404, "PATCH", u"/instances/ffffffff"_s, QJsonObject {{"name"_L1, u"x"_s}});
        callWithToken(u"updateInstance"_s, 401, "nope", "PATCH", path, QJsonObject {{"name"_L1, u"x"_s}});
        call(u"updateInstance"_s, 200, "PATCH", path, QJsonObject {{"memory"_L1, u"4GB"_s}});
        call(u"updateInstance"_s, 409, "PATCH", path, QJsonObject {{"memory"_L1, u"8GB"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 20000);

        call(u"pauseInstance"_s, 200, "POST", path + u"/pause"_s);
        call(u"pauseInstance"_s, 409, "POST", path + u"/pause"_s);
        call(u"pauseInstance"_s, 404, "POST", u"/instances/ffffffff/pause"_s);
        call(u"pauseInstance"_s, 400, "POST", u"/instances/%1/pause"_s.arg(FreeInstance));
        callWithToken(u"pauseInstance"_s, 401, "nope", "POST", path + u"/pause"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"paused"_s, 20000);
        call(u"createSnapshot"_s, 409, "POST", path + u"/snapshots"_s);

        call(u"resumeInstance"_s, 200, "POST", path + u"/resume"_s);
        call(u"resumeInstance"_s, 409, "POST", path + u"/resume"_s);
        call(u"resumeInstance"_s, 404, "POST", u"/instances/ffffffff/resume"_s);
        callWithToken(u"resumeInstance"_s, 401, "nope", "POST", path + u"/resume"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 20000);

        call(u"deleteInstance"_s, 404, "DELETE", u"/instances/ffffffff"_s);
        callWithToken(u"deleteInstance"_s, 401, "nope", "DELETE", path);
        call(u"deleteInstance"_s, 202, "DELETE", path);
        call(u"deleteInstance"_s, 409, "DELETE", path);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).status, 404, 20000);
    }

    void snapshotsRestoreAndOverwrite()
    {
        const QString id = call(u"createInstance"_s, 202, "POST", u"/instances"_s, createBody(u"source"_s))
                               .data()
                               .value("id"_L1)
                               .toString();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"running"_s, 20000);
        const QString path = u"/instances/%1/snapshots"_s.arg(id);
        const QString snapshotId
            = call(u"createSnapshot"_s, 202, "POST", path).data().value("snapshot_id"_L1).toString();
        QVERIFY(!snapshotId.isEmpty());
        call(u"createSnapshot"_s, 404, "POST", u"/instances/ffffffff/snapshots"_s);
        callWithToken(u"createSnapshot"_s, 401, "nope", "POST", path);
        QTRY_COMPARE_WITH_TIMEOUT(
            call(u"getSnapshot"_s, 200, "GET", path + u'/' + snapshotId).data().value("status"_L1).toString(),
            u"Completed"_s, 20000);
        call(u"getSnapshot"_s, 404, "GET", path + u"/nope"_s);
        callWithToken(u"getSnapshot"_s, 401, "nope", "GET", path + u'/' + snapshotId);
        QVERIFY(!call(u"listSnapshots"_s, 200, "GET", path).dataArray().isEmpty());
        call(u"listSnapshots"_s, 404, "GET", u"/instances/ffffffff/snapshots"_s);
        callWithToken(u"listSnapshots"_s, 401, "nope", "GET", path);

        const QString restorePath = path + u'/' + snapshotId + u"/restore"_s;
        const HttpResult restored = call(u"restoreSnapshot"_s, 202, "POST", restorePath, createBody(u"restored"_s));
        const QString restoredId = restored.data().value("id"_L1).toString();
        QVERIFY(!restored.data().value("password"_L1).toString().isEmpty());
        QJsonObject body = createBody();
        body.insert("memory"_L1, u"3GB"_s);
        call(u"restoreSnapshot"_s, 400, "POST", restorePath, body);
        body = createBody();
        body.remove("tenant_id"_L1);
        call(u"restoreSnapshot"_s, 400, "POST", restorePath, body);
        call(u"restoreSnapshot"_s, 404, "POST", path + u"/nope/restore"_s, createBody());
        callWithToken(u"restoreSnapshot"_s, 401, "nope", "POST", restorePath, createBody());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(restoredId), u"running"_s, 20000);

        const QString overwritePath = u"/instances/%1/overwrite"_s.arg(restoredId);
        const QJsonObject source {{"source_instance_id"_L1, id}, {"source_snapshot_id"_L1, snapshotId}};
        call(u"overwriteInstance"_s, 400, "POST", overwritePath, QJsonObject {{"source_instance_id"_L1, id}});
        call(u"overwriteInstance"_s, 404, "POST", overwritePath,
            QJsonObject {{"source_instance_id"_L1, id}, {"source_snapshot_id"_L1, u"nope"_s}});
        call(u"overwriteInstance"_s, 404, "POST", u"/instances/ffffffff/overwrite"_s, source);
        callWithToken(u"overwriteInstance"_s, 401, "nope", "POST", overwritePath, source);
        call(u"overwriteInstance"_s, 200, "POST", overwritePath, source);
        call(u"overwriteInstance"_s, 409, "POST", overwritePath, source);
        call(u"restoreSnapshot"_s, 202, "POST", restorePath, createBody(u"second"_s));
    }

    void expiredTokensAreForbidden()
    {
        const QString id = m_client->get(u"/instances"_s).dataArray().first().toObject().value("id"_L1).toString();
        QCOMPARE(m_direct->send("POST", u"/_sandbox/tokens/expire"_s).status, 200);
        call(u"listInstances"_s, 403, "GET", u"/instances"_s);
        call(u"createInstance"_s, 403, "POST", u"/instances"_s, createBody());
        call(u"listTenants"_s, 403, "GET", u"/tenants"_s);
        call(u"getInstance"_s, 403, "GET", u"/instances/"_s + id);
        call(u"pauseInstance"_s, 403, "POST", u"/instances/%1/pause"_s.arg(id));
        call(u"listSnapshots"_s, 403, "GET", u"/instances/%1/snapshots"_s.arg(id));
        const HttpResult token
            = m_client->tokenRequest("sandbox-client", "sandbox-secret", "grant_type=client_credentials");
        m_problems << problemsOf(token, u"getAccessToken"_s, 200);
        m_client->setToken(token.json.value("access_token"_L1).toString().toLatin1());
        call(u"listInstances"_s, 200, "GET", u"/instances"_s);
    }

    // The check above is only worth something if it can fail: a broken answer must be caught.
    void brokenAnswersAreCaught()
    {
        QCOMPARE(m_direct->send("PUT", u"/_sandbox/faults"_s, "{\"malformed_rate\": 1}").status, 200);
        const HttpResult broken = m_client->get(u"/tenants"_s);
        QCOMPARE(m_direct->send("DELETE", u"/_sandbox/faults"_s).status, 200);
        QVERIFY(!problemsOf(broken, u"listTenants"_s, 200).isEmpty());

        const HttpResult undocumented = m_client->post(u"/instances/%1/pause"_s.arg(FreeInstance));
        QCOMPARE(undocumented.status, 400);
        QVERIFY(!undocumented.header("sl-violations").isEmpty()); // Prism flags the undocumented status
        QVERIFY(!problemsOf(undocumented, u"getInstance"_s, 400).isEmpty()); // not allowed for another operation
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandboxcontract.moc"
