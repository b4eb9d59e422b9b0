// Prints how long the console takes to fetch, parse and apply (diff into the Inventory) a list of 10,000 instances
// from the sandbox over loopback HTTP, beside the time curl needs to fetch the same list on the same machine. The
// sandbox answers from a thread of its own, as the live service answers from elsewhere, so both sides wait for
// the same server.
//
//   bench_client [--count N] [--runs R]

#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/responseparser.h"
#include "api/secrets/secretstore.h"
#include "models/inventory.h"
#include "sandboxaccount.h"
#include "sandboxthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void report(const char *what, const QList<double> &ms)
{
    std::printf("%-48s median %8.1f ms   min %8.1f ms   (%lld runs)\n", what, median(ms),
        ms.isEmpty() ? 0.0 : *std::min_element(ms.begin(), ms.end()), static_cast<long long>(ms.size()));
}

// Runs the steps one after another, each calling `next` when done, without blocking the event loop.
class Sequence
{
public:
    using Step = std::function<void(std::function<void()> next)>;
    void add(Step step) { m_steps.append(std::move(step)); }
    void run(std::function<void()> done)
    {
        if (m_index >= m_steps.size()) {
            done();
            return;
        }
        m_steps[m_index++]([this, done] { run(done); });
    }

private:
    QList<Step> m_steps;
    qsizetype m_index = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times fetching and parsing a large instance list."_s);
    parser.addHelpOption();
    parser.addOption({u"count"_s, u"Instances in the list (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"runs"_s, u"Repetitions of each measurement (default 5)."_s, u"R"_s, u"5"_s});
    parser.process(app);
    const int count = std::max(1, parser.value(u"count"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    // 100 projects of count / 100 instances each, served by the sandbox in the seed dialect (full objects).
    const int tenants = std::min(count, 100);
    AuraBench::SandboxThread sandbox(0, tenants, count / tenants);
    if (sandbox.baseUrl().port() <= 0) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    const int total = tenants * (count / tenants);
    Aura::MemorySecretStore secrets;
    const Aura::ClientSettings settings
        = AuraBench::sandboxAccount(secrets, u"bench"_s, sandbox.baseUrl(), sandbox.tokenUrl(), Aura::ApiDialect::Seed);
    Aura::AuraClient client(settings, &secrets);
    const QString url = sandbox.baseUrl().toString() + u"/instances"_s;
    QByteArray body; // the last list body, for timing the parser alone
    Aura::Inventory inventory; // each answer is applied as the synchronizer would: the first adds, the rest diff

    QList<double> clientMs;
    QList<double> curlMs;
    bool failed = false;
    Sequence sequence;
    // Warm-up: obtains the token, so the runs measure the list request alone.
    sequence.add([&](auto next) {
        client.listTenants(
            &app, [next](const auto &) { next(); }, Aura::Priority::User);
    });
    for (int i = 0; i < runs; ++i) {
        sequence.add([&](auto next) {
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            client.listInstances(
                {}, &app,
                [&, timer, next](const Aura::Reply<QList<Aura::Instance>> &reply) {
                    if (reply.ok())
                        inventory.applyInstances(reply.value());
                    clientMs.append(static_cast<double>(timer->nsecsElapsed()) / 1e6);
                    if (!reply.ok() || reply.value().size() != total) {
                        std::fprintf(stderr, "client run failed: %s\n",
                            qPrintable(reply.ok() ? u"%1 instances"_s.arg(reply.value().size())
                                                  : reply.error().userMessage()));
                        failed = true;
                    }
                    next();
                },
                Aura::Priority::User);
        });
    }
    // curl gets its own token, then fetches the same list into a file (the parser timing reads it back).
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QTemporaryFile listFile;
    listFile.open();
    auto token = std::make_shared<QString>();
    if (!curl.isEmpty()) {
        sequence.add([&, token](auto next) {
            auto *process = new QProcess(&app);
            QObject::connect(process, &QProcess::finished, &app, [process, token, next] {
                *token = QJsonDocument::fromJson(process->readAllStandardOutput())
                             .object()
                             .value("access_token"_L1)
                             .toString();
                process->deleteLater();
                next();
            });
            process->start(curl,
                {u"-s"_s, u"-u"_s,
                    QString::fromLatin1(AuraSandbox::DemoClientId) + u':'
                        + QString::fromLatin1(AuraSandbox::DemoClientSecret),
                    u"-d"_s, u"grant_type=client_credentials"_s, sandbox.tokenUrl().toString()});
        });
    }
    for (int i = 0; !curl.isEmpty() && i < runs; ++i) {
        sequence.add([&, token](auto next) {
            auto *process = new QProcess(&app);
            QObject::connect(process, &QProcess::finished, &app, [&, process, next] {
                bool ok = false;
                const double seconds = process->readAllStandardOutput().trimmed().toDouble(&ok);
                if (ok)
                    curlMs.append(seconds * 1000.0);
                process->deleteLater();
                next();
            });
            process->start(curl,
                {u"-s"_s, u"-o"_s, listFile.fileName(), u"-w"_s, u"%{time_total}"_s, u"-H"_s,
                    u"Authorization: Bearer "_s + *token, url});
        });
    }
    sequence.run([&] {
        listFile.seek(0);
        body = listFile.readAll();
        QList<double> parseOnly;
        for (int i = 0; !body.isEmpty() && i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto parsed = Aura::Parse::instanceList(body);
            parseOnly.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!std::holds_alternative<QList<Aura::Instance>>(parsed))
                failed = true;
        }
        std::printf("list of %d instances from the sandbox (%.1f MB of JSON): %s\n", total,
            static_cast<double>(body.size()) / 1e6, qPrintable(url));
        report("console: fetch + parse + diff (whole path)", clientMs);
        if (curl.isEmpty()) {
            std::printf("curl not found: no comparison\n");
        } else {
            report("  of it, parsing alone (same body, one thread)", parseOnly);
            report("curl: fetch only", curlMs);
            std::printf("ratio console / curl (medians, same run): %.2f\n",
                median(curlMs) > 0 ? median(clientMs) / median(curlMs) : 0.0);
        }
        std::fflush(stdout);
        app.exit(failed ? 1 : 0);
    });
    return app.exec();
}
