#pragma once

#include "sandbox/records.h"

#include <QByteArray>
#include <QList>

namespace AuraSandbox {

// The metric names of Aura's customer metrics integration (neo4j.com/docs/aura/metrics/metrics-integration/reference).
namespace MetricNames {
inline constexpr const char *CpuUsage = "neo4j_aura_cpu_usage"; // cores
inline constexpr const char *CpuLimit = "neo4j_aura_cpu_limit"; // cores
inline constexpr const char *HeapUsedRatio = "neo4j_dbms_vm_heap_used_ratio"; // 0-1
inline constexpr const char *PageCacheHitRatio = "neo4j_dbms_page_cache_hit_ratio_per_minute"; // 0-1
inline constexpr const char *QuerySuccessTotal = "neo4j_db_query_execution_success_total"; // counter
inline constexpr const char *QueryLatencyQ50 = "neo4j_db_query_execution_internal_latency_q50"; // ms
inline constexpr const char *BoltIdle = "neo4j_dbms_bolt_connections_idle";
inline constexpr const char *BoltRunning = "neo4j_dbms_bolt_connections_running";
inline constexpr const char *BoltMax = "neo4j_dbms_bolt_connections_max_count";
inline constexpr const char *StorageLimit = "neo4j_aura_storage_limit"; // bytes
inline constexpr const char *StoreSize = "neo4j_database_store_size_database"; // bytes in use
} // namespace MetricNames

// Prometheus text exposition (format 0.0.4) of the metrics of every running instance at nowMs, as Aura's metrics
// endpoint answers it: one family per metric, labels aggregation, database and instance_id, values with six
// decimals and the sample time in ms. Instances in any other status have no samples; with none running, the
// answer is empty. The values are smooth functions of time and of the instance id: the same instance at the same
// time always shows the same figures, counters only grow, and the store grows slowly and stays below its limit.
// Linear in the number of instances.
QByteArray metricsExposition(const QList<InstanceRecord> &instances, qint64 nowMs);

inline constexpr const char *MetricsContentType = "text/plain; version=0.0.4; charset=utf-8";

} // namespace AuraSandbox
