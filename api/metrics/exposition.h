#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <optional>
#include <variant>

// Prometheus text exposition (format 0.0.4), as Aura's metrics integration answers it: one sample per line,
// `name{label="value",...} value [timestamp_ms]`, with # comments, HELP and TYPE lines. Read strictly and
// defensively: a line that is not a sample is skipped and counted, never guessed at; numbers are read without
// undefined behaviour (NaN and ±Inf included, timestamps range-checked); limits on the body, the line and the
// number of labels keep memory bounded. Pure functions: safe on a worker thread.
namespace Aura::Exposition {

struct Label
{
    QByteArrayView name;
    QByteArray value; // unescaped (\\, \" and \n)
};

// One sample, valid only during the sink's call: the name points into the parsed text.
struct Sample
{
    QByteArrayView name;
    QVarLengthArray<Label, 6> labels;
    double value = 0; // may be NaN or ±Inf, as the format allows
    std::optional<qint64> timestampMs;

    // The label's value, or null when the sample has no such label.
    QByteArray label(QByteArrayView labelName) const;
};

struct Limits
{
    qsizetype maxBytes = 64 * 1024 * 1024;
    qsizetype maxLineBytes = 64 * 1024;
    int maxLabels = 32;
};

struct Summary
{
    qsizetype samples = 0;
    qsizetype skippedLines = 0; // neither a sample, a comment nor empty
    QString firstProblem; // "line 3: …" for the first skipped line, for logs and the details of an error
};

// Calls `sink` for every sample of `text`, in order. Fails (with the reason) only when the body is too large, or
// when it has lines but not one of them is a sample or a comment: then it is not an exposition at all.
std::variant<Summary, QString> parse(
    QByteArrayView text, const std::function<void(const Sample &)> &sink, const Limits &limits = {});

} // namespace Aura::Exposition
