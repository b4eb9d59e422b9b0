// Prints what the models layer costs at the scale of a large account (100 tenants × 100 instances):
//  - the time to load 10,000 instances into empty models (table, tree, and both behind sorting filter proxies),
//    in one account and spread over four shown side by side;
//  - the time to apply a refresh of 10,000 instances in which 1% changed, and one in which nothing changed;
//  - the requests per minute the Synchronizer makes with 100 idle instances and with 3 transitional ones.
// The request rates come from a short real run against the in-memory fake service with every interval (and the
// budget window) divided by 100, so one simulated minute lasts 600 ms.

#include "fakeauraservice.h"
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"
#include "models/inventory.h"
#include "models/synchronizer.h"
#include "models/tenanttreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cstdio>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Tenants = 100;
constexpr int PerTenant = 100;

QList<Tenant> tenants()
{
    QList<Tenant> list;
    for (int t = 0; t < Tenants; ++t)
        list.append({QStringLiteral("tenant-%1").arg(t), QStringLiteral("Project %1").arg(t), {}});
    return list;
}

Instance instance(int t, int k, const QString &status)
{
    Instance i;
    i.id = QStringLiteral("%1-%2").arg(t, 3, 10, QLatin1Char('0')).arg(k, 3, 10, QLatin1Char('0'));
    i.name = QStringLiteral("db-%1-%2").arg(t).arg(k);
    i.status = status;
    i.tenantId = QStringLiteral("tenant-%1").arg(t);
    i.type = u"enterprise-db"_s;
    i.cloudProvider = u"gcp"_s;
    i.region = u"europe-west1"_s;
    i.memory = QStringLiteral("%1GB").arg(1 << (k % 6));
    i.storage = QStringLiteral("%1GB").arg(2 << (k % 6));
    i.version = u"5"_s;
    i.connectionUrl = u"neo4j+s://"_s + i.id + u".databases.neo4j.io"_s;
    return i;
}

QList<Instance> instances()
{
    QList<Instance> list;
    list.reserve(qsizetype {Tenants} * PerTenant);
    for (int t = 0; t < Tenants; ++t) {
        for (int k = 0; k < PerTenant; ++k)
            list.append(instance(t, k, u"running"_s));
    }
    return list;
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// With several accounts, tenant t (and its instances) belongs to account t % accounts; each account's lists are
// applied on their own, as its Synchronizer would.
void benchModels(bool withProxies, int accounts = 1)
{
    Inventory inventory;
    InstanceTableModel table(inventory);
    TenantTreeModel tree(inventory);
    InstanceFilterProxy tableProxy(inventory);
    InstanceFilterProxy treeProxy(inventory);
    if (withProxies) {
        tableProxy.setSourceModel(&table);
        tableProxy.sort(InstanceTableModel::StatusColumn);
        treeProxy.setSourceModel(&tree);
        treeProxy.sort(TenantTreeModel::NameColumn);
    }
    const QList<Tenant> allTenants = tenants();
    QList<Instance> all = instances();

    const auto accountOf = [accounts](int tenant) { return QStringLiteral("account-%1").arg(tenant % accounts); };
    // Each account's lists, as its Synchronizer would receive them (split before the clock runs).
    using Lists = QList<std::pair<QList<Tenant>, QList<Instance>>>;
    // The parser hashes each entry on its worker thread; so does this, before the clock runs.
    const auto split = [&](QList<Instance> from) {
        for (Instance &i : from)
            i.parsedFingerprint = i.fingerprint();
        Lists lists(accounts);
        for (int t = 0; t < Tenants; ++t) {
            lists[t % accounts].first.append(allTenants.at(t));
            lists[t % accounts].second.append(from.mid(qsizetype {t} * PerTenant, PerTenant));
        }
        return lists;
    };
    Lists lists = split(all);
    const auto applyAll = [&] {
        for (int a = 0; a < accounts; ++a) {
            inventory.applyTenants(accountOf(a), lists.at(a).first);
            inventory.applyInstances(accountOf(a), lists.at(a).second);
        }
    };

    QElapsedTimer timer;
    timer.start();
    applyAll();
    const double load = ms(timer);

    int changedRows = 0;
    QObject::connect(&table, &QAbstractItemModel::dataChanged, &table,
        [&](const QModelIndex &tl, const QModelIndex &br) { changedRows += br.row() - tl.row() + 1; });
    QRandomGenerator rng(42);
    QList<double> refreshes;
    QList<double> unchanged;
    for (int run = 0; run < 5; ++run) {
        QSet<qsizetype> picked;
        while (picked.size() < all.size() / 100)
            picked.insert(rng.bounded(static_cast<int>(all.size())));
        for (const qsizetype n : std::as_const(picked))
            all[n].status = all[n].status == u"paused"_s ? u"running"_s : u"paused"_s;
        // A fresh copy, as a new answer from the server would be: no string shared with what is held.
        QList<Instance> fresh = instances();
        for (qsizetype n = 0; n < all.size(); ++n)
            fresh[n].status = QString(all[n].status.data(), all[n].status.size());
        all = fresh;
        lists = split(all);
        timer.restart();
        applyAll();
        refreshes.append(ms(timer));
        all = instances();
        for (qsizetype n = 0; n < all.size(); ++n)
            all[n].status = QString(fresh[n].status.data(), fresh[n].status.size());
        lists = split(all);
        timer.restart();
        applyAll();
        unchanged.append(ms(timer));
    }
    std::sort(refreshes.begin(), refreshes.end());
    std::sort(unchanged.begin(), unchanged.end());

    const QString what = (accounts > 1 ? QStringLiteral("%1 accounts, ").arg(accounts) : QString())
        + (withProxies ? u"table + tree + 2 proxies:"_s : u"table + tree:"_s);
    std::printf("%-40s load 10,000 instances into empty models: %8.1f ms\n", qPrintable(what), load);
    std::printf("%-40s refresh of 10,000 with 1%% changed:     %8.1f ms (median of 5; %d table rows repainted)\n", "",
        refreshes.at(2), changedRows / 5);
    std::printf("%-40s refresh of 10,000, nothing changed:     %8.1f ms (median of 5)\n", "", unchanged.at(2));
    if (withProxies) {
        // A search typed into the filter box, then cleared: both proxies filter (and the table re-sorts) at once.
        InstanceFilter filter;
        filter.setText(u"db-7-"_s);
        timer.restart();
        tableProxy.setFilter(filter);
        treeProxy.setFilter(filter);
        const double narrowed = ms(timer);
        const int shown = tableProxy.rowCount();
        timer.restart();
        tableProxy.setFilter({});
        treeProxy.setFilter({});
        const double cleared = ms(timer);
        std::printf(
            "%-40s search \"db-7-\" (%d rows left), cleared:  %8.1f ms, %.1f ms\n", "", shown, narrowed, cleared);
    }
}

// Runs a Synchronizer for `minutes` minutes on the fake service's clock (no waiting: time is moved) and returns
// the requests made in each minute.
QList<int> requestsPerMinute(int idle, int transitional, bool live, int minutes)
{
    FakeAuraService service;
    service.live = live;
    service.tenants = {{u"tenant-0"_s, u"Project 0"_s, {}}};
    for (int k = 0; k < idle; ++k) {
        const Instance i = instance(0, k, u"running"_s);
        service.instances.insert(i.id, i);
    }
    for (int k = 0; k < transitional; ++k) {
        const Instance i = instance(1, k, u"creating"_s); // never finishes in this run
        service.instances.insert(i.id, i);
    }
    Inventory inventory;
    Synchronizer sync(service, inventory);
    sync.setSettings(SyncSettings());
    const qint64 minuteMs = 60'000;
    sync.start();
    for (int m = 0; m < minutes; ++m) {
        for (int second = 0; second < 60; ++second)
            service.clock.advance(1'000);
    }

    QList<int> perMinute(minutes, 0);
    for (const FakeAuraService::Call &c : std::as_const(service.calls)) {
        const qint64 minute = c.atMs / minuteMs;
        if (minute < minutes)
            ++perMinute[minute];
    }
    return perMinute;
}

void benchSynchronizer(const char *what, int idle, int transitional, bool live)
{
    const QList<int> perMinute = requestsPerMinute(idle, transitional, live, 4);
    std::printf("%-44s requests in minutes 1-4: %3d %3d %3d %3d\n", what, perMinute[0], perMinute[1], perMinute[2],
        perMinute[3]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("models at 100 tenants x 100 instances\n");
    benchModels(false);
    benchModels(true);
    benchModels(true, 4); // the same 10,000 in four accounts shown side by side
    std::printf("\nSynchronizer, default settings (fake service and budget on a fake clock)\n");
    benchSynchronizer("100 idle instances:", 100, 0, false);
    benchSynchronizer("100 idle + 3 transitional (never settle):", 100, 3, false);
    benchSynchronizer("live dialect, 100 idle (no status in list):", 100, 0, true);
    return 0;
}
