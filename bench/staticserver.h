#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

// A loopback HTTP server that answers every request with the same JSON body: the stand-in for a sandbox that
// cannot yet hold thousands of instances.
class StaticServer final : public QObject
{
    Q_OBJECT
public:
    explicit StaticServer(QByteArray body, QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_response;
};
