#include "accounts/accountstore.h"
#include "activitylog.h"
#include "commandline.h"
#include "connectionchoice.h"
#include "icons.h"
#include "inventory.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "translator.h"

#include <QApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
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
            std::fprintf(stderr, "aura-console: %s\n",
                qPrintable(QCoreApplication::translate("main", "cannot write the screenshot to %1").arg(path)));
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
    QApplication::setWindowIcon(Aura::icon(Aura::IconId::Application));
    // Before the command line is parsed: --help and its errors speak the user's language too.
    Aura::installTranslators(QLocale::system());

    int exitCode = 0;
    const std::optional<Aura::CommandLine> options = Aura::parseCommandLine(QApplication::arguments(), exitCode);
    if (!options)
        return exitCode;

    QSettings settings;
    Aura::AccountStore accounts(settings);
    const auto connection
        = Aura::resolveConnection(*options, accounts.load(), QProcessEnvironment::systemEnvironment());
    // The secret now lives in this process's memory only: processes started later do not inherit it.
    qunsetenv(Aura::clientSecretVariable);
    if (const auto *error = std::get_if<Aura::ConnectionError>(&connection)) {
        std::fprintf(stderr, "aura-console: %s\n", qPrintable(error->message));
        return 2;
    }

    Aura::Inventory inventory;
    Aura::ActivityLog activity;
    Aura::MainWindow window(inventory, activity);

    std::unique_ptr<AuraSandbox::SandboxServer> sandbox;
    if (options->sandbox) {
        sandbox = std::make_unique<AuraSandbox::SandboxServer>();
        sandbox->loadDemoData();
        if (sandbox->listenOnLoopback() == 0) {
            std::fprintf(stderr, "aura-console: %s\n",
                qPrintable(QCoreApplication::translate("main", "cannot start the sandbox on the loopback interface")));
            return 1;
        }
        window.setAccountLabel(QApplication::translate("main", "Sandbox at %1").arg(sandbox->baseUrl().toString()));
    }

    if (!options->screenshotPath.isEmpty())
        scheduleScreenshot(window, options->screenshotPath);
    window.show();
    return QApplication::exec();
}
