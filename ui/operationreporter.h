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
    // Failed for a reason the controller found out itself (the create that did not happen).
    void failed(int id, const QString &message, const QString &requestId = {});

    // The request may have been carried out although no answer says so (ApiError::Kind::OutcomeUnknown): the
    // caller watches the instance as after a success, so its status shows what happened.
    template<typename T>
    static bool mayHaveHappened(const Reply<T> &reply)
    {
        return !reply.ok() && reply.error().kind == ApiError::Kind::OutcomeUnknown;
    }

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
