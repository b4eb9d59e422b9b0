#include "fakenetwork.h"

#include "api/clock.h"

#include <QTimer>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace AuraTest {

FakeAnswer FakeAnswer::json(int status, const QByteArray &body, const QByteArray &requestId)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.headers = {{"Content-Type"_ba, "application/json"_ba}};
    if (!requestId.isEmpty())
        answer.headers.append({"X-Request-Id"_ba, requestId});
    return answer;
}

FakeAnswer FakeAnswer::fail(QNetworkReply::NetworkError error)
{
    FakeAnswer answer;
    answer.mode = Mode::Fail;
    answer.error = error;
    return answer;
}

FakeAnswer FakeAnswer::hang()
{
    FakeAnswer answer;
    answer.mode = Mode::Hang;
    return answer;
}

FakeReply::FakeReply(
    const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const QByteArray &verb, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void FakeReply::deliver(const FakeAnswer &answer)
{
    if (m_done)
        return;
    m_done = true;
    if (answer.mode == FakeAnswer::Mode::Fail) {
        setError(answer.error, u"fake network error %1"_s.arg(static_cast<int>(answer.error)));
        Q_EMIT errorOccurred(answer.error);
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
    for (const auto &[name, value] : answer.headers)
        setRawHeader(name, value);
    m_data = answer.body;
    Q_EMIT metaDataChanged();
    if (answer.error != NoError) {
        setError(answer.error, u"fake network error %1"_s.arg(static_cast<int>(answer.error)));
        Q_EMIT errorOccurred(answer.error);
    } else if (answer.status >= 400) {
        const auto code = answer.status >= 500 ? InternalServerError : ContentAccessDenied;
        setError(code, u"HTTP %1"_s.arg(answer.status));
        Q_EMIT errorOccurred(code);
    }
    if (!m_data.isEmpty())
        Q_EMIT readyRead();
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, u"Operation canceled"_s);
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

FakeNetwork::FakeNetwork(Aura::Clock *clock, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_clock(clock)
{ }

QNetworkReply *FakeNetwork::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QByteArray verb;
    switch (operation) {
    case GetOperation:
        verb = "GET"_ba;
        break;
    case PostOperation:
        verb = "POST"_ba;
        break;
    case PutOperation:
        verb = "PUT"_ba;
        break;
    case DeleteOperation:
        verb = "DELETE"_ba;
        break;
    case HeadOperation:
        verb = "HEAD"_ba;
        break;
    default:
        verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    SeenRequest seen {verb, request.url(), request, outgoingData ? outgoingData->readAll() : QByteArray(), false};
    seen.bodyRewindable = outgoingData && outgoingData->reset();
    m_requests.append(seen);
    const FakeAnswer answer = m_handler ? m_handler(seen) : FakeAnswer::json(404, "{}");

    auto *reply = new FakeReply(request, operation, verb, this);
    connect(reply, &QNetworkReply::errorOccurred, this, [this](QNetworkReply::NetworkError code) {
        if (code == QNetworkReply::OperationCanceledError)
            ++m_aborted;
    });
    if (answer.mode == FakeAnswer::Mode::Hang)
        return reply;
    QPointer<FakeReply> guard(reply);
    auto deliver = [guard, answer] {
        if (guard)
            guard->deliver(answer);
    };
    if (answer.delayMs > 0)
        m_clock->callAfter(answer.delayMs, reply, deliver);
    else
        QTimer::singleShot(0, reply, deliver);
    return reply;
}

int FakeNetwork::count(const QByteArray &verb, const QString &pathSuffix) const
{
    return static_cast<int>(std::count_if(m_requests.begin(), m_requests.end(), [&](const SeenRequest &r) {
        return !isTokenRequest(r) && r.verb == verb && r.url.path().endsWith(pathSuffix);
    }));
}

int FakeNetwork::tokenRequests() const
{
    return static_cast<int>(std::count_if(m_requests.begin(), m_requests.end(), &isTokenRequest));
}

FakeAnswer tokenAnswer(int serial, int expiresInSeconds)
{
    return FakeAnswer::json(200,
        u"{\"access_token\":\"token-%1\",\"expires_in\":%2,\"token_type\":\"Bearer\"}"_s.arg(serial)
            .arg(expiresInSeconds)
            .toUtf8(),
        "tok-req");
}

bool isTokenRequest(const SeenRequest &request)
{
    return request.url.path().endsWith(u"/oauth/token"_s);
}

} // namespace AuraTest
