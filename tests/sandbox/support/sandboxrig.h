#pragma once

#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <memory>

// A sandbox of one dialect on loopback with the demo data, its clock moved by hand, and a client with a token
// that outlives the moves: every status can be observed, and a test waits no real time for a transition.
struct SandboxRig
{
    qint64 now = 1'800'000'000'000;
    std::unique_ptr<AuraSandbox::SandboxServer> server;
    std::unique_ptr<SandboxClient> client;

    bool start(const QString &dialect)
    {
        server = std::make_unique<AuraSandbox::SandboxServer>(nullptr, AuraSandbox::Dialect::create(dialect));
        server->state().setClock([this] { return now; });
        server->auth().setClock([this] { return now; });
        server->auth().setTokenLifetime(30 * 24 * 3600);
        server->loadDemoData();
        if (server->listenOnLoopback() == 0)
            return false;
        client = std::make_unique<SandboxClient>(root());
        return client->authenticate();
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
    QUrl root() const
    {
        QUrl url = server->baseUrl();
        url.setPath({});
        return url;
    }
    void later(double seconds)
    {
        now += qRound64(seconds * 1000);
        server->state().advance();
    }
    const AuraSandbox::Durations &durations() const { return server->state().durations(); }

    // A new running professional-db instance of the demo's staging project; its id.
    QString running(
        const QString &memory = QStringLiteral("4GB"), const QString &type = QStringLiteral("professional-db"))
    {
        const HttpResult created = client->post(QStringLiteral("/v1/instances"), spec(memory, type));
        later(durations().creating);
        return created.data().value(QLatin1StringView("id")).toString();
    }
    static QJsonObject spec(const QString &memory = QStringLiteral("4GB"),
        const QString &type = QStringLiteral("professional-db"), const QString &name = QStringLiteral("graph"))
    {
        return QJsonObject {{QLatin1StringView("name"), name},
            {QLatin1StringView("tenant_id"), QStringLiteral("2b8e6f1a-9c3d-4e5f-a6b7-c8d9e0f1a2b3")},
            {QLatin1StringView("type"), type}, {QLatin1StringView("cloud_provider"), QStringLiteral("gcp")},
            {QLatin1StringView("region"), QStringLiteral("europe-west1")}, {QLatin1StringView("memory"), memory},
            {QLatin1StringView("version"), QStringLiteral("5")}};
    }
    // Takes an on-demand snapshot and waits until it is complete; its id.
    QString completedSnapshot(const QString &instanceId)
    {
        const QString id = client->post(QStringLiteral("/v1/instances/%1/snapshots").arg(instanceId))
                               .data()
                               .value(QLatin1StringView("snapshot_id"))
                               .toString();
        later(durations().snapshot);
        return id;
    }
};
