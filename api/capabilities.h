#pragma once

#include <QString>

#include <optional>

namespace Aura {

// The dialects of the Aura API: what the live service does (aura-v1, spec/aura-v1-official.yaml) and the seed
// contract (spec/openapi.yml).
enum class ApiDialect { AuraV1, Seed };

QString dialectName(ApiDialect dialect); // "aura-v1", "seed"
std::optional<ApiDialect> dialectFromName(const QString &name);

// What a service's dialect can do. Controllers, dialogs and the synchronizer ask these; nothing guesses from the
// shape of an answer what the server just did (a restore that overwrote in place, a list without statuses).
struct Capabilities
{
    ApiDialect dialect = ApiDialect::AuraV1;
    // POST .../snapshots/{sid}/restore replaces the instance's own data (live); otherwise it makes a new instance.
    bool restoreInPlace = true;
    // POST /instances with source_instance_id (+ source_snapshot_id) makes a new instance from a snapshot.
    bool cloneFromSnapshot = true;
    // GET /instances lists summaries without a status: every status comes from the instance's details.
    bool listsSummaries = true;
    // The tenant list has no instance_configurations: they come from GET /tenants/{id}.
    bool configurationsInTenantDetail = true;
    // GET .../snapshots lists one UTC day at a time.
    bool snapshotsByDay = true;
    // A PATCH beyond a rename is accepted with {} (202): the old settings show until the change lands.
    bool changeAnswersEmpty = true;
    // POST .../overwrite may leave the snapshot out: the service takes a fresh one of the source.
    bool overwriteSnapshotOptional = true;
    // Storage, vector optimization, the Graph Analytics plugin, secondaries, CDC, customer-managed keys, upgrade.
    bool liveSettings = true;
    // GET /tenants/{id}/metrics-integration names a Prometheus endpoint per project (the seed contract has none).
    bool metrics = true;

    static Capabilities of(ApiDialect dialect);

    friend bool operator==(const Capabilities &, const Capabilities &) = default;
};

} // namespace Aura
