#include "api/dto/jsonfields.h"

#include <QJsonValue>

#include <cmath>

namespace Aura::Json {

QString string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // Some fields (version, counts) arrive as numbers from one dialect and strings from the other.
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == u"true")
            return true;
        if (s == u"false")
            return false;
    }
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // Range-checked before the conversion: a number beyond what a double holds exactly (2^53), or no number
        // at all (NaN, infinity), is no integer field.
        const double d = value.toDouble();
        constexpr double exact = 9007199254740992.0;
        if (!std::isfinite(d) || std::fabs(d) > exact || d != std::trunc(d))
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QDateTime dateTime(const QJsonObject &object, QLatin1StringView key)
{
    const QString text = string(object, key);
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace Aura::Json
