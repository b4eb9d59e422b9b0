#pragma once

#include "api/accounts/account.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Aura {

// Keeps the accounts (name, client id, URLs) in the application settings. Never a secret: the client secret and
// kept database passwords live in the SecretStore (see AccountSecrets); only the ids of the instances whose
// password is kept are recorded here, so that removing an account can delete those entries too.
class AccountStore final
{
public:
    explicit AccountStore(QSettings &settings);
    Q_DISABLE_COPY_MOVE(AccountStore)

    QList<Account> load() const;
    std::optional<Account> find(const QString &accountId) const;
    // Exact match first, then a case-insensitive one.
    std::optional<Account> findByName(const QString &name) const;

    // Each returns false when the settings could not be written; errorText() then says why.
    bool save(const QList<Account> &accounts);
    bool upsert(const Account &account); // replaces the account with the same id, or appends it
    bool remove(const QString &accountId); // the settings entry and its password index; not the secrets
    QString errorText() const { return m_errorText; }

    QStringList instancesWithKeptPassword(const QString &accountId) const;
    bool setInstancePasswordKept(const QString &accountId, const QString &instanceId, bool kept);

private:
    bool sync();

    QSettings &m_settings;
    QString m_errorText;
};

} // namespace Aura
