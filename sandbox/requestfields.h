#pragma once

#include "sandbox/records.h"

#include <QJsonObject>

#include <optional>

namespace AuraSandbox {

// Reading the fields of a request body, each refusal naming its field (400 invalid-field unless said otherwise).

ApiFailure fieldError(
    const QString &field, const QString &message, const QString &reason = QStringLiteral("invalid-field"));

// nullopt when absent or null; *failure set (and nullopt) when present but of another type.
std::optional<QString> optionalString(
    const QJsonObject &body, const QString &field, std::optional<ApiFailure> &failure);
std::optional<bool> optionalBool(const QJsonObject &body, const QString &field, std::optional<ApiFailure> &failure);
// A whole number within [minimum, maximum]; anything else (fractions, 1e300, strings) is refused.
std::optional<int> optionalInt(
    const QJsonObject &body, const QString &field, int minimum, int maximum, std::optional<ApiFailure> &failure);

} // namespace AuraSandbox
