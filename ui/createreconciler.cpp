#include "ui/createreconciler.h"

#include "api/clock.h"
#include "api/ratebudget.h"

namespace Aura {

CreateReconciler::CreateReconciler(AuraService &service, const QString &tenantId, const QString &name,
    QSet<QString> before, const QString &answeredId, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(*service.rateBudget()->clock())
    , m_tenantId(tenantId)
    , m_name(name)
    , m_before(std::move(before))
    , m_answeredId(answeredId)
{ }

void CreateReconciler::start()
{
    m_deadlineMs = m_clock.nowMs() + m_settings.giveUpAfterMs;
    look();
}

void CreateReconciler::look()
{
    m_service.listInstances(
        m_tenantId, this, [this](const Reply<QList<Instance>> &reply) { onListed(reply); }, Priority::User);
}

void CreateReconciler::onListed(const Reply<QList<Instance>> &reply)
{
    if (m_done)
        return;
    if (reply.ok()) {
        for (const Instance &instance : reply.value()) {
            const bool named = !m_answeredId.isEmpty() && instance.id == m_answeredId;
            const bool isNew = instance.name == m_name && !m_before.contains(instance.id);
            if (named || isNew) {
                m_done = true;
                Q_EMIT found(instance);
                return;
            }
        }
    }
    // A list that failed counts as "not seen yet": the next one may get through.
    if (m_clock.nowMs() + m_settings.intervalMs > m_deadlineMs) {
        m_done = true;
        Q_EMIT notFound();
        return;
    }
    m_clock.callAfter(m_settings.intervalMs, this, [this] { look(); });
}

} // namespace Aura
