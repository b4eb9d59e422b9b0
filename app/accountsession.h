#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>

namespace Aura {

class AuraClient;
class FleetMetrics;
class Inventory;
class MetricsScraper;
class SecretStore;
class Synchronizer;
struct ClientSettings;

// One account the console is connected to: its client, the synchronizer that keeps the account's part of the
// Inventory current, and the account's state there (connecting, online, offline, rate limited, failed), which the
// tree and the status bar show. Problems are announced, not shown: the console session decides where they go.
class AccountSession final : public QObject
{
    Q_OBJECT
public:
    AccountSession(const QString &accountKey, const QString &label, const ClientSettings &settings,
        SecretStore &secrets, Inventory &inventory, FleetMetrics &fleet, QObject *parent = nullptr);
    ~AccountSession() override;

    // Starts from nothing: what the Inventory held for this account is forgotten, then the first refresh goes out.
    void start(bool windowVisible);

    QString key() const { return m_key; }
    QString label() const { return m_label; }
    void setLabel(const QString &label);
    AuraClient &client() const { return *m_client; }
    Synchronizer &synchronizer() const { return *m_synchronizer; }
    // The first refresh has answered, with data or an error.
    bool hasSettled() const { return m_settled; }

Q_SIGNALS:
    void settled();
    // A refresh failed (the account's state in the Inventory says how).
    void problem(const Aura::ApiError &error);
    // The account answers again after being offline or rate limited.
    void recovered();

private:
    void settle();

    QString m_key;
    QString m_label;
    Inventory &m_inventory;
    AuraClient *m_client = nullptr;
    Synchronizer *m_synchronizer = nullptr;
    MetricsScraper *m_scraper = nullptr;
    bool m_settled = false;
};

} // namespace Aura
