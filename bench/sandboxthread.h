#pragma once

// For the benchmarks: a sandbox that builds, listens and answers on a thread of its own, as the live service runs
// elsewhere, so that what a benchmark times on its own thread is the console's work alone.

#include "sandbox/demodata.h"
#include "sandbox/sandboxserver.h"

#include <QRandomGenerator>
#include <QThread>

#include <memory>

namespace AuraBench {

// A sandbox on its own thread: built, listening and answering there.
class SandboxThread
{
public:
    // `account` gives the data ids and names of its own ("a1-db-3-7"), as two real accounts have.
    SandboxThread(int account, int tenants, int perTenant)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, account, tenants, perTenant] {
                m_server = std::make_unique<AuraSandbox::SandboxServer>(
                    nullptr, AuraSandbox::Dialect::create(QStringLiteral("seed")));
                AuraSandbox::SandboxData data
                    = AuraSandbox::generatedData(tenants, perTenant, m_server->state().now(), account + 1);
                // Each account's projects and instances have their own ids, as two real accounts' do.
                const QString mark = QString::number(account, 16);
                for (AuraSandbox::TenantRecord &t : data.tenants)
                    t.id.replace(0, 1, mark);
                for (AuraSandbox::InstanceRecord &i : data.instances) {
                    i.tenantId.replace(0, 1, mark);
                    i.id = mark + i.id.mid(1);
                    i.name = QStringLiteral("a%1-").arg(account) + i.name;
                }
                m_server->state().reset(data);
                m_server->listenOnLoopback();
                m_ids.clear();
                for (const AuraSandbox::InstanceRecord &i : std::as_const(data.instances))
                    m_ids.append(i.id);
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl baseUrl() const { return m_server->baseUrl(); }
    QUrl tokenUrl() const { return m_server->tokenUrl(); }

    // Flips the status (running ↔ paused) of `share` of the instances, in the sandbox's own thread.
    void changeStatuses(double share, quint32 seed)
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this, share, seed] {
                QRandomGenerator random(seed);
                const auto count = static_cast<qsizetype>(static_cast<double>(m_ids.size()) * share);
                for (qsizetype n = 0; n < count; ++n) {
                    const QString &id = m_ids.at(random.bounded(static_cast<int>(m_ids.size())));
                    const auto found = m_server->state().instance(id);
                    const auto *record = std::get_if<AuraSandbox::InstanceRecord>(&found);
                    if (!record)
                        continue;
                    const bool paused = record->status == AuraSandbox::InstanceStatus::Paused;
                    m_server->state().forceStatus(
                        id, paused ? AuraSandbox::InstanceStatus::Running : AuraSandbox::InstanceStatus::Paused);
                }
            },
            Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<AuraSandbox::SandboxServer> m_server;
    QStringList m_ids;
};

} // namespace AuraBench
