#include "ui/operationreporter.h"

#include "models/activitylog.h"
#include "ui/desktopnotifier.h"
#include "ui/errorbanner.h"

#include <QWidget>

namespace Aura {

OperationReporter::OperationReporter(
    ActivityLog &activity, ErrorBanner &banner, DesktopNotifier &notifier, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_activity(activity)
    , m_banner(banner)
    , m_notifier(notifier)
    , m_window(window)
{ }

int OperationReporter::begin(const QString &operation, const QString &target)
{
    const int id = m_activity.start(operation, target);
    //: The title of an operation in the banner and notifications: %1 its name as in the activity panel ("Pause",
    //: "Take snapshot"), %2 the instance
    m_titles.insert(id, tr("%1 “%2”").arg(operation, target));
    return id;
}

void OperationReporter::succeeded(int id, const QString &requestId, const QString &message)
{
    m_activity.succeed(id, requestId, message);
    m_titles.remove(id);
}

void OperationReporter::failed(int id, const ApiError &error, const QString &requestId)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        m_titles.remove(id);
        m_activity.fail(id, {}, tr("Cancelled"));
        return;
    }
    const QString message = error.userMessage();
    if (error.kind == ApiError::Kind::OutcomeUnknown) {
        // Not a failure: the status of the instance, followed from now on, tells what happened.
        m_activity.endUnknown(id, requestId, message);
        //: %1 an operation's title ("Pause “orders”"), %2 what is known
        m_banner.showMessage(ErrorBanner::Severity::Warning, tr("%1: %2").arg(m_titles.take(id), message), requestId);
        return;
    }
    failed(id, message, requestId);
}

void OperationReporter::failed(int id, const QString &message, const QString &requestId)
{
    const QString title = m_titles.take(id);
    m_activity.fail(id, requestId, message);
    //: %1 an operation's title ("Pause “orders”"), %2 why it failed
    m_banner.showMessage(ErrorBanner::Severity::Error, tr("%1 failed: %2").arg(title, message), requestId);
    if (!m_window || !m_window->isActiveWindow())
        //: %1 an operation's title ("Pause “orders”")
        m_notifier.notify(tr("%1 failed").arg(title), message, DesktopNotifier::Urgency::Critical);
}

} // namespace Aura
