#pragma once

#include "api/dto/instance.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Aura {

// The file the Aura web console offers after creating an instance, so tools that read it (and people who know
// it) find the same thing: Neo4j-<id>-Created-<YYYY-MM-DD>.txt with dotenv lines.
namespace CredentialsFile {

// `createdOn` is the local date of creation (today when the server sent no time).
QString defaultFileName(const QString &instanceId, const QDate &createdOn);
QString defaultFileName(const InstanceCreated &created);
QByteArray contents(const InstanceCreated &created);
// Replaces `path` atomically with the contents, readable and writable by the owner only at every moment.
// On failure returns false and says why in `error` (the path and the system's reason, never the password).
bool write(const QString &path, const InstanceCreated &created, QString *error);

} // namespace CredentialsFile

} // namespace Aura
