#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace AuraSandbox {

// One HTTP response before it goes on the wire; the server may still delay, damage or drop it (fault injection).
struct HttpAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpAnswer json(int status, const QJsonObject &body);
    static HttpAnswer empty(int status);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

QByteArray reasonPhrase(int status);

// Status line and headers. contentLength may differ from the body's size: a "truncated" fault announces the
// whole body and sends part of it.
QByteArray responseHead(const HttpAnswer &answer, qint64 contentLength, bool keepAlive);

} // namespace AuraSandbox
