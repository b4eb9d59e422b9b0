#include "api/metrics/exposition.h"

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Aura::Exposition {

namespace {

// 9999-12-31T23:59:59.999Z: a later (or a negative) sample time is not one a server means.
constexpr qint64 MaxTimestampMs = 253'402'300'799'999;

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// A cursor over one line; every read checks the end first.
struct Cursor
{
    QByteArrayView line;
    qsizetype at = 0;

    bool atEnd() const { return at >= line.size(); }
    char peek() const { return atEnd() ? '\0' : line[at]; }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(line[at]))
            ++at;
    }
    QByteArrayView token()
    {
        const qsizetype start = at;
        while (!atEnd() && !isBlank(line[at]))
            ++at;
        return line.sliced(start, at - start);
    }
    // [a-zA-Z_:][a-zA-Z0-9_:]*; empty when there is none here.
    QByteArrayView name()
    {
        const qsizetype start = at;
        if (atEnd() || !isNameStart(line[at]))
            return {};
        while (!atEnd() && isNameChar(line[at]))
            ++at;
        return line.sliced(start, at - start);
    }
};

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<double> readValue(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    bool negative = false;
    QByteArrayView digits = token;
    if (digits.front() == '+' || digits.front() == '-') {
        negative = digits.front() == '-';
        digits = digits.sliced(1);
    }
    if (equalsIgnoringCase(digits, "inf") || equalsIgnoringCase(digits, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (equalsIgnoringCase(digits, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (digits.isEmpty() || digits.front() == '+' || digits.front() == '-')
        return std::nullopt;
    double value = 0;
    const char *end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || std::isnan(value))
        return std::nullopt; // out of double's range, trailing garbage, or a "nan(...)" spelling
    return negative ? -value : value;
}

std::optional<qint64> readTimestamp(QByteArrayView token)
{
    qint64 value = 0;
    const char *end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 0 || value > MaxTimestampMs)
        return std::nullopt;
    return value;
}

// `"…"` at the cursor, unescaped; nullopt when it does not close on this line or has an unknown escape.
std::optional<QByteArray> readQuoted(Cursor &c)
{
    if (c.peek() != '"')
        return std::nullopt;
    ++c.at;
    QByteArray value;
    while (!c.atEnd()) {
        const char ch = c.line[c.at++];
        if (ch == '"')
            return value;
        if (ch != '\\') {
            value += ch;
            continue;
        }
        if (c.atEnd())
            return std::nullopt;
        const char escaped = c.line[c.at++];
        if (escaped == 'n')
            value += '\n';
        else if (escaped == '\\' || escaped == '"')
            value += escaped;
        else
            return std::nullopt;
    }
    return std::nullopt;
}

// Reads the `{…}` label set; returns the problem, or null.
QString readLabels(Cursor &c, Sample &sample, int maxLabels)
{
    ++c.at; // '{'
    for (;;) {
        c.skipBlanks();
        if (c.peek() == '}') {
            ++c.at;
            return {};
        }
        const QByteArrayView name = c.name();
        if (name.isEmpty())
            return u"a label name was expected"_s;
        c.skipBlanks();
        if (c.peek() != '=')
            return u"'=' was expected after a label name"_s;
        ++c.at;
        c.skipBlanks();
        std::optional<QByteArray> value = readQuoted(c);
        if (!value)
            return u"a label value is not a closed, well-escaped string"_s;
        if (sample.labels.size() >= maxLabels)
            return u"more than %1 labels"_s.arg(maxLabels);
        sample.labels.append(Label {name, std::move(*value)});
        c.skipBlanks();
        if (c.peek() == ',') {
            ++c.at;
            continue;
        }
        if (c.peek() != '}')
            return u"',' or '}' was expected in the labels"_s;
    }
}

// Reads one sample line into `sample`; returns the problem, or null.
QString readSample(QByteArrayView line, Sample &sample, const Limits &limits)
{
    Cursor c {line};
    sample.name = c.name();
    if (sample.name.isEmpty())
        return u"a metric name was expected"_s;
    c.skipBlanks();
    if (c.peek() == '{') {
        if (QString problem = readLabels(c, sample, limits.maxLabels); !problem.isNull())
            return problem;
        c.skipBlanks();
    }
    const std::optional<double> value = readValue(c.token());
    if (!value)
        return u"the value is not a number"_s;
    sample.value = *value;
    c.skipBlanks();
    if (!c.atEnd()) {
        const std::optional<qint64> timestamp = readTimestamp(c.token());
        if (!timestamp)
            return u"the timestamp is not a time in milliseconds"_s;
        sample.timestampMs = timestamp;
        c.skipBlanks();
        if (!c.atEnd())
            return u"unexpected text after the timestamp"_s;
    }
    return {};
}

} // namespace

QByteArray Sample::label(QByteArrayView labelName) const
{
    for (const Label &l : labels) {
        if (l.name == labelName)
            return l.value.isNull() ? QByteArray("") : l.value;
    }
    return {};
}

std::variant<Summary, QString> parse(
    QByteArrayView text, const std::function<void(const Sample &)> &sink, const Limits &limits)
{
    if (text.size() > limits.maxBytes)
        return u"the metrics answer is larger than %1 MB"_s.arg(limits.maxBytes / (1024 * 1024));
    Summary summary;
    qsizetype readable = 0; // samples and comments
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    Sample sample;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype first = 0;
        while (first < line.size() && isBlank(line[first]))
            ++first;
        line = line.sliced(first);
        if (line.isEmpty())
            continue;
        if (line.front() == '#') {
            ++readable;
            continue;
        }
        QString problem;
        if (line.size() > limits.maxLineBytes) {
            problem = u"longer than %1 bytes"_s.arg(limits.maxLineBytes);
        } else {
            sample.labels.clear();
            sample.timestampMs.reset();
            problem = readSample(line, sample, limits);
        }
        if (!problem.isNull()) {
            if (summary.firstProblem.isNull())
                summary.firstProblem = u"line %1: %2"_s.arg(lineNumber).arg(problem);
            ++summary.skippedLines;
            continue;
        }
        ++readable;
        ++summary.samples;
        sink(sample);
    }
    if (readable == 0 && summary.skippedLines > 0)
        return u"not a Prometheus text exposition (%1)"_s.arg(summary.firstProblem);
    return summary;
}

} // namespace Aura::Exposition
