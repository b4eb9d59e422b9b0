#include "ui/dialogs/credentialsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Aura::CredentialsFile {

QString defaultFileName(const QString &instanceId, const QDate &createdOn)
{
    return u"Neo4j-%1-Created-%2.txt"_s.arg(instanceId, createdOn.toString(Qt::ISODate));
}

QString defaultFileName(const InstanceCreated &created)
{
    const QDate date = created.createdAt.isValid() ? created.createdAt.toLocalTime().date() : QDate::currentDate();
    return defaultFileName(created.id, date);
}

QByteArray contents(const InstanceCreated &created)
{
    // Same wording and order as the web console's file; it is a file format, so it is not translated.
    QByteArray out;
    out += "# Wait 60 seconds before connecting using these details, or login to https://console.neo4j.io to "
           "validate the Aura Instance is available\n";
    out += "NEO4J_URI=" + created.connectionUrl.toUtf8() + '\n';
    out += "NEO4J_USERNAME=" + created.username.toUtf8() + '\n';
    out += "NEO4J_PASSWORD=" + created.password.toUtf8() + '\n';
    out += "AURA_INSTANCEID=" + created.id.toUtf8() + '\n';
    out += "AURA_INSTANCENAME=" + created.name.toUtf8() + '\n';
    return out;
}

bool write(const QString &path, const InstanceCreated &created, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = QCoreApplication::translate("Aura::CredentialsFile", "Could not save %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Restricted before the first byte is written, so the password is never in a file others can read.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    const QByteArray data = contents(created);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Aura::CredentialsFile
