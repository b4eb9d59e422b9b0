#include "api/secrets/secretstore.h"

#include <QMetaObject>

namespace Aura {

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        answer(context, std::move(callback), {Status::NotFound, {}, {}});
    else
        answer(context, std::move(callback), {Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(callback), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    const bool existed = m_secrets.remove(key) > 0;
    answer(context, std::move(callback), {existed ? Status::Ok : Status::NotFound, {}, {}});
}

void MemorySecretStore::answer(QObject *context, Callback callback, Result result)
{
    // Asynchronous like the real keychain, so callers cannot come to rely on a synchronous answer.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, callback = std::move(callback), result = std::move(result)] {
            if (guard && callback)
                callback(result);
        },
        Qt::QueuedConnection);
}

} // namespace Aura
