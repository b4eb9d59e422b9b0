#pragma once

#include "models/fleetmetrics.h"

#include <QString>

namespace Aura {

// An instance's latest metrics in words, one short line per detail row; each is empty when the reading lacks it.
namespace MetricsWords {
// "31% CPU, 22% heap"
QString load(const MetricsReading &reading);
// "45% of 16 GB"
QString storage(const MetricsReading &reading);
// "12 a second, median 3.1 ms"
QString queries(const MetricsReading &reading);
// "8 connections"
QString connections(const MetricsReading &reading);
} // namespace MetricsWords

} // namespace Aura
