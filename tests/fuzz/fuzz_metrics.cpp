// A metrics endpoint's answer: Prometheus text exposition into per-instance figures.
#include "api/metrics/instancemetrics.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = Aura::Parse::metricsScrape(fuzzBody(data, size));
    if (const auto *scrape = std::get_if<Aura::MetricsScrape>(&parsed)) {
        for (const Aura::InstanceMetrics &m : scrape->instances) {
            (void)m.cpuPercent();
            (void)m.storagePercent();
            (void)m.boltConnections();
        }
    }
    return 0;
}
