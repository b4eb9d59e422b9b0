#pragma once

#include "api/auraservice.h"

#include <QObject>
#include <QPointer>

namespace Aura {

class ActivityLog;
class DesktopNotifier;
class ErrorBanner;

// Where the outcome of each request the user started goes: a row in the activity log (with the request id),
// the error banner when it failed, and a desktop notification when it failed while the window was in the
// background. The one place controllers report through, so every operation is reported the same way.
class OperationReporter final : public QObject
{
    Q_OBJECT
public:
    OperationReporter(ActivityLog &activity, ErrorBanner &banner, DesktopNotifier &notifier, QWidget *window,
        QObject *parent = nullptr);

    int begin(const QString &operation, const QString &target);
    void succeeded(int id, const QString &requestId, const QString &message = {});
    void failed(int id, const ApiError &error, const QString &requestId);

    template<typename T>
    bool finish(int id, const Reply<T> &reply, const QString &successMessage = {})
    {
        if (reply.ok()) {
            succeeded(id, reply.requestId, successMessage);
            return true;
        }
        if (reply.error().kind != ApiError::Kind::Cancelled)
            failed(id, reply.error(), reply.requestId.isEmpty() ? reply.error().requestId : reply.requestId);
        else
            failed(id, reply.error(), {});
        return false;
    }

private:
    ActivityLog &m_activity;
    ErrorBanner &m_banner;
    DesktopNotifier &m_notifier;
    QPointer<QWidget> m_window;
    QHash<int, QString> m_titles; // id → "Pause “orders”", for the banner and notifications
};

} // namespace Aura
