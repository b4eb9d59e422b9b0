#include "ui/desktopnotifier.h"

#include "ui/logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{ }

void DesktopNotifier::notify(const QString &summary, const QString &body, Urgency urgency)
{
    if (!m_enabled)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT deliveryFailed(bus.lastError().message());
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
        u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(static_cast<uchar>(urgency == Urgency::Critical ? 2 : 1)));
    hints.insert(u"desktop-entry"_s, QGuiApplication::desktopFileName());
    call << QGuiApplication::applicationDisplayName() << uint(0) << u"org.auraconsole.AuraConsole"_s << summary << body
         << QStringList() << hints << int(-1);

    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCInfo(lcUi) << "desktop notification not shown:" << reply.error().message();
            Q_EMIT deliveryFailed(reply.error().message());
            return;
        }
        Q_EMIT delivered(reply.value());
    });
}

} // namespace Aura
