#include "commandline.h"
#include "mainwindow.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Renders the window as the user would see it and quits; used for the README, AppStream and visual checks.
void scheduleScreenshot(Aura::MainWindow &window, const QString &path)
{
    window.resize(1280, 800);
    QTimer::singleShot(0, &window, [&window, path] {
        const bool saved = window.grab().save(path, "PNG");
        if (!saved)
            std::fprintf(stderr, "aura-console: cannot write the screenshot to %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aura-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Aura Console"));
    QApplication::setApplicationVersion(QStringLiteral(AURA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Aura Console"));
    QApplication::setOrganizationDomain(QStringLiteral("auraconsole.org"));
    QApplication::setDesktopFileName(QStringLiteral("org.auraconsole.AuraConsole"));

    int exitCode = 0;
    const std::optional<Aura::CommandLine> options = Aura::parseCommandLine(QApplication::arguments(), exitCode);
    if (!options)
        return exitCode;

    Aura::MainWindow window;

    std::unique_ptr<AuraSandbox::SandboxServer> sandbox;
    if (options->sandbox) {
        sandbox = std::make_unique<AuraSandbox::SandboxServer>();
        sandbox->loadDemoData();
        if (sandbox->listenOnLoopback() == 0) {
            std::fprintf(stderr, "aura-console: cannot start the sandbox on the loopback interface\n");
            return 1;
        }
        window.setAccountLabel(QApplication::translate("main", "Sandbox at %1").arg(sandbox->baseUrl().toString()));
    }

    if (!options->screenshotPath.isEmpty())
        scheduleScreenshot(window, options->screenshotPath);
    window.show();
    return QApplication::exec();
}
