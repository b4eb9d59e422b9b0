#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

// A plain HTTP client for the sandbox's integration tests: one call, one answer, waited for with a signal spy.
// Deliberately independent of api/: the tests check the sandbox against the contract, not against the client.
struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonParseError parseError {};
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject data() const { return json.value(QLatin1StringView("data")).toObject(); }
    QJsonArray dataArray() const { return json.value(QLatin1StringView("data")).toArray(); }
    QJsonObject firstError() const { return json.value(QLatin1StringView("errors")).toArray().first().toObject(); }
    // Whether this is an error of the layer in front of the API in the dialect's shape: the seed's
    // {"errors": [{reason}]}, the live service's middleware {"error": "..."}.
    bool isFrontError(const QString &dialect, const QString &seedReason) const
    {
        if (dialect == QLatin1StringView("seed"))
            return firstError().value(QLatin1StringView("reason")).toString() == seedReason;
        return !json.value(QLatin1StringView("error")).toString().isEmpty()
            && !json.contains(QLatin1StringView("errors"));
    }
};

// Runs every test function once per dialect: call from initTestCase_data(), read with currentDialect().
inline void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("aura-v1") << QStringLiteral("aura-v1");
    QTest::newRow("seed") << QStringLiteral("seed");
}
inline QString currentDialect()
{
    QFETCH_GLOBAL(QString, dialect);
    return dialect;
}

class SandboxClient
{
public:
    explicit SandboxClient(QUrl root)
        : m_root(std::move(root))
    { }

    // Obtains a bearer token with the demo client; true on success.
    bool authenticate(const QByteArray &clientId = "sandbox-client", const QByteArray &secret = "sandbox-secret")
    {
        const HttpResult r = tokenRequest(clientId, secret, "grant_type=client_credentials");
        m_token = r.json.value(QLatin1StringView("access_token")).toString().toLatin1();
        return r.status == 200 && !m_token.isEmpty();
    }

    HttpResult tokenRequest(const QByteArray &clientId, const QByteArray &secret, const QByteArray &form,
        const QString &path = QStringLiteral("/oauth/token"))
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!clientId.isEmpty())
            request.setRawHeader("Authorization", "Basic " + QByteArray(clientId + ':' + secret).toBase64());
        return wait(m_network.post(request, form));
    }

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(url(path));
        request.setTransferTimeout(15000);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return wait(m_network.sendCustomRequest(request, method, body));
    }
    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &body = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult patch(const QString &path, const QJsonObject &body)
    {
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QString status(const QString &instanceId)
    {
        return get(QStringLiteral("/v1/instances/") + instanceId).data().value(QLatin1StringView("status")).toString();
    }

    QUrl url(const QString &path) const
    {
        QUrl u = m_root;
        const qsizetype query = path.indexOf(u'?');
        u.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            u.setQuery(path.mid(query + 1));
        return u;
    }

    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }
    QNetworkAccessManager &network() { return m_network; }

    static HttpResult wait(QNetworkReply *rawReply, int timeoutMs = 20000)
    {
        std::unique_ptr<QNetworkReply> reply(rawReply);
        QElapsedTimer clock;
        clock.start();
        HttpResult r;
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs))
            return r;
        r.finished = true;
        r.elapsedMs = clock.elapsed();
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.json = QJsonDocument::fromJson(r.body, &r.parseError).object();
        return r;
    }

private:
    QUrl m_root;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};
