#include "api/clientcredentials.h"

#include "api/logging.h"
#include "api/secrets/secretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

ClientCredentials::ClientCredentials(SecretStore *secrets)
    : m_secrets(secrets)
{ }

void ClientCredentials::setCredentials(const QString &clientId, const QString &secretKey)
{
    m_clientId = clientId;
    m_secretKey = secretKey;
}

void ClientCredentials::authorize(QObject *context, Callback callback)
{
    m_secrets->read(m_secretKey, context,
        [clientId = m_clientId, callback = std::move(callback)](const SecretStore::Result &result) {
            if (result.status != SecretStore::Status::Ok || result.secret.isEmpty()) {
                const QString why = result.status == SecretStore::Status::Unavailable
                    ? result.errorText
                    : u"no client secret stored for this account"_s;
                qCWarning(lcAuth) << "cannot read the client secret:" << why;
                ApiError error;
                error.kind = ApiError::Kind::NoCredentials;
                error.detailText = why;
                callback({{}, error});
                return;
            }
            callback({"Basic " + QByteArray(clientId.toUtf8() + ':' + result.secret.toUtf8()).toBase64(), {}});
        });
}

} // namespace Aura
