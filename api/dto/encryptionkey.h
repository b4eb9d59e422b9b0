#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Aura {

// A customer-managed encryption key of a project (live dialect). The list gives id, name and project only; the
// rest comes with the key's details (GET /customer-managed-keys/{id}): see hasDetails().
struct EncryptionKey
{
    QString id;
    QString name;
    QString tenantId;
    QString cloudProvider;
    QString region;
    QString instanceType; // the type of instances it may encrypt
    QString keyId; // the key in the cloud provider (an ARN, a key URI)
    QDateTime created;
    QString status; // pending, ready; any other kept verbatim

    bool hasDetails() const { return !status.isEmpty(); }
    bool isReady() const { return status.compare(QLatin1String("ready"), Qt::CaseInsensitive) == 0; }
    QString displayName() const { return name.isEmpty() ? id : name; }

    static std::optional<EncryptionKey> fromJson(const QJsonObject &object); // nullopt without an id

    friend bool operator==(const EncryptionKey &, const EncryptionKey &) = default;
};

} // namespace Aura
