#pragma once

#include "api/auraservice.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace Aura {

class Clock;

// Finds out what became of a create whose answer was lost (ApiError::Kind::OutcomeUnknown): it lists the
// project's instances at once and then every few seconds, for a minute, looking for an instance with the requested
// name that was not there before the request (or with the id the lost answer still named). Ends exactly once:
// found() or notFound(). Runs on the clock of the service's budget, and its lists go first in that budget.
class CreateReconciler final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        qint64 intervalMs = 5'000;
        qint64 giveUpAfterMs = 60'000;
    };

    // `before`: the ids of the account's instances when the create was sent.
    CreateReconciler(AuraService &service, const QString &tenantId, const QString &name, QSet<QString> before,
        const QString &answeredId, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    void start();

Q_SIGNALS:
    void found(const Aura::Instance &instance);
    void notFound();

private:
    void look();
    void onListed(const Reply<QList<Instance>> &reply);

    AuraService &m_service;
    Clock &m_clock;
    QString m_tenantId;
    QString m_name;
    QSet<QString> m_before;
    QString m_answeredId;
    Settings m_settings;
    qint64 m_deadlineMs = 0;
    bool m_done = false;
};

} // namespace Aura
