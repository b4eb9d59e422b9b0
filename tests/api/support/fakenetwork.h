#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <functional>

namespace Aura {
class Clock;
}

namespace AuraTest {

// A request as the fake transport received it.
struct SeenRequest
{
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    bool bodyRewindable = false; // whether the upload could be read a second time (for a resend)

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

// What the fake transport does with a request: answer (now or after `delayMs` on the test clock; with `error`
// set, an answer whose connection broke after the status line), fail with a network error, or hang until aborted.
struct FakeAnswer
{
    enum class Mode { Respond, Fail, Hang };
    Mode mode = Mode::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 delayMs = 0;

    static FakeAnswer json(int status, const QByteArray &body, const QByteArray &requestId = "req-1");
    static FakeAnswer fail(QNetworkReply::NetworkError error);
    static FakeAnswer hang();
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const QByteArray &verb,
        QObject *parent);

    void deliver(const FakeAnswer &answer);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_done = false;
};

// A QNetworkAccessManager that never touches the network: every request goes to `handler`, and is recorded.
class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeAnswer(const SeenRequest &)>;

    explicit FakeNetwork(Aura::Clock *clock, QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<SeenRequest> &requests() const { return m_requests; }
    // Requests other than token requests whose path ends with `pathSuffix` (all of them for an empty suffix).
    int count(const QByteArray &verb, const QString &pathSuffix = {}) const;
    int tokenRequests() const;
    // Replies that were aborted before they finished (cancel, timeout, context gone).
    int aborted() const { return m_aborted; }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData = nullptr) override;

private:
    Aura::Clock *m_clock;
    Handler m_handler;
    QList<SeenRequest> m_requests;
    int m_aborted = 0;
};

// A token endpoint answer: {"access_token": "token-N", "expires_in": seconds, "token_type": "bearer"}.
FakeAnswer tokenAnswer(int serial, int expiresInSeconds = 3600);
bool isTokenRequest(const SeenRequest &request);

} // namespace AuraTest
