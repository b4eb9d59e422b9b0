// Prints how soon every instance has a status on the live service's dialect, where the instance list carries
// none and each status costs one GET /instances/{id} within the live budget of 125 requests a minute: the real
// AuraClient, Synchronizer and Inventory against the sandbox in aura-v1 over loopback HTTP, the sandbox enforcing
// the budget (429 beyond it). The rows a table would show first (the first 25 by name) are marked visible.
//
//   bench_statuses [--counts 100,1000] [--speed-up F]
//
// Minutes of requests run in less time with --speed-up F (default: 1 for up to 100 instances, 10 above): every
// interval of the synchronizer is divided by F and both budgets multiplied by F, and the times printed are scaled
// back by F to live seconds (loopback latency, a few ms, is scaled too and makes them slightly pessimistic).

#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "sandbox/demodata.h"
#include "sandbox/sandboxserver.h"
#include "sandboxaccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int g_requests = 0;
int g_throttled = 0;
QtMessageHandler g_previous = nullptr;

// The sandbox logs one aura.sandbox line per answer: "METHOD PATH STATUS n ms id".
void countAnswers(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "aura.sandbox") {
        const QStringList words = message.split(u' ');
        if (words.size() >= 3 && words[1].startsWith(u"/v1/"_s)) {
            ++g_requests;
            if (words[2] == u"429")
                ++g_throttled;
        }
        return;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
}

struct Figures
{
    double visibleSeconds = -1;
    double allSeconds = -1;
    int requests = 0;
    int throttled = 0;
};

Figures measure(int count, int speedUp)
{
    AuraSandbox::SandboxServer sandbox(nullptr, AuraSandbox::Dialect::create(u"aura-v1"_s));
    sandbox.state().reset(AuraSandbox::generatedData(1, count, sandbox.state().now()));
    AuraSandbox::FaultSettings faults;
    faults.requestBudgetPerMinute = 125 * speedUp;
    sandbox.faults().setSettings(faults);
    sandbox.listenOnLoopback();

    Aura::MemorySecretStore secrets;
    Aura::ClientSettings settings = AuraBench::sandboxAccount(
        secrets, u"sandbox"_s, sandbox.baseUrl(), sandbox.tokenUrl(), Aura::ApiDialect::AuraV1);
    settings.requestsPerMinute = 125 * speedUp;
    Aura::AuraClient client(settings, &secrets);
    Aura::Inventory inventory;
    Aura::Synchronizer synchronizer(client, inventory);
    Aura::SyncSettings sync = Aura::SyncSettings().scaledDown(speedUp);
    synchronizer.setSettings(sync);

    QList<AuraSandbox::InstanceRecord> records = sandbox.state().instances();
    std::sort(records.begin(), records.end(),
        [](const AuraSandbox::InstanceRecord &a, const AuraSandbox::InstanceRecord &b) { return a.name < b.name; });
    QStringList visible;
    for (qsizetype k = 0; k < std::min<qsizetype>(25, records.size()); ++k)
        visible << records[k].id;
    synchronizer.setVisibleInstances(visible);

    g_requests = 0;
    g_throttled = 0;
    Figures f;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        const auto known = [&](const QString &id) {
            const Aura::Instance *i = inventory.instance(id);
            return i && !i->status.isEmpty();
        };
        const double seconds = static_cast<double>(clock.elapsed()) / 1000.0 * speedUp;
        if (f.visibleSeconds < 0 && !inventory.instanceIds().isEmpty()
            && std::all_of(visible.cbegin(), visible.cend(), known))
            f.visibleSeconds = seconds;
        const QStringList ids = inventory.instanceIds();
        if (ids.size() == count && std::all_of(ids.cbegin(), ids.cend(), known)) {
            f.allSeconds = seconds;
            loop.quit();
        }
        if (seconds > 30 * 60) // a live half hour: something is wrong
            loop.quit();
    });
    check.start(20);
    synchronizer.start();
    loop.exec();
    synchronizer.stop();
    f.requests = g_requests;
    f.throttled = g_throttled;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times how soon every instance has a status on the aura-v1 dialect."_s);
    parser.addHelpOption();
    parser.addOption({u"counts"_s, u"Instance counts to measure (default 100,1000)."_s, u"N,N"_s, u"100,1000"_s});
    parser.addOption(
        {u"speed-up"_s, u"Run F times faster than the live service (default 1 up to 100, else 10)."_s, u"F"_s});
    parser.process(app);
    g_previous = qInstallMessageHandler(countAnswers);

    std::printf("Statuses on the aura-v1 dialect within the live budget (125 requests a minute), in live seconds\n");
    std::printf(
        "%10s %10s %18s %14s %10s %8s\n", "instances", "speed-up", "visible (25) s", "all s", "requests", "429s");
    for (const QString &text : parser.value(u"counts"_s).split(u',')) {
        const int count = std::max(1, text.toInt());
        const int speedUp
            = parser.isSet(u"speed-up"_s) ? std::max(1, parser.value(u"speed-up"_s).toInt()) : (count <= 100 ? 1 : 10);
        const Figures f = measure(count, speedUp);
        std::printf("%10d %10d %18.1f %14.1f %10d %8d\n", count, speedUp, f.visibleSeconds, f.allSeconds, f.requests,
            f.throttled);
        std::fflush(stdout);
    }
    return 0;
}
