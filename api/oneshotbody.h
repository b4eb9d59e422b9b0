#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Aura {

// The body of a request that must reach the server at most once (POST, PATCH). Qt's HTTP stack silently sends a
// request again when a kept-alive connection closes before the answer, whatever the method; it only gives up
// when the upload cannot be rewound. This device cannot be rewound, so such a request fails with
// QNetworkReply::ContentReSendError instead of creating a second, billed instance. Send it with
// QNetworkRequest::DoNotBufferUploadDataAttribute, or Qt copies it into a buffer that can be rewound.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace Aura
