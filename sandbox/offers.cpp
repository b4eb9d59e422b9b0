#include "sandbox/offers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace AuraSandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuraSandbox::Offers", text);
}

ApiFailure refused(const QString &field, const QString &message)
{
    return ApiFailure {400, message, u"invalid-configuration"_s, field};
}

} // namespace

QString storageFor(const RegionOffer &offer, const QString &memory)
{
    const qsizetype index = offer.memory.indexOf(memory);
    if (index < 0)
        return {};
    return index < offer.storage.size() ? offer.storage.at(index) : QString();
}

QStringList storageChoices(const RegionOffer &offer, const QString &memory)
{
    const QString base = storageFor(offer, memory);
    if (base.isEmpty())
        return {};
    QStringList out {base};
    const int size = gigabytes(base);
    for (int step = 1; step < offer.storageSteps && size > 0; ++step)
        out << u"%1GB"_s.arg(size << step);
    return out;
}

int gigabytes(const QString &size)
{
    if (!size.endsWith(u"GB"_s))
        return 0;
    bool ok = false;
    const int value = QStringView(size).chopped(2).toInt(&ok);
    return ok && value > 0 && value <= 1'000'000 ? value : 0;
}

const RegionOffer *offerFor(
    const TenantRecord &tenant, const QString &type, const QString &cloud, const QString &region)
{
    for (const RegionOffer &offer : tenant.offers) {
        if (offer.type == type && offer.cloudProvider == cloud && offer.region == region)
            return &offer;
    }
    return nullptr;
}

Outcome<OfferMatch> matchOffer(const TenantRecord &tenant, const InstanceSpec &spec)
{
    // Narrow down field by field, so the error names the first field that no offer allows.
    QList<RegionOffer> offers;
    for (const RegionOffer &offer : tenant.offers) {
        if (offer.type == spec.type)
            offers << offer;
    }
    if (offers.isEmpty())
        return refused(u"type"_s, tr("The project %1 cannot create instances of type %2").arg(tenant.id, spec.type));
    offers.removeIf([&](const RegionOffer &o) { return o.cloudProvider != spec.cloudProvider; });
    if (offers.isEmpty()) {
        return refused(u"cloud_provider"_s,
            tr("Instances of type %1 are not available on %2 in this project").arg(spec.type, spec.cloudProvider));
    }
    offers.removeIf([&](const RegionOffer &o) { return o.region != spec.region; });
    if (offers.isEmpty()) {
        return refused(u"region"_s,
            tr("Region %1 is not available for %2 instances on %3").arg(spec.region, spec.type, spec.cloudProvider));
    }
    const RegionOffer &offer = offers.first();
    if (!offer.memory.contains(spec.memory)) {
        return refused(u"memory"_s,
            tr("Memory %1 is not available for %2 in %3; choose one of %4")
                .arg(spec.memory, spec.type, spec.region, offer.memory.join(u", "_s)));
    }
    QString version = spec.version;
    if (version.isEmpty()) {
        version = offer.versions.isEmpty() ? u"5"_s : offer.versions.last();
    } else if (!offer.versions.isEmpty() && !offer.versions.contains(version)) {
        return refused(u"version"_s,
            tr("Neo4j version %1 is not available here; choose one of %2").arg(version, offer.versions.join(u", "_s)));
    }
    QString storage = storageFor(offer, spec.memory);
    if (!spec.storage.isEmpty()) {
        const QStringList choices = storageChoices(offer, spec.memory);
        if (!choices.contains(spec.storage)) {
            return refused(u"storage"_s,
                tr("Storage %1 is not available with %2 of memory here; choose one of %3")
                    .arg(spec.storage, spec.memory, choices.join(u", "_s)));
        }
        storage = spec.storage;
    }
    return OfferMatch {storage, version};
}

} // namespace AuraSandbox
