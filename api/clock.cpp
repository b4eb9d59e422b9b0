#include "api/clock.h"

#include <QTimer>

#include <algorithm>
#include <chrono>
#include <limits>

namespace Aura {

namespace {

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

SystemClock::SystemClock()
    : m_startMs(monotonicMs())
{ }

qint64 SystemClock::nowMs() const
{
    return monotonicMs() - m_startMs;
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> task)
{
    const qint64 bounded = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    QTimer::singleShot(std::chrono::milliseconds(bounded), context, std::move(task));
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace Aura
