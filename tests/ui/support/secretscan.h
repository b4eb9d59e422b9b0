#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the secret-leak tests share: the captured log and a search for a secret in every spelling a careless writer
// could leave behind.
namespace AuraTest {

inline QStringList capturedLog;
inline QtMessageHandler previousHandler = nullptr;

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category) + u' ' + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

// Every spelling of `secret` that a careless writer could leave in a file.
inline QList<QByteArray> spellings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {utf8, utf16, utf8.toBase64(), utf8.toPercentEncoding(), QUrl::toPercentEncoding(secret)};
}

// Files under `root` that contain `needle` in any spelling.
inline QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &spelling : spellings(needle)) {
            if (content.contains(spelling)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace AuraTest
