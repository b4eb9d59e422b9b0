#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Aura {

// What the command line asks for. Parsing is kept apart from acting on it so it can be tested.
struct CommandLine
{
    bool sandbox = false;
    QString screenshotPath;
};

// Parses the arguments; prints --help / --version and errors like every Qt tool, and returns nullopt with
// `exitCode` set when the program should stop there.
std::optional<CommandLine> parseCommandLine(const QStringList &arguments, int &exitCode);

} // namespace Aura
