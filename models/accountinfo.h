#pragma once

#include "api/capabilities.h"

#include <QDateTime>
#include <QString>

namespace Aura {

// How the console's connection to one account stands, as the tree and the status bar show it.
enum class AccountState {
    Connecting, // no answer to the first refresh yet
    Online, // the last refresh succeeded
    Offline, // the service could not be reached (network, timeout); the last known data stays
    RateLimited, // requests are held back for a while
    Failed, // the service refused (credentials, permission, keychain): nothing more will load until fixed
};

// One account the console shows: the sandbox, a stored account, or the credentials given for this run.
struct AccountInfo
{
    QString key; // the stored account's id, or a fixed key for the sandbox and for credentials from the environment
    QString label; // what the user calls it
    AccountState state = AccountState::Connecting;
    QString detail; // why it is offline, limited or failed, in the user's words
    QDateTime lastRefresh; // UTC; invalid before the first successful refresh
    Capabilities capabilities; // what the account's service can do (its API dialect)

    friend bool operator==(const AccountInfo &, const AccountInfo &) = default;
};

// The state in a word or two, as the tree's status column shows it ("Online", "Offline", ...).
QString accountStateText(AccountState state);
// What an account is called on screen: its label, or "Account" while it has none.
QString accountLabelText(const QString &label);

} // namespace Aura
