#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Tolerant readers for fields of a server response. A field that is missing or of an unexpected type reads as
// empty; nothing here throws or asserts, because the server's answer is input, not a promise.
namespace Aura::Json {

QString string(const QJsonObject &object, QLatin1StringView key);
std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key);
std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key);
QDateTime dateTime(const QJsonObject &object, QLatin1StringView key);

// Adds key: value to object unless value is empty, for optional request fields.
void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value);

} // namespace Aura::Json
