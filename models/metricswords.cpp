#include "models/metricswords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Aura::MetricsWords {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(MetricsWords)
};

QString percent(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

} // namespace

QString load(const MetricsReading &r)
{
    QStringList parts;
    if (r.cpuPercent)
        parts << T::tr("%1% CPU").arg(percent(*r.cpuPercent));
    if (r.heapPercent)
        parts << T::tr("%1% heap").arg(percent(*r.heapPercent));
    return parts.join(T::tr(", "));
}

QString storage(const MetricsReading &r)
{
    if (!r.storagePercent)
        return {};
    if (!r.storageLimitBytes)
        return T::tr("%1% used").arg(percent(*r.storagePercent));
    //: %1: percent used, %2: the instance's storage ("16 GB")
    return T::tr("%1% of %2")
        .arg(percent(*r.storagePercent),
            QLocale().formattedDataSize(
                static_cast<qint64>(std::min(*r.storageLimitBytes, 1e18)), 0, QLocale::DataSizeTraditionalFormat));
}

QString queries(const MetricsReading &r)
{
    const QLocale locale;
    QStringList parts;
    if (r.queriesPerSecond)
        parts << T::tr("%1 a second").arg(locale.toString(*r.queriesPerSecond, 'f', *r.queriesPerSecond < 10 ? 1 : 0));
    if (r.latencyMs)
        parts << T::tr("median %1 ms").arg(locale.toString(*r.latencyMs, 'f', 1));
    return parts.join(T::tr(", "));
}

QString connections(const MetricsReading &r)
{
    if (!r.boltConnections)
        return {};
    return T::tr("%n connection(s)", nullptr, static_cast<int>(std::clamp(std::round(*r.boltConnections), 0.0, 1e9)));
}

} // namespace Aura::MetricsWords
