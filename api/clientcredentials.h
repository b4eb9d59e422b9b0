#pragma once

#include "api/authorizer.h"

#include <QString>

namespace Aura {

class SecretStore;

// The OAuth2 client credentials of an account, as the token request's Authorization header (HTTP Basic). The
// secret is read from the SecretStore for each attempt and not kept: it lives only in the header being sent.
class ClientCredentials final : public Authorizer
{
public:
    explicit ClientCredentials(SecretStore *secrets);

    void setCredentials(const QString &clientId, const QString &secretKey);

    void authorize(QObject *context, Callback callback) override;
    // Refused credentials stay refused: asking again with the same secret changes nothing.
    bool refused(const QByteArray &) override { return false; }

private:
    SecretStore *m_secrets;
    QString m_clientId;
    QString m_secretKey;
};

} // namespace Aura
