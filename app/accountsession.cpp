#include "app/accountsession.h"

#include "api/auraclient.h"
#include "models/inventory.h"
#include "models/metricsscraper.h"
#include "models/synchronizer.h"

namespace Aura {

namespace {
// What a failed refresh says about the connection. A server error or an unreadable answer leaves an account that
// was answering online (the banner tells of the one request); one that never answered has failed to connect.
AccountState stateAfter(const ApiError &error, AccountState before)
{
    if (error.kind == ApiError::Kind::RateLimited)
        return AccountState::RateLimited;
    if (error.isTransient() && error.httpStatus == 0)
        return AccountState::Offline; // no answer at all: the service is out of reach
    switch (error.kind) {
    case ApiError::Kind::Http:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
        return before == AccountState::Connecting ? AccountState::Failed : before;
    default:
        return AccountState::Failed;
    }
}
} // namespace

AccountSession::AccountSession(const QString &accountKey, const QString &label, const ClientSettings &settings,
    SecretStore &secrets, Inventory &inventory, FleetMetrics &fleet, QObject *parent)
    : QObject(parent)
    , m_key(accountKey)
    , m_label(label)
    , m_inventory(inventory)
{
    m_client = new AuraClient(settings, &secrets, this);
    m_synchronizer = new Synchronizer(*m_client, inventory, accountKey, this);
    m_scraper = new MetricsScraper(*m_client, inventory, fleet, accountKey, this);

    connect(m_synchronizer, &Synchronizer::refreshed, this, [this](const QDateTime &at) {
        const AccountInfo *info = m_inventory.account(m_key);
        const bool wasDown = info && (info->state == AccountState::Offline || info->state == AccountState::RateLimited);
        m_inventory.setAccountRefreshed(m_key, at);
        m_inventory.setAccountState(m_key, AccountState::Online);
        if (wasDown)
            Q_EMIT recovered();
        settle();
    });
    connect(m_synchronizer, &Synchronizer::refreshFailed, this, [this](const ApiError &error) {
        const AccountInfo *info = m_inventory.account(m_key);
        const AccountState next = stateAfter(error, info ? info->state : AccountState::Connecting);
        m_inventory.setAccountState(m_key, next,
            next == AccountState::Online ? QString() : error.userMessage({MessageContext::Situation::Refresh, {}}));
        Q_EMIT problem(error);
        settle();
    });
    connect(m_client, &AuraService::rateLimited, this, [this](const QDateTime &until) {
        m_inventory.setAccountState(m_key, AccountState::RateLimited,
            tr("Requests are held back until %1.").arg(until.toLocalTime().toString(u"HH:mm:ss")));
    });
}

AccountSession::~AccountSession()
{
    // Answers still on their way are dropped with their context.
    m_synchronizer->stop();
    m_scraper->stop();
}

void AccountSession::start(bool windowVisible)
{
    m_inventory.removeAccount(m_key);
    m_inventory.addAccount(m_key, m_label);
    m_inventory.setAccountCapabilities(m_key, m_client->capabilities());
    m_synchronizer->setWindowVisible(windowVisible);
    m_synchronizer->start();
    m_scraper->stop();
    m_scraper->start(); // only where the service has metrics
}

void AccountSession::setLabel(const QString &label)
{
    m_label = label;
    m_inventory.addAccount(m_key, label); // a known account: only its label changes
}

void AccountSession::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    Q_EMIT settled();
}

} // namespace Aura
