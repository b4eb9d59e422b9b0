#pragma once

#include "api/dto/instance.h"

#include <QDialog>
#include <QPointer>

#include <chrono>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace Aura {

class Clock;

// The one moment a new instance's password exists on this side: connection URL, user name and password (masked
// until shown), with copy buttons, "Save as..." to the web console's credentials file, and a choice to keep the
// password in the system keychain (the controller reads storePasswordInKeychain() and stores it). Closing before
// the password was copied, saved or marked for the keychain asks first. The password appears in the password
// field only: never in a label, a title, a log or a setting.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Origin { Created, Restored };

    explicit CredentialsDialog(
        const InstanceCreated &credentials, Origin origin = Origin::Created, QWidget *parent = nullptr);

    bool storePasswordInKeychain() const;
    // The keychain is not offered for this instance (its connection is not a stored account): the choice is
    // greyed out and says why.
    void setKeychainUnavailable(const QString &reason);
    // The new instance's status as the console learns it: the title and the advice to wait follow it.
    void setInstanceStatus(const QString &status);
    // Whether the password went somewhere it can be found again: copied, saved, or to be kept in the keychain.
    bool isPasswordKept() const;

    // Writes the credentials file; the "Save as..." button calls it with the file the user chose.
    bool saveTo(const QString &path);
    QString proposedFileName() const;
    // How long a copied password stays on the clipboard, on which clock (the system's unless a test gives one).
    void setClipboardClearDelay(std::chrono::milliseconds delay, Clock *clock = nullptr)
    {
        m_clipboardClearDelay = delay;
        m_clipboardClock = clock;
    }

    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copyText(const QString &text, const QString &what);
    void copyPassword();
    void chooseFile();
    void askBeforeClosing(int result);
    void setStatus(const QString &text, bool isError = false);

    InstanceCreated m_credentials;
    Origin m_origin;
    QLabel *m_title = nullptr;
    QLabel *m_wait = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_showPassword = nullptr;
    QCheckBox *m_keychain = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QMessageBox> m_closeQuestion;
    std::chrono::milliseconds m_clipboardClearDelay;
    Clock *m_clipboardClock = nullptr;
    bool m_passwordCopied = false;
    bool m_saved = false;
    bool m_closeConfirmed = false;
};

} // namespace Aura
