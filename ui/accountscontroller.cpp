#include "ui/accountscontroller.h"

#include "api/accounts/accountstore.h"
#include "api/secrets/sessionsecretstore.h"
#include "ui/logging.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

AccountsController::AccountsController(
    AccountStore &accounts, SessionSecretStore &secrets, ConnectionTest connectionTest, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_sessionStore(secrets)
    , m_secrets(secrets, accounts)
    , m_connectionTest(std::move(connectionTest))
{ }

void AccountsController::attach(AccountsDialog *dialog, const QString &selectId)
{
    m_dialog = dialog;
    connect(dialog, &AccountsDialog::saveRequested, this, &AccountsController::save);
    connect(dialog, &AccountsDialog::testRequested, this, &AccountsController::test);
    connect(dialog, &AccountsDialog::removeRequested, this, &AccountsController::remove);
    connect(dialog, &AccountsDialog::keepForSessionRequested, this, &AccountsController::keepForSession);
    connect(dialog, &AccountsDialog::retryKeychainRequested, this, &AccountsController::retryKeychain);
    connect(dialog, &AccountsDialog::removeAnywayRequested, this, &AccountsController::removeAnyway);
    // A secret the user did not decide about does not outlive the dialog.
    connect(dialog, &QDialog::finished, this, [this] {
        m_pending.reset();
        m_pendingRemoval.clear();
    });
    dialog->setAccounts(m_accounts.load(), selectId);
}

bool AccountsController::validate(const AccountInput &input, bool secretRequired)
{
    const AccountProblems problems = validateAccount(input.account, m_accounts.load());
    const QString secretProblem
        = secretRequired && input.secret.isEmpty() ? tr("Enter the client secret of the API key.") : QString();
    if (m_dialog)
        m_dialog->showProblems(problems, secretProblem);
    if (problems.isEmpty() && secretProblem.isEmpty())
        return true;
    if (m_dialog)
        m_dialog->showStatus({StatusMessage::Severity::Error, tr("Correct the fields marked in red.")});
    return false;
}

void AccountsController::save(const AccountInput &input)
{
    if (!validate(input, input.isNew))
        return;
    // The account itself is saved first, so a keychain failure loses nothing the user typed except the secret,
    // which stays in memory until they decide what to do with it.
    if (!m_accounts.upsert(input.account)) {
        if (m_dialog)
            m_dialog->showStatus({StatusMessage::Severity::Error, m_accounts.errorText()});
        return;
    }
    qCInfo(lcUi) << "saved account" << input.account.id;
    Q_EMIT accountsChanged();
    reload(input.account.id);
    if (input.secret.isEmpty()) {
        if (m_dialog)
            m_dialog->showStatus({StatusMessage::Severity::Success, tr("Saved.")});
        return;
    }
    storeSecret({input.account, input.secret});
}

void AccountsController::storeSecret(const PendingSecret &pending)
{
    m_pending.reset();
    m_pendingRemoval.clear();
    m_secrets.writeClientSecret(pending.account.id, pending.secret, this, [this, pending](const auto &result) {
        if (!m_dialog)
            return;
        if (result.status == SecretStore::Status::Ok) {
            m_dialog->hideKeychainError();
            m_dialog->clearSecret();
            m_dialog->showStatus({StatusMessage::Severity::Success,
                tr("Saved. The client secret of \"%1\" is in the keychain.").arg(pending.account.name)});
            return;
        }
        m_pending = pending;
        m_dialog->showStatus({StatusMessage::Severity::Error,
            tr("The account \"%1\" is saved, but its client secret is not.").arg(pending.account.name)});
        m_dialog->showKeychainError(result.errorText, KeychainErrorPanel::Offer::KeepForSession);
    });
}

void AccountsController::keepForSession()
{
    if (!m_pending)
        return;
    m_sessionStore.keepForThisSession(SecretKeys::clientSecret(m_pending->account.id), m_pending->secret);
    const QString name = m_pending->account.name;
    m_pending.reset();
    if (!m_dialog)
        return;
    m_dialog->hideKeychainError();
    m_dialog->clearSecret();
    m_dialog->showStatus({StatusMessage::Severity::Info,
        tr("The client secret of \"%1\" is kept in memory until Aura Console quits; it was not written anywhere. "
           "You will be asked for it again next time.")
            .arg(name)});
}

void AccountsController::retryKeychain()
{
    if (m_pending)
        storeSecret(*m_pending);
    else if (!m_pendingRemoval.isEmpty())
        remove(QString(m_pendingRemoval)); // a copy: remove() clears the member
    else if (m_dialog)
        m_dialog->hideKeychainError();
}

void AccountsController::removeAnyway()
{
    const std::optional<Account> account = m_accounts.find(m_pendingRemoval);
    m_pendingRemoval.clear();
    if (!account)
        return;
    m_sessionStore.dropSessionCopy(SecretKeys::clientSecret(account->id));
    if (!m_accounts.remove(account->id)) {
        if (m_dialog)
            m_dialog->showStatus({StatusMessage::Severity::Error, m_accounts.errorText()});
        return;
    }
    qCInfo(lcUi) << "removed an account whose keychain entries could not be deleted:" << account->id;
    Q_EMIT accountsChanged();
    reload({});
    if (!m_dialog)
        return;
    m_dialog->hideKeychainError();
    m_dialog->showStatus({StatusMessage::Severity::Info,
        tr("Removed \"%1\" from Aura Console. Its client secret may remain in the keychain as \"%2\": delete it "
           "there once the keychain is available.")
            .arg(account->name, SecretKeys::clientSecret(account->id))});
}

void AccountsController::test(const AccountInput &input)
{
    if (!validate(input, input.isNew))
        return;
    if (!input.secret.isEmpty()) {
        runTest(input.account, input.secret);
        return;
    }
    m_secrets.readClientSecret(input.account.id, this, [this, account = input.account](const auto &result) {
        if (!m_dialog)
            return;
        switch (result.status) {
        case SecretStore::Status::Ok:
            runTest(account, result.secret);
            break;
        case SecretStore::Status::NotFound:
            m_dialog->showProblems({}, tr("No client secret is kept for this account: enter it."));
            m_dialog->showStatus({StatusMessage::Severity::Error, tr("Enter the client secret to test.")});
            break;
        case SecretStore::Status::Unavailable:
            m_dialog->showStatus({StatusMessage::Severity::Error, tr("The client secret could not be read.")});
            m_dialog->showKeychainError(result.errorText, KeychainErrorPanel::Offer::RetryOnly);
            break;
        }
    });
}

void AccountsController::runTest(const Account &account, const QString &secret)
{
    delete m_testContext;
    m_testContext = new QObject(this);
    if (m_dialog) {
        m_dialog->setTesting(true);
        m_dialog->showStatus({StatusMessage::Severity::Info, tr("Connecting to %1...").arg(account.tokenUrl.host())});
    }
    qCDebug(lcUi) << "testing the connection of account" << account.id;
    m_connectionTest(account, secret, m_testContext, [this, account](const Reply<QList<Tenant>> &reply) {
        if (!m_dialog)
            return;
        m_dialog->setTesting(false);
        m_dialog->showStatus(connectionTestMessage(reply, account));
    });
}

void AccountsController::remove(const QString &accountId)
{
    const std::optional<Account> account = m_accounts.find(accountId);
    if (!account)
        return;
    if (m_pending && m_pending->account.id == accountId)
        m_pending.reset();
    m_pendingRemoval.clear();
    m_secrets.removeAccount(accountId, this, [this, accountId, name = account->name](const auto &result) {
        if (result.status == SecretStore::Status::Ok) {
            qCInfo(lcUi) << "removed an account and its keychain entries";
            Q_EMIT accountsChanged();
            reload({});
            if (m_dialog) {
                m_dialog->hideKeychainError();
                m_dialog->showStatus({StatusMessage::Severity::Success,
                    tr("Removed \"%1\" and its secrets from the keychain.").arg(name)});
            }
            return;
        }
        if (!m_dialog)
            return;
        m_pendingRemoval = accountId;
        m_dialog->showStatus({StatusMessage::Severity::Error,
            tr("\"%1\" was not removed: its secrets could not be deleted from the keychain. Try again once the "
               "keychain is available, or remove the account anyway.")
                .arg(name)});
        m_dialog->showKeychainError(result.errorText, KeychainErrorPanel::Offer::RemoveAnyway);
    });
}

void AccountsController::reload(const QString &selectId)
{
    if (m_dialog)
        m_dialog->setAccounts(m_accounts.load(), selectId);
}

} // namespace Aura
