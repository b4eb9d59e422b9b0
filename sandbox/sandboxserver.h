#pragma once

#include "sandbox/dialect.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpanswer.h"
#include "sandbox/platformapi.h"
#include "sandbox/platformstate.h"
#include "sandbox/requestrecord.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxauth.h"
#include "sandbox/sandboxcontrol.h"
#include "sandbox/sandboxstate.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace AuraSandbox {

// A local Aura API over HTTP: the front that authenticates, injects faults, logs one line per request, stamps
// every answer with an X-Request-Id and writes it to the socket. An independent implementation of the contract:
// it shares no code with api/, so a misreading of the spec on either side shows up in the tests.
//
// Answers are computed synchronously and written by the server itself, never through a stored responder: a
// delayed answer (latency fault) keeps only a QPointer to the socket and is dropped if the client has gone.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Starts empty (no tenants); loadDemoData() or state().reset() fills it. Without a dialect it speaks the live
    // service's (aura-v1).
    explicit SandboxServer(QObject *parent = nullptr, std::unique_ptr<Dialect> dialect = {});
    ~SandboxServer() override;

    // Listens on the loopback address; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }

    // http://127.0.0.1:PORT/v1, the API base URL of the sandbox.
    QUrl baseUrl() const;
    QUrl tokenUrl() const;
    // http://127.0.0.1:PORT/_sandbox, the control endpoint.
    QUrl controlUrl() const;

    // The dialect's demo organisation, with transitions in progress scaled by the time scale.
    void loadDemoData();
    void setTimeScale(double factor) { m_state.setTimeScale(factor); }

    SandboxState &state() { return m_state; }
    PlatformState &platform() { return m_platform; }
    SandboxAuth &auth() { return m_auth; }
    FaultInjector &faults() { return m_faults; }
    // What each request did and which faults struck (also on the control endpoint).
    RequestRecord &record() { return m_record; }
    const Dialect &dialect() const { return *m_dialect; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Exchange; // one request on its way through the server
    HttpAnswer answerToken(const QHttpServerRequest &request, const QByteArray &method);
    HttpAnswer answerMetrics(const QByteArray &method, const QString &path);
    // An answer of the layers in front of the API (authentication, rate limit, gateway, content type).
    HttpAnswer refusal(int status, const QString &message, const QString &reason) const;
    // Whether a POST or PATCH lacks the JSON content type the live service insists on.
    bool lacksJsonContentType(const QHttpServerRequest &request, const QByteArray &method) const;
    void deliver(
        QTcpSocket *socket, const Exchange &exchange, HttpAnswer answer, const FaultInjector::Decision &faults);
    void write(
        QTcpSocket *socket, const Exchange &exchange, const HttpAnswer &answer, const FaultInjector::Decision &faults);
    void noteRequest(const Exchange &exchange, const HttpAnswer &answer, const FaultInjector::Decision &faults);

    quint16 m_port = 0;
    std::unique_ptr<Dialect> m_dialect;
    SandboxState m_state;
    PlatformState m_platform;
    SandboxAuth m_auth;
    FaultInjector m_faults;
    RequestRecord m_record;
    SandboxApi m_api;
    PlatformApi m_platformApi;
    SandboxControl m_control;
};

} // namespace AuraSandbox
