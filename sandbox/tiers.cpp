#include "sandbox/tiers.h"

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

const Tier &tierOf(const QString &type)
{
    // Free: no snapshots, no manual pause, no overwrite. Professional: daily snapshots kept a week. Business
    // Critical and Virtual Dedicated Cloud (enterprise): hourly ones as well, secondaries, longer retention.
    static const Tier free {0, 0, 0, false, false, false, false, false};
    static const Tier professionalDb {7, 0, 0, true, true, true, true, true};
    static const Tier professionalDs {7, 0, 0, false, false, true, true, true};
    static const Tier businessCritical {30, 7, 15, true, false, true, true, true};
    static const Tier enterpriseDb {60, 14, 15, true, false, true, true, true};
    static const Tier enterpriseDs {14, 0, 0, false, false, true, true, true};
    if (type == u"free-db")
        return free;
    if (type == u"professional-ds")
        return professionalDs;
    if (type == u"business-critical")
        return businessCritical;
    if (type == u"enterprise-db")
        return enterpriseDb;
    if (type == u"enterprise-ds")
        return enterpriseDs;
    return professionalDb;
}

} // namespace AuraSandbox
