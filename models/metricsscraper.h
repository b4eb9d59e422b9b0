#pragma once

#include "api/apierror.h"
#include "api/auraservice.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>

namespace Aura {

class Clock;
class FleetMetrics;
class Inventory;
class RateBudget;

// Decides which projects' metrics to read and when, and feeds them to FleetMetrics: one scrape per project
// endpoint per interval (it covers all the project's instances), only for projects with a running instance and
// only where the service has metrics (Capabilities::metrics). Its requests are bulk work within a share of the
// account's one budget, on that budget's clock, so the user's actions and the status polls go first. The endpoint
// of each project is asked once and kept; a project that cannot export metrics (free tiers) is asked again
// rarely; an endpoint the client refuses (not an Aura host) is reported and not scraped.
class MetricsScraper final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        std::chrono::milliseconds interval {std::chrono::minutes(1)};
        // After an answer that the project has no metrics, or a failed scrape, its endpoint is asked again after this.
        std::chrono::milliseconds endpointRetry {std::chrono::minutes(10)};
        // Scrapes start only while fewer requests than this went out in the budget's window.
        int requestsPerWindow = 40;
    };

    MetricsScraper(AuraService &service, Inventory &inventory, FleetMetrics &fleet, const QString &accountKey,
        QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void scraped(const QString &tenantId, qsizetype instances);
    void scrapeFailed(const QString &tenantId, const Aura::ApiError &error);

private:
    struct Project
    {
        QUrl endpoint; // empty until asked
        qint64 dueMs = 0;
        bool inFlight = false;
        bool incapable = false; // the service said it has no metrics (until endpointRetry)
    };

    qint64 now() const;
    void onTimer();
    void wakeAt(qint64 atMs);
    QSet<QString> projectsWithRunningInstances() const;
    void askEndpoint(const QString &tenantId);
    void scrape(const QString &tenantId);
    void fail(const QString &tenantId, const ApiError &error);

    AuraService &m_service;
    Inventory &m_inventory;
    FleetMetrics &m_fleet;
    QString m_accountKey;
    RateBudget &m_budget;
    Clock &m_clock;
    Settings m_settings;
    bool m_running = false;
    QObject *m_wakeUp = nullptr;
    qint64 m_wakeUpAtMs = -1;
    QHash<QString, Project> m_projects;
};

} // namespace Aura
