#pragma once

#include "api/accounts/accountsecrets.h"
#include "ui/accountsdialog.h"
#include "ui/connectiontest.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Aura {

class AccountStore;
class SessionSecretStore;

// Carries out what the accounts dialog asks: validates, saves accounts in the settings and their secrets in the
// keychain, removes both, runs the connection test, and handles an unavailable keychain by offering (only
// offering) to keep the secret for this session.
class AccountsController final : public QObject
{
    Q_OBJECT
public:
    AccountsController(
        AccountStore &accounts, SessionSecretStore &secrets, ConnectionTest connectionTest, QObject *parent = nullptr);

    // Fills the dialog and carries out what it asks; `selectId` is the account to show first (if stored).
    void attach(AccountsDialog *dialog, const QString &selectId = {});

Q_SIGNALS:
    // An account was added, changed or removed: the views that list accounts reload them.
    void accountsChanged();

private:
    struct PendingSecret
    {
        Account account;
        QString secret;
    };

    void save(const AccountInput &input);
    void storeSecret(const PendingSecret &pending);
    void test(const AccountInput &input);
    void runTest(const Account &account, const QString &secret);
    void remove(const QString &accountId);
    void keepForSession();
    void retryKeychain();
    void removeAnyway();
    bool validate(const AccountInput &input, bool secretRequired);
    void reload(const QString &selectId);

    AccountStore &m_accounts;
    SessionSecretStore &m_sessionStore;
    AccountSecrets m_secrets;
    ConnectionTest m_connectionTest;
    QPointer<AccountsDialog> m_dialog;
    QObject *m_testContext = nullptr; // replaced by each test, so only the latest answer is shown
    std::optional<PendingSecret> m_pending; // a secret the keychain refused, until the user decides
    QString m_pendingRemoval; // the id of an account whose keychain entries could not be deleted
};

} // namespace Aura
