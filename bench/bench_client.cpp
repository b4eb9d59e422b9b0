// Prints how long AuraClient takes to fetch and parse a list of 10,000 instances over loopback HTTP, beside the
// time curl needs for the same request on the same machine.
//
//   bench_client [--count N] [--runs R]

#include "auraclient.h"
#include "responseparser.h"
#include "sandboxserver.h"
#include "secrets/secretstore.h"
#include "staticserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray instanceList(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        items.append(QJsonObject {{"id"_L1, u"%1"_s.arg(i, 8, 16, QLatin1Char('0'))},
            {"name"_L1, u"instance-%1"_s.arg(i)}, {"status"_L1, i % 7 ? u"running"_s : u"paused"_s},
            {"tenant_id"_L1, u"tenant-%1"_s.arg(i % 5)}, {"cloud_provider"_L1, u"gcp"_s},
            {"region"_L1, u"europe-west1"_s}, {"type"_L1, u"enterprise-db"_s}, {"memory"_L1, u"8GB"_s},
            {"storage"_L1, u"16GB"_s}, {"connection_url"_L1, u"neo4j+s://%1.databases.neo4j.io"_s.arg(i)},
            {"neo4j_version"_L1, u"5"_s}, {"created_at"_L1, u"2026-11-01T10:00:00Z"_s}});
    }
    return QJsonDocument(QJsonObject {{"data"_L1, items}}).toJson(QJsonDocument::Compact);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void report(const char *what, const QList<double> &ms)
{
    std::printf("%-44s median %8.1f ms   min %8.1f ms   (%lld runs)\n", what, median(ms),
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

    const QByteArray body = instanceList(count);
    // The sandbox cannot hold thousands of instances yet: a static loopback server serves the generated list,
    // the sandbox issues the token, so the client goes through its whole path (token, budget, HTTP, parsing).
    StaticServer listServer(body);
    AuraSandbox::SandboxServer sandbox;
    if (!listServer.listen() || sandbox.listenOnLoopback() == 0) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    Aura::MemorySecretStore secrets;
    secrets.write(u"bench"_s, QString::fromLatin1(AuraSandbox::DemoClientSecret), &secrets, [](const auto &) {});
    Aura::ClientSettings settings;
    settings.apiBaseUrl = listServer.baseUrl();
    settings.tokenUrl = sandbox.tokenUrl();
    settings.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
    settings.secretKey = u"bench"_s;
    Aura::AuraClient client(settings, &secrets);
    const QString url = listServer.baseUrl().toString() + u"/instances"_s;

    std::printf(
        "list of %d instances, %.1f MB of JSON, %s\n", count, static_cast<double>(body.size()) / 1e6, qPrintable(url));

    QList<double> parseOnly;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto parsed = Aura::Parse::instanceList(body);
        parseOnly.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!std::holds_alternative<QList<Aura::Instance>>(parsed)) {
            std::fprintf(stderr, "the generated list does not parse\n");
            return 1;
        }
    }

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
                    clientMs.append(static_cast<double>(timer->nsecsElapsed()) / 1e6);
                    if (!reply.ok() || reply.value().size() != count) {
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
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    for (int i = 0; curl.size() && i < runs; ++i) {
        sequence.add([&](auto next) {
            auto *process = new QProcess(&app);
            QObject::connect(process, &QProcess::finished, &app, [&, process, next] {
                bool ok = false;
                const double seconds = process->readAllStandardOutput().trimmed().toDouble(&ok);
                if (ok)
                    curlMs.append(seconds * 1000.0);
                process->deleteLater();
                next();
            });
            process->start(curl, {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{time_total}"_s, url});
        });
    }
    sequence.run([&] {
        std::fflush(stdout);
        report("AuraClient: fetch + parse (whole path)", clientMs);
        report("parse only (Parse::instanceList)", parseOnly);
        if (curl.isEmpty())
            std::printf("curl not found: no comparison\n");
        else
            report("curl: fetch only", curlMs);
        std::fflush(stdout);
        app.exit(failed ? 1 : 0);
    });
    return app.exec();
}
