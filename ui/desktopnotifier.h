#pragma once

#include <QObject>

namespace Aura {

// Tells the desktop that a long operation finished or failed, also when the window is in the background: through
// the freedesktop notification service on the session bus where there is one. Never blocks: the D-Bus call is
// asynchronous, and a desktop without the service simply gets no popup (the activity panel has it all anyway).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
public:
    enum class Urgency { Normal, Critical };

    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &summary, const QString &body, Urgency urgency = Urgency::Normal);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // The notification service refused or was missing; carries its error text (for logs and tests).
    void deliveryFailed(const QString &error);
    void delivered(uint notificationId);

private:
    bool m_enabled = true;
};

} // namespace Aura
