#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Aura {

// A non-blocking strip above the views for problems the user should know about: what went wrong, what to do
// next, and the request id support will ask for. It never takes focus or stops the user from working.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Warning, Error };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the message; an empty requestId hides that line; retryText names the action button ("Retry now"),
    // which is hidden when empty.
    void showMessage(
        Severity severity, const QString &message, const QString &requestId = {}, const QString &retryText = {});
    void dismiss();

    QString message() const;
    QString requestId() const { return m_requestId; }

Q_SIGNALS:
    void retryRequested();
    void dismissed();

private:
    QLabel *m_text = nullptr;
    QLabel *m_requestIdLabel = nullptr;
    QPushButton *m_retry = nullptr;
    QToolButton *m_copyId = nullptr;
    QString m_requestId;
};

} // namespace Aura
