#include "api/accounts/accountstore.h"

#include "api/logging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

const auto accountsArray = "accounts"_L1;
const auto passwordIndexGroup = "keptInstancePasswords"_L1;
const auto idKey = "id"_L1;
const auto nameKey = "name"_L1;
const auto clientIdKey = "clientId"_L1;
const auto apiUrlKey = "apiBaseUrl"_L1;
const auto tokenUrlKey = "tokenUrl"_L1;
const auto dialectKey = "apiDialect"_L1;

QUrl urlOrDefault(const QVariant &value, const QUrl &fallback)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? fallback : QUrl(text);
}

} // namespace

AccountStore::AccountStore(QSettings &settings)
    : m_settings(settings)
{ }

QList<Account> AccountStore::load() const
{
    QList<Account> accounts;
    const int size = m_settings.beginReadArray(accountsArray);
    accounts.reserve(size);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        Account account;
        account.id = m_settings.value(idKey).toString();
        account.name = m_settings.value(nameKey).toString();
        account.clientId = m_settings.value(clientIdKey).toString();
        account.apiBaseUrl = urlOrDefault(m_settings.value(apiUrlKey), Account::defaultApiBaseUrl());
        account.tokenUrl = urlOrDefault(m_settings.value(tokenUrlKey), Account::defaultTokenUrl());
        account.dialect = dialectFromName(m_settings.value(dialectKey).toString()); // unknown text: the live one
        if (account.id.isEmpty()) {
            // Hand-edited settings: keep the entry (it is saved with this id next time) rather than drop it.
            account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            qCWarning(lcApi) << "account entry" << i << "in the settings has no id; gave it" << account.id;
        }
        accounts.append(account);
    }
    m_settings.endArray();
    return accounts;
}

std::optional<Account> AccountStore::find(const QString &accountId) const
{
    const QList<Account> accounts = load();
    for (const Account &account : accounts) {
        if (account.id == accountId)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::findByName(const QString &name) const
{
    const QList<Account> accounts = load();
    for (const Account &account : accounts) {
        if (account.name == name)
            return account;
    }
    for (const Account &account : accounts) {
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

bool AccountStore::save(const QList<Account> &accounts)
{
    m_settings.remove(accountsArray);
    m_settings.beginWriteArray(accountsArray, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(idKey, account.id);
        m_settings.setValue(nameKey, account.name);
        m_settings.setValue(clientIdKey, account.clientId);
        m_settings.setValue(apiUrlKey, account.apiBaseUrl.toString());
        m_settings.setValue(tokenUrlKey, account.tokenUrl.toString());
        if (account.dialect)
            m_settings.setValue(dialectKey, dialectName(*account.dialect));
    }
    m_settings.endArray();
    return sync();
}

bool AccountStore::upsert(const Account &account)
{
    QList<Account> accounts = load();
    bool replaced = false;
    for (Account &existing : accounts) {
        if (existing.id == account.id) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        accounts.append(account);
    qCDebug(lcApi) << (replaced ? "updating account" : "adding account") << account.id << account.name;
    return save(accounts);
}

bool AccountStore::remove(const QString &accountId)
{
    QList<Account> accounts = load();
    accounts.removeIf([&accountId](const Account &account) { return account.id == accountId; });
    m_settings.remove(passwordIndexGroup + u'/' + accountId);
    qCDebug(lcApi) << "removing account" << accountId;
    return save(accounts);
}

QStringList AccountStore::instancesWithKeptPassword(const QString &accountId) const
{
    return m_settings.value(passwordIndexGroup + u'/' + accountId).toStringList();
}

bool AccountStore::setInstancePasswordKept(const QString &accountId, const QString &instanceId, bool kept)
{
    QStringList ids = instancesWithKeptPassword(accountId);
    ids.removeAll(instanceId);
    if (kept)
        ids.append(instanceId);
    const QString key = passwordIndexGroup + u'/' + accountId;
    if (ids.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, ids);
    return sync();
}

bool AccountStore::sync()
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        m_errorText.clear();
        return true;
    case QSettings::AccessError:
        m_errorText = QCoreApplication::translate("AccountStore", "The settings file %1 cannot be written.")
                          .arg(m_settings.fileName());
        break;
    case QSettings::FormatError:
        m_errorText = QCoreApplication::translate("AccountStore", "The settings file %1 is damaged.")
                          .arg(m_settings.fileName());
        break;
    }
    qCWarning(lcApi) << "cannot write the accounts to" << m_settings.fileName() << m_settings.status();
    return false;
}

} // namespace Aura
