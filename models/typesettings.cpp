#include "models/typesettings.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

TypeSettings TypeSettings::of(const QString &type)
{
    // Professional: the Graph Analytics plugin and CDC, upgradable to Business Critical. Business Critical and
    // Virtual Dedicated Cloud (enterprise-db): up to 15 secondaries and CDC. Graph Data Science types and free
    // instances: none of these.
    if (type == u"professional-db")
        return {0, true, true, true, u"business-critical"_s};
    if (type == u"business-critical" || type == u"enterprise-db")
        return {15, true, false, true, {}};
    if (type == u"professional-ds" || type == u"enterprise-ds")
        return {0, false, false, true, {}};
    return {};
}

QStringList cdcEnrichmentModes()
{
    return {u"OFF"_s, u"DIFF"_s, u"FULL"_s};
}

} // namespace Aura
