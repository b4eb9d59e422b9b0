#pragma once

#include <QString>
#include <QStringList>

namespace Aura {

// What an instance type offers beyond its size on the live service, as Aura's documentation describes the tiers:
// the dialogs offer a setting only where the type has it, so the service is never asked for what it must refuse.
struct TypeSettings
{
    int maxSecondaries = 0; // read replicas; 0: none
    bool cdc = false; // change data capture (cdc_enrichment_mode)
    bool graphAnalyticsPlugin = false;
    bool vectorOptimization = false; // with at least VectorMinimumGigabytes of memory
    QString upgradesTo; // the type POST /instances/{id}/upgrade makes of it; empty: none

    static TypeSettings of(const QString &type);
};

// Vector optimization needs this much memory.
inline constexpr double VectorMinimumGigabytes = 4;

// The enrichment modes of change data capture, as the service spells them.
QStringList cdcEnrichmentModes();

} // namespace Aura
