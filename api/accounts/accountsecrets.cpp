#include "api/accounts/accountsecrets.h"

#include "api/accounts/accountstore.h"
#include "api/logging.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace SecretKeys {

QString clientSecret(const QString &accountId)
{
    Q_ASSERT(!accountId.isEmpty());
    return "account/"_L1 + accountId + "/client-secret"_L1;
}

QString instancePassword(const QString &instanceId)
{
    Q_ASSERT(!instanceId.isEmpty());
    return "instance/"_L1 + instanceId + "/password"_L1;
}

} // namespace SecretKeys

namespace {

SecretStore::Result settingsFailure(const AccountStore &accounts)
{
    return {SecretStore::Status::Unavailable, {}, accounts.errorText()};
}

} // namespace

AccountSecrets::AccountSecrets(SecretStore &store, AccountStore &accounts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
{ }

void AccountSecrets::writeClientSecret(
    const QString &accountId, const QString &secret, QObject *context, SecretStore::Callback callback)
{
    qCDebug(lcKeychain) << "storing the client secret of account" << accountId;
    m_store.write(SecretKeys::clientSecret(accountId), secret, context, std::move(callback));
}

void AccountSecrets::readClientSecret(const QString &accountId, QObject *context, SecretStore::Callback callback)
{
    qCDebug(lcKeychain) << "reading the client secret of account" << accountId;
    m_store.read(SecretKeys::clientSecret(accountId), context, std::move(callback));
}

void AccountSecrets::writeInstancePassword(const QString &accountId, const QString &instanceId, const QString &password,
    QObject *context, SecretStore::Callback callback)
{
    qCDebug(lcKeychain) << "keeping the database password of instance" << instanceId;
    QPointer<QObject> guard(context);
    m_store.write(SecretKeys::instancePassword(instanceId), password, this,
        [this, accountId, instanceId, guard, callback = std::move(callback)](const SecretStore::Result &result) {
            SecretStore::Result answer = result;
            // Recorded even if the caller has gone: the entry exists and account removal must find it.
            if (result.status == SecretStore::Status::Ok
                && !m_accounts.setInstancePasswordKept(accountId, instanceId, true))
                answer = settingsFailure(m_accounts);
            if (guard && callback)
                callback(answer);
        });
}

void AccountSecrets::readInstancePassword(const QString &instanceId, QObject *context, SecretStore::Callback callback)
{
    qCDebug(lcKeychain) << "reading the kept database password of instance" << instanceId;
    m_store.read(SecretKeys::instancePassword(instanceId), context, std::move(callback));
}

void AccountSecrets::removeInstancePassword(
    const QString &accountId, const QString &instanceId, QObject *context, SecretStore::Callback callback)
{
    qCDebug(lcKeychain) << "forgetting the database password of instance" << instanceId;
    QPointer<QObject> guard(context);
    m_store.remove(SecretKeys::instancePassword(instanceId), this,
        [this, accountId, instanceId, guard, callback = std::move(callback)](const SecretStore::Result &result) {
            SecretStore::Result answer = result;
            if (result.status != SecretStore::Status::Unavailable) {
                answer.status = SecretStore::Status::Ok;
                if (!m_accounts.setInstancePasswordKept(accountId, instanceId, false))
                    answer = settingsFailure(m_accounts);
            }
            if (guard && callback)
                callback(answer);
        });
}

void AccountSecrets::removeAccount(const QString &accountId, QObject *context, SecretStore::Callback callback)
{
    QStringList keys {SecretKeys::clientSecret(accountId)};
    const QStringList instanceIds = m_accounts.instancesWithKeptPassword(accountId);
    for (const QString &instanceId : instanceIds)
        keys.append(SecretKeys::instancePassword(instanceId));
    qCDebug(lcKeychain) << "removing account" << accountId << "and" << keys.size() << "keychain entries";
    removeKeys(accountId, std::move(keys), QPointer<QObject>(context), std::move(callback));
}

void AccountSecrets::removeKeys(
    const QString &accountId, QStringList keys, const QPointer<QObject> &context, SecretStore::Callback callback)
{
    if (keys.isEmpty()) {
        const SecretStore::Result done = m_accounts.remove(accountId)
            ? SecretStore::Result {SecretStore::Status::Ok, {}, {}}
            : settingsFailure(m_accounts);
        if (context && callback)
            callback(done);
        return;
    }
    const QString key = keys.takeFirst();
    m_store.remove(
        key, this, [this, accountId, keys, context, callback = std::move(callback)](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Unavailable) {
                if (context && callback)
                    callback(result);
                return;
            }
            removeKeys(accountId, keys, context, callback);
        });
}

} // namespace Aura
