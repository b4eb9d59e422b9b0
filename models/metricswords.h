#pragma once

#include "models/fleetmetrics.h"

#include <QString>

namespace Aura {

// An instance's latest metrics in one line for people: "CPU 23% · heap 35% · storage 41% of 16 GB ·
// 12 queries/s · 3.1 ms median · 8 connections", leaving out what the reading lacks; empty when it has nothing.
QString metricsSummary(const MetricsReading &reading);

} // namespace Aura
