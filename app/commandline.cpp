#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// Any spelling of a secret option is refused before parsing, so that not even the parser's error echoes it.
bool looksLikeSecretOption(const QString &argument)
{
    if (!argument.startsWith(u'-'))
        return false;
    QString name = argument;
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    name = name.section(u'=', 0, 0).toLower().replace(u'_', u'-');
    return name == "secret"_L1 || name == "client-secret"_L1 || name == "password"_L1;
}

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

std::optional<CommandLine> parseCommandLine(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Aura Console: see and manage your Neo4j Aura instances and snapshots."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("CommandLine",
            "Start a local Aura API with demo data and connect to it: every operation "
            "works offline, without an account."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
            "Render the main window once the first data has loaded, save it as a PNG "
            "file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption account(u"account"_s,
        QCoreApplication::translate("CommandLine", "Connect with the stored account called NAME."), u"NAME"_s);
    const QCommandLineOption clientId(u"client-id"_s,
        QCoreApplication::translate("CommandLine",
            "Connect with this API client id; the client secret is read from the environment variable "
            "AURA_CLIENT_SECRET (never from the command line). For scripted runs and CI: no keychain is used."),
        u"ID"_s);
    const QCommandLineOption apiUrl(u"api-url"_s,
        QCoreApplication::translate(
            "CommandLine", "The API base URL for --account or --client-id (default https://api.neo4j.io/v1)."),
        u"URL"_s);
    const QCommandLineOption tokenUrl(u"token-url"_s,
        QCoreApplication::translate(
            "CommandLine", "The token URL for --account or --client-id (default https://api.neo4j.io/oauth/token)."),
        u"URL"_s);
    const QCommandLineOption listAccounts(u"list-accounts"_s,
        QCoreApplication::translate("CommandLine", "Print the names of the stored accounts, one a line, and exit."));
    const QCommandLineOption sandboxTimeScale(u"sandbox-time-scale"_s,
        QCoreApplication::translate("CommandLine",
            "Multiply every duration of the local sandbox by F (0.1 makes a 90 s creation take 9 s); default 1."),
        u"F"_s);
    const QCommandLineOption apiDialect(u"api-dialect"_s,
        QCoreApplication::translate(
            "CommandLine", "The API dialect of --account or --client-id: aura-v1 (the live service, default) or seed."),
        u"NAME"_s);
    const QCommandLineOption sandboxDialect(u"sandbox-dialect"_s,
        QCoreApplication::translate("CommandLine",
            "The API dialect the local sandbox speaks: aura-v1 (the live service, default) or seed "
            "(spec/openapi.yml)."),
        u"NAME"_s);
    parser.addOptions({sandbox, sandboxTimeScale, sandboxDialect, screenshot, account, clientId, apiUrl, tokenUrl,
        apiDialect, listAccounts});

    for (const QString &argument : arguments.mid(1)) {
        if (looksLikeSecretOption(argument)) {
            printError(QCoreApplication::translate("CommandLine",
                "The client secret cannot be given on the command line, where other users can read it in the "
                "process list. Set the environment variable AURA_CLIENT_SECRET instead."));
            exitCode = 2;
            return std::nullopt;
        }
    }

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        std::fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst())));
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(account) && parser.isSet(clientId)) {
        printError(QCoreApplication::translate("CommandLine", "Use either --account or --client-id, not both."));
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(sandbox) && (parser.isSet(account) || parser.isSet(clientId))) {
        printError(QCoreApplication::translate(
            "CommandLine", "--sandbox connects to the local sandbox: it cannot be combined with an account."));
        exitCode = 2;
        return std::nullopt;
    }
    if ((parser.isSet(apiUrl) || parser.isSet(tokenUrl) || parser.isSet(apiDialect)) && !parser.isSet(account)
        && !parser.isSet(clientId)) {
        printError(QCoreApplication::translate("CommandLine",
            "--api-url, --token-url and --api-dialect apply to --account or --client-id: give one of them."));
        exitCode = 2;
        return std::nullopt;
    }
    CommandLine result;
    result.sandbox = parser.isSet(sandbox);
    if (parser.isSet(sandboxTimeScale)) {
        bool ok = false;
        result.sandboxTimeScale = parser.value(sandboxTimeScale).toDouble(&ok);
        if (!ok || result.sandboxTimeScale < 0 || !std::isfinite(result.sandboxTimeScale)) {
            printError(QCoreApplication::translate("CommandLine", "--sandbox-time-scale takes a number, 0 or more."));
            exitCode = 2;
            return std::nullopt;
        }
    }
    if (parser.isSet(apiDialect)) {
        result.apiDialect = parser.value(apiDialect);
        if (result.apiDialect != u"aura-v1" && result.apiDialect != u"seed") {
            printError(QCoreApplication::translate("CommandLine", "--api-dialect takes aura-v1 or seed."));
            exitCode = 2;
            return std::nullopt;
        }
    }
    if (parser.isSet(sandboxDialect)) {
        result.sandboxDialect = parser.value(sandboxDialect);
        if (result.sandboxDialect != u"aura-v1" && result.sandboxDialect != u"seed") {
            printError(QCoreApplication::translate("CommandLine", "--sandbox-dialect takes aura-v1 or seed."));
            exitCode = 2;
            return std::nullopt;
        }
    }
    result.listAccounts = parser.isSet(listAccounts);
    result.screenshotPath = parser.value(screenshot);
    result.accountName = parser.value(account);
    result.clientId = parser.value(clientId);
    for (const auto &[option, url] : {std::pair {&apiUrl, &result.apiUrl}, std::pair {&tokenUrl, &result.tokenUrl}}) {
        if (!parser.isSet(*option))
            continue;
        *url = QUrl(parser.value(*option), QUrl::StrictMode);
        if (!url->isValid() || url->scheme().isEmpty()) {
            printError(
                QCoreApplication::translate("CommandLine", "--%1 needs a complete URL, such as %2.")
                    .arg(option->names().constFirst(),
                        option == &apiUrl ? "https://api.neo4j.io/v1"_L1 : "https://api.neo4j.io/oauth/token"_L1));
            exitCode = 2;
            return std::nullopt;
        }
    }
    if ((parser.isSet(account) && result.accountName.trimmed().isEmpty())
        || (parser.isSet(clientId) && result.clientId.trimmed().isEmpty())) {
        printError(QCoreApplication::translate("CommandLine", "--account and --client-id need a non-empty value."));
        exitCode = 2;
        return std::nullopt;
    }
    return result;
}

} // namespace Aura
