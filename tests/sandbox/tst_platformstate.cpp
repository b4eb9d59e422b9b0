#include "platformfixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace AuraSandbox;
using namespace PlatformFixture;

Q_DECLARE_METATYPE(AuraSandbox::KeyRequest)

// Customer-managed keys without HTTP: validation per cloud provider, the status that follows from the clock, and the
// rules that tie a key to the instances encrypted with it. The sessions are in tst_platformsessions.
class TestPlatformState : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Platform> m;

    PlatformState &platform() { return *m->platform; }

private Q_SLOTS:
    void init() { m = std::make_unique<Platform>(); }

    void keyIsPendingThenReady_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("real time") << 1.0;
        QTest::newRow("a hundred times faster") << 0.01;
    }
    void keyIsPendingThenReady()
    {
        QFETCH(double, scale);
        m = std::make_unique<Platform>(scale);
        QSignalSpy changed(&platform(), &PlatformState::changed);
        const EncryptionKeyRecord k = value(platform().createKey(keyRequest()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(QRegularExpression(u"\\A[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\z"_s)
                    .match(k.id)
                    .hasMatch());
        QCOMPARE(k.name, u"Production Key"_s);
        QCOMPARE(k.tenantId, TenantId);
        QCOMPARE(k.keyId, AwsKey);
        QCOMPARE(k.createdMs, m->now);
        QCOMPARE(keyStatus(k, m->now), KeyStatus::Pending);
        const qint64 pending = qRound64(PlatformState::KeyPendingSeconds * 1000 * scale);
        m->laterMs(pending - 1);
        QCOMPARE(keyStatus(value(platform().key(k.id)), m->now), KeyStatus::Pending);
        m->laterMs(1);
        QCOMPARE(keyStatus(value(platform().key(k.id)), m->now), KeyStatus::Ready);
        QCOMPARE(keyStatusName(KeyStatus::Ready), u"ready"_s);
        QCOMPARE(keyStatusName(KeyStatus::Pending), u"pending"_s);
    }

    void keyIdShapeIsCheckedPerProvider_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("aws key ARN") << u"aws"_s << AwsKey << true;
        QTest::newRow("aws multi-region key")
            << u"aws"_s << u"arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab"_s << true;
        QTest::newRow("aws 9-digit account") << u"aws"_s << u"arn:aws:kms:us-east-1:123456789:key/abc"_s << false;
        QTest::newRow("aws alias") << u"aws"_s << u"arn:aws:kms:us-east-1:123456789012:alias/aura"_s << false;
        QTest::newRow("aws other service") << u"aws"_s << u"arn:aws:s3:us-east-1:123456789012:key/abc"_s << false;
        QTest::newRow("aws other region") << u"aws"_s << u"arn:aws:kms:eu-west-1:123456789012:key/abc"_s << false;
        QTest::newRow("aws trailing newline") << u"aws"_s << AwsKey + u"\n"_s << false;
        QTest::newRow("aws key of azure") << u"aws"_s << u"https://v123.vault.azure.net/keys/k"_s << false;
        QTest::newRow("azure with version")
            << u"azure"_s << u"https://acme-vault.vault.azure.net/keys/aura-key/0123456789abcdef"_s << true;
        QTest::newRow("azure without version") << u"azure"_s << u"https://acme-vault.vault.azure.net/keys/k1"_s << true;
        QTest::newRow("azure over http") << u"azure"_s << u"http://acme-vault.vault.azure.net/keys/k1"_s << false;
        QTest::newRow("azure other host") << u"azure"_s << u"https://acme-vault.evil.net/keys/k1"_s << false;
        QTest::newRow("azure secret, not key")
            << u"azure"_s << u"https://acme-vault.vault.azure.net/secrets/k1"_s << false;
        QTest::newRow("azure vault name too short") << u"azure"_s << u"https://ab.vault.azure.net/keys/k1"_s << false;
        QTest::newRow("gcp key") << u"gcp"_s
                                 << u"projects/acme-prod/locations/europe-west1/keyRings/aura/cryptoKeys/main"_s
                                 << true;
        QTest::newRow("gcp key version") << u"gcp"_s
                                         << u"projects/acme-prod/locations/europe-west1/keyRings/aura/cryptoKeys/main/"
                                            u"cryptoKeyVersions/1"_s
                                         << false;
        QTest::newRow("gcp no key ring") << u"gcp"_s << u"projects/acme-prod/locations/europe-west1/cryptoKeys/m"_s
                                         << false;
        QTest::newRow("gcp upper-case project")
            << u"gcp"_s << u"projects/ACME/locations/europe-west1/keyRings/aura/cryptoKeys/main"_s << false;
        QTest::newRow("gcp key of aws") << u"gcp"_s << AwsKey << false;
        QTest::newRow("very long") << u"gcp"_s << QString(600, u'a') << false;
    }
    void keyIdShapeIsCheckedPerProvider()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, keyId);
        QFETCH(bool, valid);
        KeyRequest r = keyRequest(cloud);
        r.keyId = keyId;
        const Outcome<EncryptionKeyRecord> result = platform().createKey(r);
        QCOMPARE(std::holds_alternative<EncryptionKeyRecord>(result), valid);
        if (!valid) {
            const ApiFailure f = failure(result);
            QCOMPARE(f.httpStatus, 400);
            QCOMPARE(f.field, u"key_id"_s);
            QCOMPARE(f.reason, u"invalid-key-id"_s);
            if (keyId.size() < 512 && !keyId.contains(u"eu-west-1"_s)) // the message shows the expected shape
                QVERIFY2(f.message.contains(u'<'), qPrintable(f.message));
        }
    }

    void keyCreationRefusesBadFields_data()
    {
        QTest::addColumn<KeyRequest>("request");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const KeyRequest good = keyRequest();
        const auto with = [&](auto change) {
            KeyRequest r = good;
            change(r);
            return r;
        };
        QTest::newRow("no key_id") << with([](KeyRequest &r) { r.keyId.clear(); }) << u"key_id"_s << u"missing-field"_s;
        QTest::newRow("no region") << with([](KeyRequest &r) { r.region.clear(); }) << u"region"_s
                                   << u"missing-field"_s;
        QTest::newRow("no name") << with([](KeyRequest &r) { r.name.clear(); }) << u"name"_s << u"missing-field"_s;
        QTest::newRow("no type") << with([](KeyRequest &r) { r.instanceType.clear(); }) << u"instance_type"_s
                                 << u"missing-field"_s;
        QTest::newRow("no tenant") << with([](KeyRequest &r) { r.tenantId.clear(); }) << u"tenant_id"_s
                                   << u"missing-field"_s;
        QTest::newRow("no cloud") << with([](KeyRequest &r) { r.cloudProvider.clear(); }) << u"cloud_provider"_s
                                  << u"missing-field"_s;
        QTest::newRow("31 characters") << with([](KeyRequest &r) { r.name = QString(31, u'k'); }) << u"name"_s
                                       << u"invalid-field"_s;
        QTest::newRow("leading space") << with([](KeyRequest &r) { r.name = u" key"_s; }) << u"name"_s
                                       << u"invalid-field"_s;
        QTest::newRow("trailing tab") << with([](KeyRequest &r) { r.name = u"key\t"_s; }) << u"name"_s
                                      << u"invalid-field"_s;
        QTest::newRow("unknown cloud") << with([](KeyRequest &r) { r.cloudProvider = u"ibm"_s; }) << u"cloud_provider"_s
                                       << u"invalid-field"_s;
        QTest::newRow("professional type") << with([](KeyRequest &r) { r.instanceType = u"professional-db"_s; })
                                           << u"instance_type"_s << u"invalid-field"_s;
        QTest::newRow("unknown tenant") << with([](KeyRequest &r) { r.tenantId = u"nope"_s; }) << u"tenant_id"_s
                                        << u"tenant-not-found"_s;
        QTest::newRow("region not offered") << with([](KeyRequest &r) {
            r.region = u"eu-west-1"_s;
            r.keyId = u"arn:aws:kms:eu-west-1:123456789012:key/abc"_s;
        }) << u"region"_s << u"invalid-configuration"_s;
        QTest::newRow("type not offered there") << with([](KeyRequest &r) { r.instanceType = u"enterprise-ds"_s; })
                                                << u"region"_s << u"invalid-configuration"_s;
    }
    void keyCreationRefusesBadFields()
    {
        QFETCH(KeyRequest, request);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        QSignalSpy changed(&platform(), &PlatformState::changed);
        const ApiFailure f = failure(platform().createKey(request));
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.field, field);
        QCOMPARE(f.reason, reason);
        QVERIFY(!f.message.isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(platform().listKeys().isEmpty());
    }

    void keyNameMayHaveThirtyCharactersAndInnerSpaces()
    {
        KeyRequest r = keyRequest();
        r.name = u"Production key 2024 eu-west-1x"_s;
        QCOMPARE(r.name.size(), 30);
        QCOMPARE(value(platform().createKey(r)).name, r.name);
    }

    void keysAreListedByTenantAndFoundById()
    {
        const EncryptionKeyRecord a = value(platform().createKey(keyRequest(u"aws"_s)));
        const EncryptionKeyRecord g = value(platform().createKey(keyRequest(u"gcp"_s)));
        QCOMPARE(platform().listKeys().size(), 2);
        QCOMPARE(platform().listKeys(TenantId).size(), 2);
        QCOMPARE(platform().listKeys(TenantId).first().id, a.id); // oldest first
        QVERIFY(platform().listKeys(OtherTenantId).isEmpty());
        QVERIFY(platform().listKeys(u"unknown"_s).isEmpty());
        QCOMPARE(value(platform().key(g.id)).keyId, g.keyId);
        const ApiFailure f = failure(platform().key(u"f15cc45b-0000"_s));
        QCOMPARE(f.httpStatus, 404);
        QCOMPARE(f.reason, u"encryption-key-not-found"_s);
        QCOMPARE(f.message, u"Encryption Key not found: f15cc45b-0000"_s);
    }

    void keyCannotBeDeletedWhileAnInstanceUsesIt()
    {
        const EncryptionKeyRecord k = value(platform().createKey(keyRequest()));
        m->sandbox->reset(data(k.id));
        QSignalSpy changed(&platform(), &PlatformState::changed);
        const ApiFailure f = failure(platform().deleteKey(k.id));
        QCOMPARE(f.httpStatus, 400);
        QCOMPARE(f.reason, u"encryption-key-is-active"_s);
        QCOMPARE(f.message, u"Can not delete encryption key %1. The key is linked to an active instance."_s.arg(k.id));
        QCOMPARE(value(platform().key(k.id)).id, k.id); // still there
        QCOMPARE(changed.count(), 0);

        SandboxData destroyed = data(k.id);
        destroyed.instances.first().status = InstanceStatus::Destroyed; // no longer active
        m->sandbox->reset(destroyed);
        QCOMPARE(value(platform().deleteKey(k.id)).id, k.id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(failure(platform().key(k.id)).httpStatus, 404);
        QCOMPARE(failure(platform().deleteKey(k.id)).httpStatus, 404);
    }

    void keyIsDeletedOnceNoInstanceUsesIt()
    {
        const EncryptionKeyRecord k = value(platform().createKey(keyRequest()));
        m->sandbox->reset(data(k.id));
        QCOMPARE(failure(platform().deleteKey(k.id)).httpStatus, 400);
        m->sandbox->reset(data());
        QCOMPARE(value(platform().deleteKey(k.id)).id, k.id);
        QVERIFY(platform().listKeys().isEmpty());
    }

    void keyUsabilityForNewInstances()
    {
        const QString field = u"customer_managed_key_id"_s;
        const auto check
            = [&](const QString &id, const QString &tenant, const QString &cloud, const QString &region,
                  const QString &type) { return platform().checkKeyUsable(id, tenant, cloud, region, type); };
        std::optional<ApiFailure> f = check(u"nope"_s, TenantId, u"aws"_s, u"us-east-1"_s, u"enterprise-db"_s);
        QVERIFY(f);
        QCOMPARE(f->httpStatus, 400);
        QCOMPARE(f->field, field);

        const QString id = value(platform().createKey(keyRequest())).id;
        f = check(id, TenantId, u"aws"_s, u"us-east-1"_s, u"enterprise-db"_s);
        QVERIFY(f);
        QCOMPARE(f->reason, u"encryption-key-not-ready"_s);
        QCOMPARE(f->field, field);

        m->later(PlatformState::KeyPendingSeconds);
        QVERIFY(!check(id, TenantId, u"aws"_s, u"us-east-1"_s, u"enterprise-db"_s));
        for (const auto &[tenant, cloud, region, type] : {
                 std::tuple {OtherTenantId, u"aws"_s, u"us-east-1"_s, u"enterprise-db"_s},
                 std::tuple {TenantId, u"gcp"_s, u"us-east-1"_s, u"enterprise-db"_s},
                 std::tuple {TenantId, u"aws"_s, u"us-west-2"_s, u"enterprise-db"_s},
                 std::tuple {TenantId, u"aws"_s, u"us-east-1"_s, u"enterprise-ds"_s},
             }) {
            f = check(id, tenant, cloud, region, type);
            QVERIFY2(f, qPrintable(tenant + cloud + region + type));
            QCOMPARE(f->httpStatus, 400);
            QCOMPARE(f->field, field);
            QVERIFY(!f->message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformState)
#include "tst_platformstate.moc"
