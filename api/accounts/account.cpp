#include "api/accounts/account.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

Account Account::create(const QString &name, const QString &clientId)
{
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.name = name;
    account.clientId = clientId;
    return account;
}

QUrl Account::defaultApiBaseUrl()
{
    return QUrl(u"https://api.neo4j.io/v1"_s);
}

QUrl Account::defaultTokenUrl()
{
    return QUrl(u"https://api.neo4j.io/oauth/token"_s);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

UrlProblem checkServiceUrl(const QUrl &url)
{
    if (url.isEmpty())
        return UrlProblem::Empty;
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return UrlProblem::Malformed;
    if (!url.userInfo().isEmpty())
        return UrlProblem::HasCredentials;
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return UrlProblem::None;
    if (scheme != "http"_L1)
        return UrlProblem::UnsupportedScheme;
    return isLoopbackHost(url.host()) ? UrlProblem::None : UrlProblem::InsecureRemote;
}

QString describeUrlProblem(UrlProblem problem)
{
    switch (problem) {
    case UrlProblem::None:
        return {};
    case UrlProblem::Empty:
        return QCoreApplication::translate("Account", "Enter a URL.");
    case UrlProblem::Malformed:
        return QCoreApplication::translate("Account", "Enter a complete URL, such as https://api.neo4j.io/v1.");
    case UrlProblem::UnsupportedScheme:
        return QCoreApplication::translate("Account", "The URL must start with https://.");
    case UrlProblem::InsecureRemote:
        return QCoreApplication::translate("Account",
            "Use https://: plain http would send the credentials unencrypted. It is only allowed to this computer "
            "(localhost, 127.0.0.1).");
    case UrlProblem::HasCredentials:
        return QCoreApplication::translate(
            "Account", "Remove the user name and password from the URL: the client id and secret go in their fields.");
    }
    return {};
}

AccountProblems validateAccount(const Account &account, const QList<Account> &others)
{
    AccountProblems problems;
    const QString name = account.name.trimmed();
    if (name.isEmpty()) {
        problems.name = QCoreApplication::translate("Account", "Enter a name for this account.");
    } else {
        for (const Account &other : others) {
            if (other.id != account.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                problems.name
                    = QCoreApplication::translate("Account", "Another account is already called \"%1\".").arg(name);
                break;
            }
        }
    }
    if (account.clientId.trimmed().isEmpty())
        problems.clientId = QCoreApplication::translate("Account", "Enter the client id of the API key.");
    else if (account.clientId.trimmed() != account.clientId)
        problems.clientId = QCoreApplication::translate("Account", "The client id must not start or end with spaces.");
    problems.apiBaseUrl = describeUrlProblem(checkServiceUrl(account.apiBaseUrl));
    problems.tokenUrl = describeUrlProblem(checkServiceUrl(account.tokenUrl));
    return problems;
}

} // namespace Aura
