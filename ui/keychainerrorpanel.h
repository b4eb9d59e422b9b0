#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Aura {

// Says that the OS keychain cannot be used, in its own words, what to do about it, and offers the two ways on:
// try again, or keep the secret in memory for this session only. Never offers to write the secret to a file.
class KeychainErrorPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit KeychainErrorPanel(QWidget *parent = nullptr);

    // What the user may do besides trying again.
    enum class Offer {
        RetryOnly,
        KeepForSession, // a secret waits to be stored
        RemoveAnyway, // an account waits to be removed, its keychain entries cannot be deleted now
    };

    // `keychainMessage` is the keychain's own error text.
    void showError(const QString &keychainMessage, Offer offer);

    // What to do on this platform to make the keychain usable.
    static QString platformAdvice();

Q_SIGNALS:
    void retryRequested();
    void keepForSessionRequested();
    void removeAnywayRequested();

private:
    QLabel *m_message = nullptr;
    QPushButton *m_keepForSession = nullptr;
    QPushButton *m_removeAnyway = nullptr;
};

} // namespace Aura
