#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Aura {

// What the command line asks for. Parsing is kept apart from acting on it so it can be tested.
struct CommandLine
{
    bool sandbox = false;
    double sandboxTimeScale = 1.0; // --sandbox-time-scale: every duration of the embedded sandbox multiplied by it
    QString sandboxDialect = QStringLiteral("aura-v1"); // --sandbox-dialect: the live service's (aura-v1) or seed
    bool listAccounts = false; // print the stored accounts' names and exit (scripts/run.sh asks this)
    QString screenshotPath;
    QString accountName; // --account: a stored account, by name
    QString clientId; // --client-id: an account made up for this run, its secret from AURA_CLIENT_SECRET
    QUrl apiUrl; // --api-url, empty when not given
    QUrl tokenUrl; // --token-url, empty when not given
    QString apiDialect; // --api-dialect: aura-v1 or seed for --account / --client-id, empty when not given
};

// The environment variable that carries the client secret for --client-id (and, when set, for --account, so a
// scripted run never waits on a keychain prompt). Never a command-line option: process lists show arguments.
inline constexpr char clientSecretVariable[] = "AURA_CLIENT_SECRET";

// Parses the arguments; prints --help / --version and errors like every Qt tool, and returns nullopt with
// `exitCode` set when the program should stop there.
std::optional<CommandLine> parseCommandLine(const QStringList &arguments, int &exitCode);

} // namespace Aura
