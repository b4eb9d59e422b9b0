#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>

namespace AuraSandbox {

// The demo API client that works out of the box (documented in the README).
inline constexpr char DemoClientId[] = "sandbox-client";
inline constexpr char DemoClientSecret[] = "sandbox-secret";

// A local Aura API over HTTP. An independent implementation of the contract: it shares no code with api/, so a
// misreading of the spec on either side shows up in the tests.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);

    // Listens on the loopback address; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }

    // http://127.0.0.1:PORT/v1, the API base URL of the sandbox.
    QUrl baseUrl() const;
    QUrl tokenUrl() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    quint16 m_port = 0;
    QHash<QString, QString> m_clients; // client id -> secret
    QHash<QString, qint64> m_tokens; // token -> expiry (ms since epoch)
};

} // namespace AuraSandbox
