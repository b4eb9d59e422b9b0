#pragma once

#include "api/secrets/secretstore.h"

#include <QSet>

namespace Aura {

// The OS keychain, plus the secrets the user explicitly chose to keep in memory for this session only because the
// keychain was unavailable. Nothing here ever reaches a disk: the persistent store is the keychain (never with a
// plain-text fallback) and the session copies die with the process.
//
// Reads answer from the session copy first, then from the keychain. Writes go to the keychain; a successful write
// drops the session copy (the keychain holds the secret now). A failed write keeps nothing: keeping a secret for
// the session is always a separate, explicit call (keepForThisSession).
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(SecretStore &persistent, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    // Removes both copies. Unavailable if the keychain could not be asked, even when a session copy was removed:
    // an older entry may still be there.
    void remove(const QString &key, QObject *context, Callback callback) override;

    void keepForThisSession(const QString &key, const QString &secret);
    // Forgets the session copy only, without asking the keychain.
    void dropSessionCopy(const QString &key);
    bool isKeptForThisSessionOnly(const QString &key) const { return m_sessionKeys.contains(key); }

private:
    SecretStore &m_persistent;
    MemorySecretStore m_session;
    QSet<QString> m_sessionKeys;
};

} // namespace Aura
