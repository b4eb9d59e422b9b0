#include "sandbox/demodata.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/statefile.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Exit codes, documented in --help's description and the README.
constexpr int ExitUsage = 2;
constexpr int ExitCannotListen = 3;
constexpr int ExitCorruptState = 4;

void printError(const QString &message)
{
    std::fprintf(stderr, "aura-sandbox: %s\n", qPrintable(message));
}

int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    if (::write(g_signalSockets[1], &byte, 1) < 0) {
        // nothing else is safe to do in a signal handler
    }
}

// Ctrl+C and SIGTERM end the event loop normally, so that pending state is written before the process exits.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalSockets[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action
    {
    };
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"aura-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AURA_VERSION));

    AuraSandbox::SandboxOptions options;
    QString message;
    switch (AuraSandbox::SandboxOptions::parse(QCoreApplication::arguments(), options, &message)) {
    case AuraSandbox::SandboxOptions::Parse::Help:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case AuraSandbox::SandboxOptions::Parse::Version:
        std::printf("aura-sandbox %s\n", AURA_VERSION);
        return 0;
    case AuraSandbox::SandboxOptions::Parse::Error:
        printError(message);
        return ExitUsage;
    case AuraSandbox::SandboxOptions::Parse::Run:
        break;
    }

    AuraSandbox::SandboxServer server(nullptr, AuraSandbox::Dialect::create(options.dialect));
    options.applyTo(server);

    std::unique_ptr<AuraSandbox::StateFile> stateFile;
    bool loaded = false;
    if (!options.stateFile.isEmpty()) {
        stateFile = std::make_unique<AuraSandbox::StateFile>(options.stateFile, &server.state());
        stateFile->setPlatform(&server.platform());
        QString error;
        const auto result = stateFile->load(&error);
        if (result == AuraSandbox::StateFile::LoadResult::Corrupt) {
            printError(QCoreApplication::translate("main", "the state file is unusable and was left untouched: %1")
                           .arg(error));
            return ExitCorruptState;
        }
        loaded = result == AuraSandbox::StateFile::LoadResult::Loaded;
    }
    if (!loaded) {
        if (options.scaleTenants > 0) {
            server.state().reset(AuraSandbox::generatedData(
                options.scaleTenants, options.scaleInstances, server.state().now(), options.faults.seed));
        } else if (!options.empty) {
            server.loadDemoData();
        }
        if (stateFile) {
            QString error;
            if (!stateFile->save(&error)) {
                printError(QCoreApplication::translate("main", "cannot write the state file %1: %2")
                               .arg(options.stateFile, error));
                return ExitCorruptState;
            }
        }
    }
    if (stateFile)
        stateFile->startSaving();

    if (server.listenOnLoopback(options.port) == 0) {
        printError(QCoreApplication::translate("main", "cannot listen on 127.0.0.1:%1").arg(options.port));
        return ExitCannotListen;
    }
    quitOnTerminationSignals(app);
    QTextStream out(stdout);
    out << "aura-sandbox listening on " << server.baseUrl().toString() << " (dialect " << server.dialect().name() << ")"
        << Qt::endl;
    out << "port " << server.port() << Qt::endl;
    out << "token URL " << server.tokenUrl().toString() << ", demo client " << AuraSandbox::DemoClientId << Qt::endl;
    out << "control " << server.controlUrl().toString() << Qt::endl;
    return app.exec();
}
