#pragma once

#include "api/clock.h"

#include <QPointer>

#include <vector>

namespace AuraTest {

// A clock that stands still until the test moves it. Scheduled tasks run, in order of their due time, while
// advance() passes that time; tasks whose context died are dropped.
class FakeClock final : public Aura::Clock
{
public:
    qint64 nowMs() const override { return m_nowMs; }
    QDateTime utcNow() const override { return m_epoch.addMSecs(m_nowMs); }
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> task) override;

    // Moves time forward by `ms`, running every task that falls due on the way (and the events they post).
    void advance(qint64 ms);
    // Due time of the earliest live task, or -1.
    qint64 nextDueMs() const;
    int pendingTasks() const;

    void setEpoch(const QDateTime &utc) { m_epoch = utc; }

private:
    struct Task
    {
        qint64 dueMs;
        quint64 order;
        QPointer<QObject> context;
        std::function<void()> run;
    };

    qint64 m_nowMs = 0;
    quint64 m_order = 0;
    QDateTime m_epoch = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    std::vector<Task> m_tasks;
};

} // namespace AuraTest
