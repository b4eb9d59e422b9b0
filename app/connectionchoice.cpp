#include "app/connectionchoice.h"

#include "app/commandline.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// Exact name first; a case-insensitive match only when it is the only one.
std::variant<Account, ConnectionError> findAccount(const QString &name, const QList<Account> &accounts)
{
    QList<Account> caseInsensitive;
    for (const Account &account : accounts) {
        if (account.name == name)
            return account;
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            caseInsensitive.append(account);
    }
    if (caseInsensitive.size() == 1)
        return caseInsensitive.constFirst();
    if (accounts.isEmpty()) {
        return ConnectionError {QCoreApplication::translate("ConnectionChoice",
            "There is no account called \"%1\": no account is set up yet. Add one in the "
            "console, or use --client-id with the secret in AURA_CLIENT_SECRET.")
                                    .arg(name)};
    }
    QStringList names;
    for (const Account &account : accounts)
        names.append(account.name);
    if (caseInsensitive.size() > 1) {
        return ConnectionError {QCoreApplication::translate("ConnectionChoice",
            "Several accounts are called \"%1\" in different cases: give the exact name (one of: %2).")
                                    .arg(name, names.join(", "_L1))};
    }
    return ConnectionError {
        QCoreApplication::translate("ConnectionChoice", "There is no account called \"%1\". The accounts are: %2.")
            .arg(name, names.join(", "_L1))};
}

std::optional<ConnectionError> checkUrl(const char *option, const QUrl &url)
{
    const UrlProblem problem = checkServiceUrl(url);
    if (problem == UrlProblem::None)
        return std::nullopt;
    return ConnectionError {QCoreApplication::translate("ConnectionChoice", "--%1 %2: %3")
                                .arg(QLatin1StringView(option), url.toDisplayString(), describeUrlProblem(problem))};
}

} // namespace

std::variant<ConnectionChoice, ConnectionError> resolveConnection(
    const CommandLine &commandLine, const QList<Account> &storedAccounts, const QProcessEnvironment &environment)
{
    ConnectionChoice choice;
    if (commandLine.sandbox) {
        choice.kind = ConnectionChoice::Kind::Sandbox;
        return choice;
    }
    if (commandLine.accountName.isEmpty() && commandLine.clientId.isEmpty())
        return choice;

    const QString environmentSecret = environment.value(QString::fromLatin1(clientSecretVariable));
    choice.kind = ConnectionChoice::Kind::Account;
    if (!commandLine.accountName.isEmpty()) {
        auto found = findAccount(commandLine.accountName, storedAccounts);
        if (auto *error = std::get_if<ConnectionError>(&found))
            return *error;
        choice.account = std::get<Account>(found);
        choice.accountIsStored = true;
        choice.secretSource = ConnectionChoice::SecretSource::Keychain;
    } else {
        if (environmentSecret.isEmpty()) {
            return ConnectionError {QCoreApplication::translate("ConnectionChoice",
                "--client-id needs the client secret in the environment variable "
                "AURA_CLIENT_SECRET (it is never read from the command line).")};
        }
        choice.account = Account::create(commandLine.clientId, commandLine.clientId);
    }
    if (!environmentSecret.isEmpty()) {
        choice.secretSource = ConnectionChoice::SecretSource::Environment;
        choice.environmentSecret = environmentSecret;
    }
    if (!commandLine.apiUrl.isEmpty())
        choice.account.apiBaseUrl = commandLine.apiUrl;
    if (!commandLine.tokenUrl.isEmpty())
        choice.account.tokenUrl = commandLine.tokenUrl;
    if (!commandLine.apiDialect.isEmpty())
        choice.account.dialect = dialectFromName(commandLine.apiDialect);
    if (auto error = checkUrl("api-url", choice.account.apiBaseUrl))
        return *error;
    if (auto error = checkUrl("token-url", choice.account.tokenUrl))
        return *error;
    return choice;
}

} // namespace Aura
