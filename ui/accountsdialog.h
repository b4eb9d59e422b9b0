#pragma once

#include "api/accounts/account.h"
#include "ui/connectiontestmessage.h"
#include "ui/keychainerrorpanel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Aura {

// What the user entered for one account.
struct AccountInput
{
    Account account;
    QString secret; // empty for a stored account: keep the secret the keychain holds
    bool isNew = false; // not saved yet
};

// Lists the accounts and edits one at a time: name, client id, secret (masked), API URL, token URL. It only
// collects input: saving, removing and testing are requests (signals) that AccountsController carries out and
// answers through the show*() functions.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(QWidget *parent = nullptr);

    // Fills the list and selects `selectId` (the first account if empty or unknown; a new one if there is none).
    void setAccounts(const QList<Account> &accounts, const QString &selectId = {});
    AccountInput input() const;
    // True when the form differs from the account it shows (or from a blank one): the list and Add wait until
    // the user saves or discards, so switching accounts never drops typed input.
    bool hasUnsavedChanges() const;

    void showProblems(const AccountProblems &problems, const QString &secretProblem = {});
    void showStatus(const StatusMessage &message);
    void showKeychainError(const QString &keychainMessage, KeychainErrorPanel::Offer offer);
    void hideKeychainError();
    void setTesting(bool testing);
    void clearSecret();

Q_SIGNALS:
    void saveRequested(const Aura::AccountInput &input);
    void testRequested(const Aura::AccountInput &input);
    void removeRequested(const QString &accountId); // after the user confirmed
    void keepForSessionRequested();
    void removeAnywayRequested();
    void retryKeychainRequested();

private:
    void startNewAccount();
    void showAccount(int row);
    void confirmRemoval();
    void discardChanges();
    void updateEditState();
    QLabel *addProblemLabel(const QString &objectName);

    QList<Account> m_accounts;
    Account m_editing; // keeps the id of the account in the form
    bool m_editingNew = true;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_discard = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_clientIdProblem = nullptr;
    QLabel *m_secretProblem = nullptr;
    QLabel *m_apiUrlProblem = nullptr;
    QLabel *m_tokenUrlProblem = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    KeychainErrorPanel *m_keychainError = nullptr;
};

} // namespace Aura
