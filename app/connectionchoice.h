#pragma once

#include "api/accounts/account.h"

#include <QList>
#include <QString>

#include <variant>

class QProcessEnvironment;

namespace Aura {

struct CommandLine;

// Which account this run connects with, and where its client secret comes from.
struct ConnectionChoice
{
    enum class Kind {
        AskUser, // nothing on the command line: the window offers the stored accounts (or the welcome panel)
        Sandbox, // --sandbox
        Account, // --account or --client-id
    };
    enum class SecretSource {
        None,
        Keychain, // the stored account's entry (may prompt to unlock the keychain)
        Environment, // AURA_CLIENT_SECRET: no keychain access at all
    };

    Kind kind = Kind::AskUser;
    Account account; // Kind::Account: the stored account (URLs overridden as asked) or one made up for this run
    bool accountIsStored = false; // false for --client-id: nothing of it is saved
    SecretSource secretSource = SecretSource::None;
    QString environmentSecret; // SecretSource::Environment only; kept in memory, never written anywhere
};

// A command line that cannot be acted on, with a message for the terminal.
struct ConnectionError
{
    QString message;
};

// Turns the command line, the stored accounts and the environment into a choice, or says why it cannot.
std::variant<ConnectionChoice, ConnectionError> resolveConnection(
    const CommandLine &commandLine, const QList<Account> &storedAccounts, const QProcessEnvironment &environment);

} // namespace Aura
