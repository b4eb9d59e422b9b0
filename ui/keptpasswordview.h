#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Aura {

class AccountSecrets;

// The one-time database password of an instance that the user chose to keep, shown again on request from the
// instance's details: masked until "Show", read from the keychain only then (reading may prompt to unlock it),
// hidden again on "Hide", and removable with "Forget".
class KeptPasswordView final : public QWidget
{
    Q_OBJECT
public:
    KeptPasswordView(
        AccountSecrets &secrets, const QString &accountId, const QString &instanceId, QWidget *parent = nullptr);

Q_SIGNALS:
    void forgotten(); // the password is no longer kept

private:
    void toggle();
    void confirmForget();
    void forget();
    void showNote(const QString &text);
    void conceal();

    AccountSecrets &m_secrets;
    QString m_accountId;
    QString m_instanceId;
    QLineEdit *m_password = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_note = nullptr;
    bool m_revealed = false;
};

} // namespace Aura
