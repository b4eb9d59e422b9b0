#include "sandbox/identifiers.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QUuid>

namespace AuraSandbox {

namespace {

QByteArray systemRandomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

QString randomInstanceId()
{
    return QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomPassword()
{
    // 32 bytes = 256 bits, base64url without padding: 43 characters, safe in .env files and URLs.
    return QString::fromLatin1(
        systemRandomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomToken()
{
    return QString::fromLatin1(
        systemRandomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace AuraSandbox
