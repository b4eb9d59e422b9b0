#include "models/requestedchange.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(RequestedChange)
};

template<typename Value>
bool shows(const std::optional<Value> &wanted, const Value &actual, bool reported)
{
    return !wanted || !reported || *wanted == actual;
}

QString onOff(bool on, const QString &onText, const QString &offText)
{
    return on ? onText : offText;
}

} // namespace

RequestedChange RequestedChange::of(const UpdateInstanceRequest &request)
{
    RequestedChange c;
    c.memory = request.memory;
    c.storage = request.storage;
    c.vectorOptimized = request.vectorOptimized;
    c.graphAnalyticsPlugin = request.graphAnalyticsPlugin;
    c.secondariesCount = request.secondariesCount;
    c.cdcEnrichmentMode = request.cdcEnrichmentMode;
    return c;
}

RequestedChange RequestedChange::upgradeTo(const QString &type, const UpgradeInstanceRequest &request)
{
    RequestedChange c;
    c.type = type;
    if (!request.memory.isEmpty() && !request.storage.isEmpty()) {
        c.memory = request.memory;
        c.storage = request.storage;
    }
    return c;
}

bool RequestedChange::isMetBy(const Instance &i) const
{
    // Sizes compare without regard to case ("8gb" is 8GB); the rest as the service spells them.
    const auto sameSize = [](const std::optional<QString> &wanted, const QString &actual) {
        return !wanted || actual.isEmpty() || wanted->compare(actual, Qt::CaseInsensitive) == 0;
    };
    return sameSize(memory, i.memory) && sameSize(storage, i.storage) && shows(type, i.type, !i.type.isEmpty())
        && shows(vectorOptimized, i.vectorOptimized.value_or(false), i.vectorOptimized.has_value())
        && shows(graphAnalyticsPlugin, i.graphAnalyticsPlugin.value_or(false), i.graphAnalyticsPlugin.has_value())
        && shows(secondariesCount, i.secondariesCount.value_or(0), i.secondariesCount.has_value())
        && shows(cdcEnrichmentMode, i.cdcEnrichmentMode, !i.cdcEnrichmentMode.isEmpty());
}

QString RequestedChange::summary() const
{
    QStringList parts;
    if (type)
        parts.append(*type);
    if (memory)
        parts.append(*memory);
    if (storage)
        parts.append(T::tr("%1 storage").arg(*storage));
    if (vectorOptimized)
        parts.append(onOff(*vectorOptimized, T::tr("vector optimization on"), T::tr("vector optimization off")));
    if (graphAnalyticsPlugin) {
        parts.append(
            onOff(*graphAnalyticsPlugin, T::tr("Graph Analytics plugin on"), T::tr("Graph Analytics plugin off")));
    }
    if (secondariesCount)
        parts.append(T::tr("%n secondaries", nullptr, static_cast<int>(*secondariesCount)));
    if (cdcEnrichmentMode)
        parts.append(T::tr("CDC %1").arg(*cdcEnrichmentMode));
    return parts.join(T::tr(", ", "between the parts of a change"));
}

} // namespace Aura
