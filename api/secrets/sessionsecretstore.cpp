#include "api/secrets/sessionsecretstore.h"

#include "api/logging.h"

namespace Aura {

SessionSecretStore::SessionSecretStore(SecretStore &persistent, QObject *parent)
    : SecretStore(parent)
    , m_persistent(persistent)
{ }

void SessionSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    if (m_sessionKeys.contains(key))
        m_session.read(key, context, std::move(callback));
    else
        m_persistent.read(key, context, std::move(callback));
}

void SessionSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    m_persistent.write(key, secret, this, [this, key, guard, callback = std::move(callback)](const Result &result) {
        if (result.status == Status::Ok && m_sessionKeys.remove(key)) {
            qCDebug(lcKeychain) << "the keychain now holds" << key << "; dropping the session copy";
            m_session.remove(key, this, {});
        }
        if (guard && callback)
            callback(result);
    });
}

void SessionSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    const bool hadSessionCopy = m_sessionKeys.remove(key);
    if (hadSessionCopy)
        m_session.remove(key, this, {});
    QPointer<QObject> guard(context);
    m_persistent.remove(key, this, [hadSessionCopy, guard, callback = std::move(callback)](const Result &result) {
        Result answer = result;
        if (hadSessionCopy && result.status == Status::NotFound)
            answer.status = Status::Ok;
        if (guard && callback)
            callback(answer);
    });
}

void SessionSecretStore::dropSessionCopy(const QString &key)
{
    if (m_sessionKeys.remove(key))
        m_session.remove(key, this, {});
}

void SessionSecretStore::keepForThisSession(const QString &key, const QString &secret)
{
    qCInfo(lcKeychain) << "keeping" << key << "in memory for this session only, as the user chose";
    m_sessionKeys.insert(key);
    m_session.write(key, secret, this, {});
}

} // namespace Aura
