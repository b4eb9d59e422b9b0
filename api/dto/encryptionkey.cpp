#include "api/dto/encryptionkey.h"

#include "api/dto/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

std::optional<EncryptionKey> EncryptionKey::fromJson(const QJsonObject &o)
{
    EncryptionKey k;
    k.id = Json::string(o, "id"_L1);
    if (k.id.isEmpty())
        return std::nullopt;
    k.name = Json::string(o, "name"_L1);
    k.tenantId = Json::string(o, "tenant_id"_L1);
    k.cloudProvider = Json::string(o, "cloud_provider"_L1);
    k.region = Json::string(o, "region"_L1);
    k.instanceType = Json::string(o, "instance_type"_L1);
    k.keyId = Json::string(o, "key_id"_L1);
    k.created = Json::dateTime(o, "created"_L1);
    k.status = Json::string(o, "status"_L1);
    return k;
}

} // namespace Aura
