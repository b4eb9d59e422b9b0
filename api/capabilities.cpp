#include "api/capabilities.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

QString dialectName(ApiDialect dialect)
{
    return dialect == ApiDialect::Seed ? u"seed"_s : u"aura-v1"_s;
}

std::optional<ApiDialect> dialectFromName(const QString &name)
{
    if (name == u"aura-v1")
        return ApiDialect::AuraV1;
    if (name == u"seed")
        return ApiDialect::Seed;
    return std::nullopt;
}

Capabilities Capabilities::of(ApiDialect dialect)
{
    if (dialect == ApiDialect::AuraV1)
        return Capabilities {};
    Capabilities seed;
    seed.dialect = ApiDialect::Seed;
    seed.restoreInPlace = false;
    seed.cloneFromSnapshot = false;
    seed.listsSummaries = false;
    seed.configurationsInTenantDetail = false;
    seed.snapshotsByDay = false;
    seed.changeAnswersEmpty = false;
    seed.overwriteSnapshotOptional = false;
    seed.liveSettings = false;
    seed.metrics = false;
    return seed;
}

} // namespace Aura
