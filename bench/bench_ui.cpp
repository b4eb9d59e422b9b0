// Prints how long the console's UI thread stops answering while it loads and refreshes 10,000 instances: the real
// main window (offscreen unless QT_QPA_PLATFORM says otherwise), the real session, client, synchronizer, models,
// proxies and delegates, fed over loopback HTTP by sandboxes that run on their own threads (as the live service
// runs elsewhere). A 1 ms timer notes how late it fires; the longest and the 99th-percentile lateness during a
// phase are the longest stalls a user would feel. Phases: the first load, a refresh with 1% of the statuses
// changed, a refresh with nothing changed, and a search typed into the filter box (a key each 80 ms), then
// cleared; in one account and in four.
//
//   bench_ui [--accounts 1,4] [--tenants T] [--instances I]

#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "app/accountsession.h"
#include "app/consolesession.h"
#include "models/activitylog.h"
#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "sandboxaccount.h"
#include "sandboxthread.h"
#include "ui/consolepage.h"
#include "ui/desktopnotifier.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Notes, while it runs, how late a 1 ms timer fires: each lateness is a stretch in which the event loop did not
// come round, which a user feels as a frozen window.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateness.append(static_cast<double>(now - m_last) / 1e6 - 1.0);
            m_last = now;
        });
    }
    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const
    {
        return m_lateness.isEmpty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end());
    }
    double percentile99() const
    {
        QList<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(std::min(sorted.size() - 1, sorted.size() * 99 / 100));
    }
    double seconds() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1e9; }
    qsizetype samples() const { return m_lateness.size(); }
    // Stretches longer than a frame at 60 Hz.
    qsizetype framesLost() const
    {
        return std::count_if(m_lateness.begin(), m_lateness.end(), [](double ms) { return ms > 16.0; });
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateness;
};

// Runs the event loop (never sleeping in it, unlike QTest::qWait) until `done` holds or `timeoutMs` passes, then
// 300 ms longer so the window repaints what arrived.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    qint64 doneAt = -1;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (doneAt < 0 && done()) {
            ok = true;
            doneAt = clock.elapsed();
        }
        if ((doneAt >= 0 && clock.elapsed() - doneAt >= 300) || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start(5);
    loop.exec();
    return ok;
}

void report(const char *phase, const StallMeter &meter, bool ok)
{
    std::printf("  %-34s longest stall %7.1f ms   99th percentile %6.1f ms   stalls > 16 ms: %3lld   (%.2f s)%s\n",
        phase, meter.longest(), meter.percentile99(), static_cast<long long>(meter.framesLost()), meter.seconds(),
        ok ? "" : "   TIMED OUT");
    std::fflush(stdout);
}

bool benchAccounts(int accounts, int tenants, int perTenant)
{
    std::printf("%d account(s), %d instances in all, table sorted by status, one row selected\n", accounts,
        tenants * perTenant);
    std::vector<std::unique_ptr<AuraBench::SandboxThread>> sandboxes;
    for (int a = 0; a < accounts; ++a)
        sandboxes.push_back(std::make_unique<AuraBench::SandboxThread>(a, tenants / accounts, perTenant));

    Aura::MemorySecretStore secrets;
    Aura::Inventory inventory;
    Aura::ActivityLog activity;
    Aura::DesktopNotifier notifier;
    notifier.setEnabled(false);
    Aura::MainWindow window(inventory, activity);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    Aura::ConsoleSession session(inventory, activity, notifier, window);
    QTableView *table = window.console()->table();
    table->sortByColumn(Aura::InstanceTableModel::StatusColumn, Qt::AscendingOrder);

    StallMeter meter;
    const int total = accounts * (tenants / accounts) * perTenant;
    const auto allShown = [&] { return table->model()->rowCount() == total; };
    QSignalSpy settled(&session, &Aura::ConsoleSession::firstRefreshSettled);
    meter.start();
    for (int a = 0; a < accounts; ++a) {
        const QString key = u"account-%1"_s.arg(a);
        const Aura::ClientSettings settings = AuraBench::sandboxAccount(
            secrets, key, sandboxes[a]->baseUrl(), sandboxes[a]->tokenUrl(), Aura::ApiDialect::Seed);
        session.addAccount(key, u"Account %1"_s.arg(a + 1), settings, secrets);
    }
    bool ok = runUntil(allShown, 60000);
    meter.stop();
    report("first load", meter, ok);
    table->selectRow(0);

    const auto refresh = [&](const char *phase, double share, quint32 seed) {
        for (auto &sandbox : sandboxes)
            sandbox->changeStatuses(share, seed);
        int answered = 0;
        std::vector<QMetaObject::Connection> connections;
        for (int a = 0; a < accounts; ++a) {
            Aura::Synchronizer &sync = session.account(u"account-%1"_s.arg(a))->synchronizer();
            connections.push_back(QObject::connect(&sync, &Aura::Synchronizer::refreshed, [&answered] { ++answered; }));
        }
        meter.start();
        for (int a = 0; a < accounts; ++a)
            session.account(u"account-%1"_s.arg(a))->synchronizer().refreshNow();
        const bool done = runUntil([&] { return answered >= accounts; }, 60000);
        meter.stop();
        for (const auto &c : connections)
            QObject::disconnect(c);
        report(phase, meter, done);
        return done;
    };
    ok = refresh("refresh, 1% of statuses changed", 0.01, 7) && ok;
    ok = refresh("refresh, nothing changed", 0.0, 0) && ok;

    QLineEdit *search = window.console()->filterBar()->searchBox();
    search->setFocus();
    meter.start();
    // Typed as a quick typist types, about twelve keys a second: the window filters after each key.
    for (const char key : {'d', 'b', '-', '7', '-'}) {
        QTest::keyClick(search, key);
        runUntil([] { return false; }, 80);
    }
    ok = runUntil([&] { return table->model()->rowCount() < total; }, 10000) && ok;
    meter.stop();
    report("search typed (\"db-7-\")", meter, ok);
    meter.start();
    search->clear();
    ok = runUntil(allShown, 10000) && ok;
    meter.stop();
    report("search cleared", meter, ok);
    std::printf("\n");
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the console's event-loop stalls at 10,000 instances."_s);
    parser.addHelpOption();
    parser.addOption({u"accounts"_s, u"Account counts to run, comma-separated (default 1,4)."_s, u"LIST"_s, u"1,4"_s});
    parser.addOption({u"tenants"_s, u"Projects in all (default 100)."_s, u"T"_s, u"100"_s});
    parser.addOption({u"instances"_s, u"Instances per project (default 100)."_s, u"I"_s, u"100"_s});
    parser.process(app);
    const int tenants = std::max(1, parser.value(u"tenants"_s).toInt());
    const int perTenant = std::max(1, parser.value(u"instances"_s).toInt());
    bool ok = true;
    for (const QString &count : parser.value(u"accounts"_s).split(u',', Qt::SkipEmptyParts))
        ok = benchAccounts(std::clamp(count.toInt(), 1, 16), tenants, perTenant) && ok;
    return ok ? 0 : 1;
}
