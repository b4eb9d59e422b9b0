#pragma once

#include "api/secrets/secretstore.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Aura {

class AccountStore;

// Where each secret lives in the SecretStore. Keys name an entry, never hold a value, so they may be logged.
namespace SecretKeys {
QString clientSecret(const QString &accountId); // account/<id>/client-secret
QString instancePassword(const QString &instanceId); // instance/<instanceId>/password
} // namespace SecretKeys

// An account's secrets: its client secret and the one-time database passwords the user chose to keep for its
// instances. Keeps the settings' record of kept passwords in step with the store, so that removing an account
// leaves nothing of it behind in the keychain.
class AccountSecrets final : public QObject
{
    Q_OBJECT
public:
    AccountSecrets(SecretStore &store, AccountStore &accounts, QObject *parent = nullptr);

    void writeClientSecret(
        const QString &accountId, const QString &secret, QObject *context, SecretStore::Callback callback);
    void readClientSecret(const QString &accountId, QObject *context, SecretStore::Callback callback);

    void writeInstancePassword(const QString &accountId, const QString &instanceId, const QString &password,
        QObject *context, SecretStore::Callback callback);
    void readInstancePassword(const QString &instanceId, QObject *context, SecretStore::Callback callback);
    // NotFound counts as done: the password is gone either way.
    void removeInstancePassword(
        const QString &accountId, const QString &instanceId, QObject *context, SecretStore::Callback callback);

    // Deletes every entry of the account from the store (client secret, kept passwords), then the account from the
    // settings. Answers Ok when all is gone; on the first Unavailable it stops and keeps the account, so the user
    // can try again once the keychain is back (or remove it with AccountStore::remove, knowingly).
    void removeAccount(const QString &accountId, QObject *context, SecretStore::Callback callback);

private:
    void removeKeys(
        const QString &accountId, QStringList keys, const QPointer<QObject> &context, SecretStore::Callback callback);

    SecretStore &m_store;
    AccountStore &m_accounts;
};

} // namespace Aura
