#pragma once

#include "api/secrets/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Aura {

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Never falls back to a plain-text file: when the keychain cannot be used, the
// answer is Unavailable with the keychain's own message.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // Writes and removals sent and not answered yet. A program that quits waits for them (waitForPendingChanges):
    // a password the user chose to keep must not be lost because the window closed a moment later.
    int pendingChanges() const { return m_pendingChanges; }
    // Runs the event loop until every pending change is answered or `timeoutMs` passes; true if none is left.
    bool waitForPendingChanges(int timeoutMs);

private:
    void trackChange(QKeychain::Job *job);

    QString m_service;
    int m_pendingChanges = 0;
};

} // namespace Aura
