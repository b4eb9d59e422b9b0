#include "sandbox/platformstate.h"
#include "sandbox/requestfields.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::PlatformState", text);
}

// The instance memory sizes of the live service, in GB.
constexpr std::array<int, 14> InstanceSizes {1, 2, 4, 8, 16, 24, 32, 48, 64, 128, 192, 256, 384, 512};
constexpr std::array<int, 13> SessionSizes {2, 4, 8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384};
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

std::optional<ApiFailure> checkCount(double value, const QString &field)
{
    if (!std::isfinite(value) || value < 0 || value > PlatformState::MaxCount || std::floor(value) != value) {
        return fieldError(field, tr("The field %1 must be a whole number from 0 to %2").arg(field, u"1000000000000"_s));
    }
    return std::nullopt;
}

// The distinct categories, or a failure naming the first unknown one.
Outcome<int> countCategories(const QStringList &categories)
{
    const QStringList known = PlatformState::algorithmCategories();
    QSet<QString> distinct;
    for (const QString &c : categories) {
        if (!known.contains(c)) {
            return fieldError(u"algorithm_categories"_s,
                tr("Unknown algorithm category %1; use any of %2").arg(c.left(64), known.join(u", "_s)));
        }
        distinct.insert(c);
    }
    return static_cast<int>(distinct.size());
}

qint64 wholeGigabytes(double bytes)
{
    return std::max<qint64>(1, static_cast<qint64>(std::ceil(bytes / GiB)));
}

QString gb(qint64 value)
{
    return u"%1GB"_s.arg(value);
}

} // namespace

QStringList PlatformState::algorithmCategories()
{
    return {u"centrality"_s, u"community-detection"_s, u"machine-learning"_s, u"node-embedding"_s, u"path-finding"_s,
        u"similarity"_s};
}

Outcome<InstanceSizing> PlatformState::instanceSizing(const InstanceSizingRequest &r)
{
    for (const auto &[value, field] :
        {std::pair {r.nodeCount, u"node_count"_s}, {r.relationshipCount, u"relationship_count"_s}}) {
        if (std::optional<ApiFailure> bad = checkCount(value, field))
            return *bad;
    }
    if (!r.instanceType.isEmpty() && !instanceTypes().contains(r.instanceType)) {
        return fieldError(u"instance_type"_s,
            tr("Unknown instance type %1; use one of %2").arg(r.instanceType.left(64), instanceTypes().join(u", "_s)));
    }
    const Outcome<int> categories = countCategories(r.algorithmCategories);
    if (const auto *f = std::get_if<ApiFailure>(&categories))
        return *f;

    // About 100 bytes a node and 50 a relationship with their properties and indexes; graph analytics doubles that.
    double bytes = r.nodeCount * 100 + r.relationshipCount * 50;
    const bool analytics = r.instanceType.endsWith(u"-ds"_s) || std::get<int>(categories) > 0;
    if (analytics)
        bytes *= 2;
    const qint64 required = wholeGigabytes(bytes);

    int smallest = 1;
    int largest = 512;
    if (r.instanceType == u"free-db") {
        largest = 1;
    } else if (r.instanceType.startsWith(u"professional-"_s)) {
        largest = 128;
    } else if (r.instanceType == u"enterprise-ds") {
        smallest = 16;
    } else if (!r.instanceType.isEmpty()) {
        smallest = 2;
    }
    InstanceSizing out;
    out.minRequiredMemory = gb(required);
    out.didExceedMaximum = required > largest;
    out.recommendedSize = gb(largest);
    for (int size : InstanceSizes) {
        if (size >= smallest && size >= required && size <= largest) {
            out.recommendedSize = gb(size);
            break;
        }
    }
    return out;
}

Outcome<SessionSizing> PlatformState::sessionSizing(const SessionSizingRequest &r)
{
    const std::pair<double, QString> counts[] {{r.nodeCount, u"node_count"_s},
        {r.nodePropertyCount, u"node_property_count"_s}, {r.nodeLabelCount, u"node_label_count"_s},
        {r.relationshipCount, u"relationship_count"_s},
        {r.relationshipPropertyCount, u"relationship_property_count"_s}};
    for (const auto &[value, field] : counts) {
        if (std::optional<ApiFailure> bad = checkCount(value, field))
            return *bad;
    }
    const Outcome<int> categories = countCategories(r.algorithmCategories);
    if (const auto *f = std::get_if<ApiFailure>(&categories))
        return *f;

    // The in-memory projection: ids, labels and properties per node, both directions and properties per
    // relationship; each kind of algorithm adds room for its results, and the JVM wants its share on top.
    const double graph = r.nodeCount * (32 + 8 * r.nodePropertyCount + 2 * r.nodeLabelCount)
        + r.relationshipCount * (16 + 8 * r.relationshipPropertyCount);
    const double bytes = graph * (1 + 0.5 * std::get<int>(categories)) * 1.2;
    const qint64 estimated = wholeGigabytes(bytes);

    SessionSizing out;
    out.estimatedMemory = gb(estimated);
    out.recommendedSize = gb(SessionSizes.back());
    for (int size : SessionSizes) {
        if (size >= estimated) {
            out.recommendedSize = gb(size);
            break;
        }
    }
    return out;
}

} // namespace AuraSandbox
