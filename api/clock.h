#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace Aura {

// The time source of the client layer. Token expiry, backoff, request timeouts and the request budget all read
// and schedule through it, so tests can move time forward instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds on a monotonic clock: only differences mean anything.
    virtual qint64 nowMs() const = 0;
    // Wall-clock time, for HTTP dates such as Retry-After.
    virtual QDateTime utcNow() const = 0;
    // Runs `task` on the thread of `context` after `delayMs`, unless `context` is destroyed first.
    virtual void callAfter(qint64 delayMs, QObject *context, std::function<void()> task) = 0;
};

// The real clock: QElapsedTimer for the monotonic time, single-shot timers for scheduling.
class SystemClock final : public Clock
{
public:
    SystemClock();

    qint64 nowMs() const override;
    QDateTime utcNow() const override;
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> task) override;

    // The process-wide instance, used when no clock is injected.
    static SystemClock *instance();

private:
    qint64 m_startMs;
};

} // namespace Aura
