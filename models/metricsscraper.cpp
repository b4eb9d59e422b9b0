#include "models/metricsscraper.h"

#include "api/clock.h"
#include "api/ratebudget.h"
#include "models/fleetmetrics.h"
#include "models/inventory.h"
#include "models/logging.h"

#include <limits>

namespace Aura {

namespace {
constexpr qint64 ChangeDelayMs = 1'000;
} // namespace

MetricsScraper::MetricsScraper(
    AuraService &service, Inventory &inventory, FleetMetrics &fleet, const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_inventory(inventory)
    , m_fleet(fleet)
    , m_accountKey(accountKey)
    , m_budget(*service.rateBudget())
    , m_clock(*m_budget.clock())
{
    // A project may have become worth reading (listed, an instance started): looked at within a second, at most
    // once a second however many changes arrive.
    const auto soon = [this] { wakeAt(now() + ChangeDelayMs); };
    connect(&m_inventory, &Inventory::tenantsAdded, this, soon);
    connect(&m_inventory, &Inventory::instancesAdded, this, soon);
    connect(&m_inventory, &Inventory::instanceChanged, this, [soon](const QString &, InstanceFields fields) {
        if (fields.testFlag(InstanceField::Status))
            soon();
    });
}

qint64 MetricsScraper::now() const
{
    return m_clock.nowMs();
}

void MetricsScraper::start()
{
    if (m_running || !m_service.capabilities().metrics)
        return;
    m_running = true;
    wakeAt(now());
}

void MetricsScraper::stop()
{
    m_running = false;
    delete m_wakeUp;
    m_wakeUp = nullptr;
    m_wakeUpAtMs = -1;
}

void MetricsScraper::wakeAt(qint64 atMs)
{
    if (!m_running || (m_wakeUp && m_wakeUpAtMs <= atMs))
        return;
    delete m_wakeUp;
    m_wakeUp = new QObject(this);
    m_wakeUpAtMs = atMs;
    m_clock.callAfter(std::max<qint64>(0, atMs - now()), m_wakeUp, [this] {
        m_wakeUp->deleteLater();
        m_wakeUp = nullptr;
        m_wakeUpAtMs = -1;
        onTimer();
    });
}

QSet<QString> MetricsScraper::projectsWithRunningInstances() const
{
    QSet<QString> running;
    for (const QString &id : m_inventory.instanceIds(m_accountKey)) {
        const Instance *i = m_inventory.instance(id);
        if (i && i->status == QLatin1StringView("running"))
            running.insert(i->tenantId);
    }
    return running;
}

void MetricsScraper::onTimer()
{
    if (!m_running)
        return;
    const qint64 t = now();
    qint64 next = std::numeric_limits<qint64>::max();
    const QStringList tenants = m_inventory.tenantIds(m_accountKey);
    const QSet<QString> running = projectsWithRunningInstances();
    // Projects that went away are forgotten with their endpoints.
    m_projects.removeIf([&](const auto &entry) { return !entry.value().inFlight && !tenants.contains(entry.key()); });
    for (const QString &tenantId : tenants) {
        Project &p = m_projects[tenantId];
        if (p.inFlight)
            continue;
        if (p.dueMs > t) {
            next = std::min(next, p.dueMs);
            continue;
        }
        if (!running.contains(tenantId))
            continue; // nothing to read now; due as soon as an instance runs (or at the next round)
        if (!m_budget.hasRoomUnder(m_settings.requestsPerWindow)) {
            next = std::min(next, m_budget.nextRoomUnderAt(m_settings.requestsPerWindow));
            break;
        }
        p.inFlight = true;
        if (p.endpoint.isEmpty())
            askEndpoint(tenantId);
        else
            scrape(tenantId);
    }
    wakeAt(next == std::numeric_limits<qint64>::max() ? t + m_settings.interval.count() : std::max(next, t + 1));
}

void MetricsScraper::askEndpoint(const QString &tenantId)
{
    m_service.getMetricsEndpoint(
        tenantId, this,
        [this, tenantId](const Reply<QUrl> &reply) {
            Project &p = m_projects[tenantId];
            if (!reply.ok()) {
                const ApiError &e = reply.error();
                // 400 tenant-incapable-of-action: no instance of the project can export metrics (free ones).
                p.incapable = e.kind == ApiError::Kind::Http && e.httpStatus == 400;
                if (p.incapable)
                    qCInfo(lcModels).noquote() << "project" << tenantId << "has no metrics to read";
                fail(tenantId, e);
                return;
            }
            p.incapable = false;
            p.endpoint = reply.value();
            if (m_running)
                scrape(tenantId);
            else
                p.inFlight = false;
        },
        Priority::Bulk);
}

void MetricsScraper::scrape(const QString &tenantId)
{
    const qint64 startedMs = now();
    m_service.scrapeMetrics(
        m_projects[tenantId].endpoint, this,
        [this, tenantId, startedMs](const Reply<MetricsScrape> &reply) {
            Project &p = m_projects[tenantId];
            if (!reply.ok()) {
                // Refused or gone, the endpoint may have moved: it is asked again before the next try. A network
                // error or a 5xx says nothing about the endpoint, so it is kept (one request a try, not two).
                if (!reply.error().isTransient())
                    p.endpoint.clear();
                fail(tenantId, reply.error());
                return;
            }
            p.inFlight = false;
            p.dueMs = startedMs + m_settings.interval.count();
            const MetricsScrape &scrape = reply.value();
            if (scrape.skippedLines > 0 || scrape.rejectedValues > 0) {
                qCWarning(lcModels).noquote()
                    << "metrics of project" << tenantId << ":" << scrape.skippedLines << "lines skipped,"
                    << scrape.rejectedValues << "values out of range" << scrape.firstProblem;
            }
            QStringList covered;
            for (const QString &id : m_inventory.instanceIds(m_accountKey)) {
                const Instance *i = m_inventory.instance(id);
                if (i && i->tenantId == tenantId)
                    covered.append(id);
            }
            m_fleet.apply(covered, scrape.instances, m_clock.utcNow().toMSecsSinceEpoch());
            Q_EMIT scraped(tenantId, scrape.instances.size());
            wakeAt(p.dueMs);
        },
        Priority::Bulk);
}

void MetricsScraper::fail(const QString &tenantId, const ApiError &error)
{
    Project &p = m_projects[tenantId];
    p.inFlight = false;
    p.dueMs = now() + (error.isTransient() ? m_settings.interval : m_settings.endpointRetry).count();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (!p.incapable)
        Q_EMIT scrapeFailed(tenantId, error);
    wakeAt(p.dueMs);
}

} // namespace Aura
