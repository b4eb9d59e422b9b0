#pragma once

#include "secretstore.h"

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

private:
    QString m_service;
};

} // namespace Aura
