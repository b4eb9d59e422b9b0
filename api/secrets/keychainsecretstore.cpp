#include "api/secrets/keychainsecretstore.h"

#include "api/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace Aura {

namespace {

template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

SecretStore::Result resultOf(QKeychain::Job *job, QString secret)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {SecretStore::Status::Ok, std::move(secret), {}};
    case QKeychain::EntryNotFound:
        return {SecretStore::Status::NotFound, {}, {}};
    default:
        // The key names an entry, never its value: safe to log.
        qCWarning(lcKeychain) << "keychain job failed for" << job->key() << ":" << job->errorString();
        return {SecretStore::Status::Unavailable, {}, job->errorString()};
    }
}

void finishInto(
    QKeychain::Job *job, QObject *context, SecretStore::Callback callback, std::function<QString()> secretOf = {})
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [guard, callback = std::move(callback), secretOf = std::move(secretOf)](QKeychain::Job *j) {
            if (!guard || !callback)
                return;
            callback(resultOf(j, secretOf && j->error() == QKeychain::NoError ? secretOf() : QString()));
        });
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    finishInto(job, context, std::move(callback), [job] { return job->textData(); });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    finishInto(job, context, std::move(callback));
    trackChange(job);
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    finishInto(job, context, std::move(callback));
    trackChange(job);
    job->start();
}

void KeychainSecretStore::trackChange(QKeychain::Job *job)
{
    ++m_pendingChanges;
    // Counted down once, whatever happens to the job: answered, or deleted unanswered.
    auto counted = std::make_shared<bool>(false);
    auto countDown = [this, counted] {
        if (!std::exchange(*counted, true))
            --m_pendingChanges;
    };
    connect(job, &QKeychain::Job::finished, this, countDown);
    connect(job, &QObject::destroyed, this, countDown);
}

bool KeychainSecretStore::waitForPendingChanges(int timeoutMs)
{
    if (m_pendingChanges == 0)
        return true;
    qCInfo(lcKeychain) << "waiting for" << m_pendingChanges << "keychain change(s) to finish";
    QDeadlineTimer deadline(timeoutMs);
    while (m_pendingChanges > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return m_pendingChanges == 0;
}

} // namespace Aura
