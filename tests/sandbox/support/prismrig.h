#pragma once

#include "sandboxclient.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

// A violation that Prism reports and a contract test accepts on purpose: the sandbox does what the live service
// does where the spec says less. It matches a violation when every part that is set matches.
struct DeliberateExtension
{
    QString operation; // operationId; empty = any operation
    int status = 0; // of the answer; 0 = any status
    QString message; // what Prism's message starts with
    QString reason; // why the sandbox answers so, in one line
    // A further condition on the answer and on Prism's violation object ({location, severity, code, message});
    // unset = none.
    std::function<bool(const HttpResult &answer, const QJsonObject &violation)> holds;

    // A status the spec does not list for the operation: Prism warns "Unable to match the returned status code".
    static DeliberateExtension undocumentedStatus(const QString &operation, int status, const QString &reason)
    {
        return DeliberateExtension {
            operation, status, QStringLiteral("Unable to match the returned status code"), reason, {}};
    }
};

// The harness of the contract tests: aura-sandbox on loopback, Prism's validation proxy in front of it with a spec,
// a client through Prism and one straight to the sandbox (for the control endpoint). Every answer is checked: the
// expected status, the sandbox's own X-Request-Id (an answer Prism made up cannot pass for one of the sandbox's),
// no problem+json from Prism and no violation in its sl-violations header except the deliberate extensions.
class PrismRig
{
public:
    explicit PrismRig(QList<DeliberateExtension> extensions)
        : m_extensions(std::move(extensions))
    { }
    ~PrismRig() { stop(); }
    PrismRig(const PrismRig &) = delete;
    PrismRig &operator=(const PrismRig &) = delete;

    // Starts aura-sandbox (AURA_SANDBOX_EXECUTABLE) with sandboxArguments and a free port, then Prism (AURA_PRISM)
    // with the spec named by specVariable and prismOptions. Call from initTestCase(); on failure the test function
    // has failed (check QTest::currentTestFailed()).
    void start(const char *specVariable, const QStringList &sandboxArguments, const QStringList &prismOptions)
    {
        const QString sandbox = qEnvironmentVariable("AURA_SANDBOX_EXECUTABLE");
        const QString prism = qEnvironmentVariable("AURA_PRISM");
        const QString spec = qEnvironmentVariable(specVariable);
        QVERIFY2(QFile::exists(sandbox), "AURA_SANDBOX_EXECUTABLE must name aura-sandbox");
        QVERIFY2(QFile::exists(prism), "Prism is missing: run scripts/install-deps.sh (npm ci installs it)");
        QVERIFY2(QFile::exists(spec),
            qPrintable(QStringLiteral("%1 must name the spec file").arg(QLatin1StringView(specVariable))));

        const quint16 sandboxPort = freePort();
        const quint16 prismPort = freePort();
        QVERIFY(sandboxPort != 0 && prismPort != 0);
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start(
            sandbox, sandboxArguments + QStringList {QStringLiteral("--port"), QString::number(sandboxPort)});
        QVERIFY(m_sandbox.waitForStarted(10000));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Prism talks to the sandbox on loopback and to nothing else.
        env.insert(QStringLiteral("SCARF_ANALYTICS"), QStringLiteral("false"));
        env.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("1"));
        env.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        m_prism.setProcessEnvironment(env);
        m_prism.setProcessChannelMode(QProcess::MergedChannels);
        m_prism.start(prism,
            QStringList {QStringLiteral("proxy"), spec, QStringLiteral("http://127.0.0.1:%1/v1").arg(sandboxPort)}
                + prismOptions
                + QStringList {QStringLiteral("--validate-request=false"), QStringLiteral("--port"),
                    QString::number(prismPort), QStringLiteral("--host"), QStringLiteral("127.0.0.1")});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += m_prism.readAll()).contains("Prism is listening") || m_prism.state() == QProcess::NotRunning,
            90000);
        QVERIFY2(output.contains("Prism is listening"), output.right(2000).constData());

        m_client = std::make_unique<SandboxClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(prismPort)));
        m_direct = std::make_unique<SandboxClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sandboxPort)));
    }

    // Ends Prism and the sandbox; says how many answers were checked and which extensions no answer needed.
    void stop()
    {
        if (m_client) {
            qInfo("%d answers checked against the contract", m_checked);
            for (qsizetype i = 0; i < m_extensions.size(); ++i) {
                const DeliberateExtension &e = m_extensions[i];
                if (!m_used.contains(i)) {
                    qInfo("deliberate extension not needed by this run: %s %s \"%s\" (%s)",
                        qPrintable(e.operation.isEmpty() ? QStringLiteral("any operation") : e.operation),
                        qPrintable(e.status == 0 ? QStringLiteral("any status") : QString::number(e.status)),
                        qPrintable(e.message), qPrintable(e.reason));
                }
            }
        }
        m_client.reset();
        m_direct.reset();
        for (QProcess *p : {&m_prism, &m_sandbox}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(10000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    SandboxClient &client() { return *m_client; } // through Prism
    SandboxClient &direct() { return *m_direct; } // straight to the sandbox

    // Obtains a token for the client: through Prism, the answer checked as tokenOperation, or without one (for a
    // spec that has no token operation) from the sandbox directly.
    void renewToken(const QString &tokenOperation = {})
    {
        SandboxClient &issuer = tokenOperation.isEmpty() ? direct() : client();
        const HttpResult token
            = issuer.tokenRequest("sandbox-client", "sandbox-secret", "grant_type=client_credentials");
        if (!tokenOperation.isEmpty())
            check(token, tokenOperation, 200);
        else if (token.status != 200)
            m_problems << QStringLiteral("token: status %1").arg(token.status);
        m_client->setToken(token.json.value(QLatin1StringView("access_token")).toString().toLatin1());
    }

    // What is wrong with an answer, contract-wise; empty when it conforms. Neither kept nor counted.
    QStringList problemsOf(const HttpResult &r, const QString &operation, int expected) const
    {
        return problemsOf(r, operation, expected, nullptr);
    }

    // Checks an answer as the given operation with the expected status; the problems are kept for cleanup().
    HttpResult check(const HttpResult &r, const QString &operation, int expected)
    {
        m_problems << problemsOf(r, operation, expected, &m_used);
        ++m_checked;
        return r;
    }
    HttpResult call(const QString &operation, int expected, const QByteArray &method, const QString &path,
        const QByteArray &body = {})
    {
        return check(m_client->send(method, path, body), operation, expected);
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

    // For init() and cleanup() of the test functions.
    void clearProblems() { m_problems.clear(); }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    QString report() const { return m_problems.join(u'\n'); }

private:
    // used: where to note the extensions that allowed a violation.
    QStringList problemsOf(const HttpResult &r, const QString &operation, int expected, QSet<qsizetype> *used) const
    {
        QStringList problems;
        const QString where = QStringLiteral("%1 (expected %2, got %3)").arg(operation).arg(expected).arg(r.status);
        if (!r.finished)
            return {where + QStringLiteral(": no answer")};
        if (r.status != expected)
            problems << where + QStringLiteral(": unexpected status, body ") + QString::fromUtf8(r.body.left(300));
        if (r.header("X-Request-Id").isEmpty())
            problems << where + QStringLiteral(": not the sandbox's answer: ") + QString::fromUtf8(r.body.left(300));
        if (r.header("Content-Type").startsWith("application/problem+json"))
            problems << where + QStringLiteral(": Prism reports ") + QString::fromUtf8(r.body.left(500));
        const QByteArray violations = r.header("sl-violations");
        if (!violations.isEmpty()) {
            const QJsonArray list = QJsonDocument::fromJson(violations).array();
            for (const QJsonValue &v : list) {
                const QJsonObject violation = v.toObject();
                if (!isDeliberate(r, operation, violation, used)) {
                    problems << where + QStringLiteral(": violation: ")
                            + violation.value(QLatin1StringView("message")).toString();
                }
            }
            if (list.isEmpty())
                problems << where + QStringLiteral(": unreadable violations: ") + QString::fromUtf8(violations);
        }
        return problems;
    }

    bool isDeliberate(
        const HttpResult &r, const QString &operation, const QJsonObject &violation, QSet<qsizetype> *used) const
    {
        const QString message = violation.value(QLatin1StringView("message")).toString();
        for (qsizetype i = 0; i < m_extensions.size(); ++i) {
            const DeliberateExtension &e = m_extensions[i];
            if ((e.operation.isEmpty() || e.operation == operation) && (e.status == 0 || e.status == r.status)
                && message.startsWith(e.message) && (!e.holds || e.holds(r, violation))) {
                if (used)
                    used->insert(i);
                return true;
            }
        }
        return false;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    QList<DeliberateExtension> m_extensions;
    QSet<qsizetype> m_used;
    QProcess m_sandbox;
    QProcess m_prism;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<SandboxClient> m_direct;
    QStringList m_problems;
    int m_checked = 0;
};
