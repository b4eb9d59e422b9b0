#pragma once

#include "offers.h"
#include "records.h"

#include <QJsonObject>
#include <QStringList>

namespace AuraSandbox {

// Everything in which the dialects of the Aura API differ: the shape of bodies, the status codes of the actions
// and what a request must contain. The state and the routing are shared; a new dialect (the live service's
// "aura-v1") overrides these and nothing else.
class Dialect
{
public:
    enum class Action { Pause, Resume, Overwrite, Delete, Restore, Create, TakeSnapshot };
    enum class SpecKind { Create, Restore };

    virtual ~Dialect() = default;
    virtual QString name() const = 0;

    virtual QJsonObject instance(const InstanceRecord &instance) const = 0;
    virtual QJsonObject instanceListItem(const InstanceRecord &instance) const = 0;
    virtual QJsonObject created(const InstanceRecord &instance, const QString &password) const = 0;
    virtual QJsonObject snapshot(const SnapshotRecord &snapshot) const = 0;
    virtual QJsonObject tenant(const TenantRecord &tenant) const = 0;
    virtual QJsonObject error(const ApiFailure &failure) const = 0;

    virtual int successStatus(Action action) const = 0;
    // Whether a successful DELETE carries the instance in its body.
    virtual bool deleteAnswersWithInstance() const = 0;

    // Reads the body of a create or restore request; every refusal names the field.
    virtual Outcome<InstanceSpec> instanceSpec(const QJsonObject &body, SpecKind kind) const = 0;
};

// The contract in spec/openapi.yml.
class SeedDialect final : public Dialect
{
public:
    QString name() const override;
    QJsonObject instance(const InstanceRecord &instance) const override;
    QJsonObject instanceListItem(const InstanceRecord &instance) const override;
    QJsonObject created(const InstanceRecord &instance, const QString &password) const override;
    QJsonObject snapshot(const SnapshotRecord &snapshot) const override;
    QJsonObject tenant(const TenantRecord &tenant) const override;
    QJsonObject error(const ApiFailure &failure) const override;
    int successStatus(Action action) const override;
    bool deleteAnswersWithInstance() const override { return false; }
    Outcome<InstanceSpec> instanceSpec(const QJsonObject &body, SpecKind kind) const override;

    static QStringList instanceTypes();
    static QStringList restoreTypes();
    static QStringList cloudProviders();
};

QString connectionUrl(const InstanceRecord &instance);

} // namespace AuraSandbox
