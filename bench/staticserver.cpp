#include "staticserver.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

StaticServer::StaticServer(QByteArray body, QObject *parent)
    : QObject(parent)
{
    m_response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: bench\r\nConnection: close\r\n"
                 "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool StaticServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl StaticServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
}

void StaticServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        socket->write(m_response);
        socket->disconnectFromHost();
    });
}
