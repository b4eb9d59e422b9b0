#pragma once

#include "api/secrets/secretstore.h"

#include <QStringList>

// A MemorySecretStore that can be switched to answer like an unavailable keychain, and that records which keys it
// was asked about. No Q_OBJECT: it adds no signals, and a header-only test helper needs no moc.
class FaultySecretStore final : public Aura::SecretStore
{
public:
    using SecretStore::SecretStore;

    void setUnavailable(const QString &message) { m_unavailableMessage = message; }
    bool contains(const QString &key) const { return m_keys.contains(key); }
    QStringList calls;

    void read(const QString &key, QObject *context, Callback callback) override
    {
        calls.append(QStringLiteral("read ") + key);
        if (!failInto(context, callback))
            m_memory.read(key, context, std::move(callback));
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override
    {
        calls.append(QStringLiteral("write ") + key);
        if (failInto(context, callback))
            return;
        m_keys.append(key);
        m_memory.write(key, secret, context, std::move(callback));
    }
    void remove(const QString &key, QObject *context, Callback callback) override
    {
        calls.append(QStringLiteral("remove ") + key);
        if (failInto(context, callback))
            return;
        m_keys.removeAll(key);
        m_memory.remove(key, context, std::move(callback));
    }

private:
    bool failInto(QObject *context, const Callback &callback)
    {
        if (m_unavailableMessage.isEmpty())
            return false;
        // Answers later, like the real keychain, through the memory store's queue.
        QPointer<QObject> guard(context);
        m_memory.read(
            QStringLiteral("\x01unused"), &m_memory, [guard, callback, message = m_unavailableMessage](const Result &) {
                if (guard && callback)
                    callback({Status::Unavailable, {}, message});
            });
        return true;
    }

    Aura::MemorySecretStore m_memory;
    QStringList m_keys;
    QString m_unavailableMessage;
};
