#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aura-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AURA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A local, stateful Aura API for trying and testing without an account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QCoreApplication::translate("main", "Port to listen on (0 picks a free one)."), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "aura-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }

    AuraSandbox::SandboxServer server;
    if (server.listenOnLoopback(static_cast<quint16>(port)) == 0) {
        std::fprintf(stderr, "aura-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    QTextStream out(stdout);
    out << "aura-sandbox listening on " << server.baseUrl().toString() << Qt::endl;
    out << "token URL " << server.tokenUrl().toString() << ", demo client " << AuraSandbox::DemoClientId << Qt::endl;
    return app.exec();
}
