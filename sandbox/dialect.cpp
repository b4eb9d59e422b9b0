#include "sandbox/dialect.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

// The live service's metrics host; the server replaces it with its own address once it listens.
const QString LiveMetricsBase = u"https://customer-metrics-api.neo4j.io"_s;

} // namespace

QString connectionUrl(const InstanceRecord &instance)
{
    return u"neo4j+s://%1.databases.neo4j.io"_s.arg(instance.id);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString Dialect::tenantMetricsUrl(const QString &tenantId) const
{
    return u"%1/api/v1/%2/metrics"_s.arg(m_metricsBase.isEmpty() ? LiveMetricsBase : m_metricsBase, tenantId);
}

QString Dialect::instanceMetricsUrl(const InstanceRecord &instance) const
{
    return u"%1/api/v1/%2/%3/metrics"_s.arg(
        m_metricsBase.isEmpty() ? LiveMetricsBase : m_metricsBase, instance.tenantId, instance.id);
}

QJsonObject Dialect::errorList(const ApiFailure &failure, const QString &reason)
{
    QJsonObject e {{"message"_L1, failure.message}, {"reason"_L1, reason}};
    if (!failure.field.isEmpty())
        e.insert("field"_L1, failure.field);
    return QJsonObject {{"errors"_L1, QJsonArray {e}}};
}

std::unique_ptr<Dialect> Dialect::create(const QString &name)
{
    if (name == u"aura-v1")
        return std::make_unique<AuraV1Dialect>();
    if (name == u"seed")
        return std::make_unique<SeedDialect>();
    return nullptr;
}

QStringList Dialect::names()
{
    return {u"aura-v1"_s, u"seed"_s};
}

} // namespace AuraSandbox
