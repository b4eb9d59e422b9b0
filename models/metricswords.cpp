#include "models/metricswords.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetricsWords", text);
}

QString percent(double value)
{
    return QLocale().toString(std::round(value), 'f', 0);
}

} // namespace

QString metricsSummary(const MetricsReading &r)
{
    const QLocale locale;
    QStringList parts;
    if (r.cpuPercent)
        parts << tr("CPU %1%").arg(percent(*r.cpuPercent));
    if (r.heapPercent)
        parts << tr("heap %1%").arg(percent(*r.heapPercent));
    if (r.storagePercent && r.storageLimitBytes) {
        //: %1: percent used, %2: the instance's storage ("16 GB")
        parts << tr("storage %1% of %2")
                     .arg(percent(*r.storagePercent),
                         locale.formattedDataSize(static_cast<qint64>(*r.storageLimitBytes), 0,
                             QLocale::DataSizeTraditionalFormat));
    } else if (r.storagePercent) {
        parts << tr("storage %1%").arg(percent(*r.storagePercent));
    }
    if (r.queriesPerSecond)
        parts << tr("%1 queries/s").arg(locale.toString(*r.queriesPerSecond, 'f', *r.queriesPerSecond < 10 ? 1 : 0));
    if (r.latencyMs)
        parts << tr("%1 ms median").arg(locale.toString(*r.latencyMs, 'f', 1));
    if (r.boltConnections)
        parts << QCoreApplication::translate("MetricsWords", "%n connection(s)", nullptr,
            static_cast<int>(std::clamp(std::round(*r.boltConnections), 0.0, 1e9)));
    return parts.join(u" · "_s);
}

} // namespace Aura
