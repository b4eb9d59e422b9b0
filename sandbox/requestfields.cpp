#include "sandbox/requestfields.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::RequestFields", text);
}

} // namespace

ApiFailure fieldError(const QString &field, const QString &message, const QString &reason)
{
    return ApiFailure {400, message, reason, field};
}

std::optional<QString> optionalString(const QJsonObject &body, const QString &field, std::optional<ApiFailure> &failure)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        if (!failure)
            failure = fieldError(field, tr("The field %1 must be a string").arg(field));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> optionalBool(const QJsonObject &body, const QString &field, std::optional<ApiFailure> &failure)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        if (!failure)
            failure = fieldError(field, tr("The field %1 must be true or false").arg(field));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<int> optionalInt(
    const QJsonObject &body, const QString &field, int minimum, int maximum, std::optional<ApiFailure> &failure)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double number = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < minimum
        || number > maximum) {
        if (!failure) {
            failure = fieldError(
                field, tr("The field %1 must be a whole number from %2 to %3").arg(field).arg(minimum).arg(maximum));
        }
        return std::nullopt;
    }
    return static_cast<int>(number);
}

} // namespace AuraSandbox
