#include "sandbox/sandboxoptions.h"

#include "sandbox/dialect.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::SandboxOptions", text);
}

struct FaultFlag
{
    const char *flag;
    const char *setting;
    const char *valueName;
    const char *help;
    bool isText;
};

constexpr FaultFlag FaultFlags[] = {
    {"latency", "latency_ms", "MS",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Delay every answer by MS milliseconds."), false},
    {"error-rate", "server_error_rate", "RATE",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Answer this share of requests (0-1) with 500, 502 or 503."),
        false},
    {"throttle-rate", "too_many_requests_rate", "RATE",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Answer this share of requests (0-1) with 429."), false},
    {"retry-after", "retry_after", "FORMAT",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Retry-After of a 429 in \"seconds\" or as an \"http-date\"."),
        true},
    {"retry-after-seconds", "retry_after_seconds", "SECONDS",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "How long a 429 asks to wait."), false},
    {"drop-rate", "drop_rate", "RATE",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions",
            "Process this share of requests, then close the connection without an answer."),
        false},
    {"malformed-rate", "malformed_rate", "RATE",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Answer this share of requests with a body that is not JSON."),
        false},
    {"truncate-rate", "truncated_rate", "RATE",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Cut the body of this share of answers in half."), false},
    {"truncate-length", "truncated_length", "MODE",
        QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions",
            "Content-Length of a cut body: \"matching\" the part sent, or \"full\" (then the connection closes "
            "early)."),
        true},
    {"request-budget", "request_budget_per_minute", "N",
        QT_TRANSLATE_NOOP(
            "AuraSandbox::SandboxOptions", "Allow N requests per minute, then 429 (the live service allows 125)."),
        false},
    {"fault-seed", "seed", "N", QT_TRANSLATE_NOOP("AuraSandbox::SandboxOptions", "Seed of the fault sequence."), false},
};

} // namespace

SandboxOptions::Parse SandboxOptions::parse(const QStringList &arguments, SandboxOptions &options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A local, stateful Aura API for trying and testing without an account."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, tr("Port to listen on (0 picks a free one)."), u"N"_s, u"0"_s);
    const QCommandLineOption dialect(u"dialect"_s,
        tr("Speak the live service's API (aura-v1, the default) or the seed contract of spec/openapi.yml (seed)."),
        u"NAME"_s, u"aura-v1"_s);
    const QCommandLineOption timeScale(
        u"time-scale"_s, tr("Multiply every duration by F (0.01 makes a 90 s creation take 0.9 s)."), u"F"_s, u"1"_s);
    const QCommandLineOption lifetime(
        u"token-lifetime"_s, tr("Lifetime of bearer tokens in seconds."), u"SECONDS"_s, u"3600"_s);
    const QCommandLineOption state(
        u"state"_s, tr("Keep the whole state in FILE across restarts (created if missing)."), u"FILE"_s);
    const QCommandLineOption scale(
        u"scale"_s, tr("Generate T tenants with I instances each instead of the demo data."), u"T,I"_s);
    const QCommandLineOption empty(u"empty"_s, tr("Start without any tenant or instance."));
    const QCommandLineOption client(
        u"client"_s, tr("Accept another API client (repeatable). The demo client always works."), u"ID:SECRET"_s);
    parser.addOptions({port, dialect, timeScale, lifetime, state, scale, empty, client});
    QList<QCommandLineOption> faultOptions;
    for (const FaultFlag &f : FaultFlags) {
        faultOptions << QCommandLineOption(QString::fromLatin1(f.flag),
            QCoreApplication::translate("AuraSandbox::SandboxOptions", f.help), QString::fromLatin1(f.valueName));
        parser.addOption(faultOptions.last());
    }

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return Parse::Error;
    }
    if (parser.isSet(help)) {
        *error = parser.helpText();
        return Parse::Help;
    }
    if (parser.isSet(version))
        return Parse::Version;

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *error = tr("--port takes a number from 0 to 65535");
        return Parse::Error;
    }
    options.port = static_cast<quint16>(portNumber);
    options.dialect = parser.value(dialect);
    if (!Dialect::names().contains(options.dialect)) {
        *error = tr("--dialect takes one of %1").arg(Dialect::names().join(u", "_s));
        return Parse::Error;
    }
    options.timeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || options.timeScale < 0) {
        *error = tr("--time-scale takes a number, 0 or more");
        return Parse::Error;
    }
    options.tokenLifetime = parser.value(lifetime).toInt(&ok);
    if (!ok || options.tokenLifetime < 1) {
        *error = tr("--token-lifetime takes a number of seconds, 1 or more");
        return Parse::Error;
    }
    options.stateFile = parser.value(state);
    options.empty = parser.isSet(empty);
    if (parser.isSet(scale)) {
        const QStringList parts = parser.value(scale).split(u',');
        bool tOk = false;
        bool iOk = false;
        options.scaleTenants = parts.size() == 2 ? parts[0].toInt(&tOk) : 0;
        options.scaleInstances = parts.size() == 2 ? parts[1].toInt(&iOk) : 0;
        if (!tOk || !iOk || options.scaleTenants < 1 || options.scaleInstances < 0 || options.scaleTenants > 10000
            || options.scaleInstances > 10000) {
            *error = tr("--scale takes T,I: a number of tenants (1-10000) and of instances per tenant (0-10000)");
            return Parse::Error;
        }
    }
    const QStringList clients = parser.values(client);
    for (const QString &c : clients) {
        const qsizetype colon = c.indexOf(u':');
        if (colon <= 0 || colon == c.size() - 1) {
            *error = tr("--client takes ID:SECRET");
            return Parse::Error;
        }
        options.clients << qMakePair(c.left(colon), c.mid(colon + 1));
    }

    QJsonObject faults;
    for (qsizetype i = 0; i < faultOptions.size(); ++i) {
        if (!parser.isSet(faultOptions[i]))
            continue;
        const FaultFlag &f = FaultFlags[i];
        const QString value = parser.value(faultOptions[i]);
        const double number = value.toDouble(&ok);
        if (!f.isText && !ok) {
            *error = tr("--%1 takes a number").arg(QString::fromLatin1(f.flag));
            return Parse::Error;
        }
        faults.insert(QString::fromLatin1(f.setting), f.isText ? QJsonValue(value) : QJsonValue(number));
    }
    QString faultError;
    const std::optional<FaultSettings> settings = FaultSettings::fromJson(faults, &faultError);
    if (!settings) {
        *error = faultError;
        return Parse::Error;
    }
    options.faults = *settings;
    return Parse::Run;
}

void SandboxOptions::applyTo(SandboxServer &server) const
{
    server.setTimeScale(timeScale);
    server.auth().setTokenLifetime(tokenLifetime);
    for (const auto &[id, secret] : clients)
        server.auth().addClient(id, secret);
    server.faults().setSettings(faults);
}

} // namespace AuraSandbox
