#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/createinstancedialog.h"
#include "ui/dialogs/namefield.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Form
{
    explicit Form(CreateInstanceDialog &d)
        : tenant(d.findChild<QComboBox *>(u"tenantCombo"_s))
        , name(d.findChild<QLineEdit *>(u"nameEdit"_s))
        , nameMessage(d.findChild<QLabel *>(u"nameMessage"_s))
        , type(d.findChild<QComboBox *>(u"typeCombo"_s))
        , cloud(d.findChild<QComboBox *>(u"cloudCombo"_s))
        , region(d.findChild<QComboBox *>(u"regionCombo"_s))
        , memory(d.findChild<QComboBox *>(u"memoryCombo"_s))
        , version(d.findChild<QComboBox *>(u"versionCombo"_s))
        , storage(d.findChild<QLabel *>(u"storageLabel"_s))
        , create(d.findChild<QPushButton *>(u"acceptButton"_s))
        , cancel(d.findChild<QPushButton *>(u"cancelButton"_s))
        , message(d.findChild<QLabel *>(u"messageLabel"_s))
    { }
    bool complete() const
    {
        return tenant && name && nameMessage && type && cloud && region && memory && version && storage && create
            && cancel && message;
    }

    QComboBox *tenant;
    QLineEdit *name;
    QLabel *nameMessage;
    QComboBox *type;
    QComboBox *cloud;
    QComboBox *region;
    QComboBox *memory;
    QComboBox *version;
    QLabel *storage;
    QPushButton *create;
    QPushButton *cancel;
    QLabel *message;
};

bool rowExists(const QList<InstanceConfiguration> &rows, const CreateInstanceRequest &r)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const InstanceConfiguration &c) {
        return c.type == r.type && c.cloudProvider == r.cloudProvider && c.region == r.region && c.memory == r.memory
            && c.version == r.version && c.storage == r.storage;
    });
}

} // namespace

class TestCreateInstanceDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlHasNames()
    {
        CreateInstanceDialog d({productionTenant()});
        Form f(d);
        QVERIFY(f.complete());
        const QList<QWidget *> controls {
            f.tenant, f.name, f.type, f.cloud, f.region, f.memory, f.version, f.create, f.cancel};
        for (QWidget *w : controls)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    void typingAValidNameEnablesCreate()
    {
        CreateInstanceDialog d({productionTenant(), stagingTenant()}, stagingTenant().id);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QCOMPARE(f.tenant->currentData().toString(), stagingTenant().id);
        QVERIFY(!f.create->isEnabled()); // no name yet

        QTest::keyClicks(f.name, u"orders-staging"_s);
        QVERIFY(f.create->isEnabled());
        QVERIFY(!f.nameMessage->isVisible());

        QSignalSpy submitted(&d, &CreateInstanceDialog::submitted);
        QTest::mouseClick(f.create, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(d.isVisible()); // stays open until the controller has the server's answer

        const std::optional<CreateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->tenantId, stagingTenant().id);
        QCOMPARE(r->name, u"orders-staging"_s);
        QCOMPARE(r->type, u"professional-db"_s);
        QCOMPARE(r->cloudProvider, u"gcp"_s);
        QCOMPARE(r->region, u"us-central1"_s);
        QCOMPARE(r->memory, u"2GB"_s);
        QCOMPARE(r->version, u"5"_s);
        QCOMPARE(r->storage, u"4GB"_s);
    }

    void invalidNamesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("too long") << u"orders-production-europe-west-1"_s; // 31
        QTest::newRow("leading space") << u" orders"_s;
        QTest::newRow("trailing space") << u"orders "_s;
    }
    void invalidNamesAreRefusedWithAMessage()
    {
        QFETCH(QString, typed);
        CreateInstanceDialog d({productionTenant()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QTest::keyClicks(f.name, typed);
        QCOMPARE(f.name->text(), typed);
        QVERIFY(f.nameMessage->isVisible());
        QVERIFY(!f.nameMessage->text().isEmpty());
        QVERIFY(!f.create->isEnabled());
        QVERIFY(!d.request());
        QSignalSpy submitted(&d, &CreateInstanceDialog::submitted);
        QTest::keyClick(f.name, Qt::Key_Return);
        QCOMPARE(submitted.size(), 0);

        // Fixing the name is enough.
        f.name->clear();
        QTest::keyClicks(f.name, u"orders"_s);
        QVERIFY(!f.nameMessage->isVisible());
        QVERIFY(f.create->isEnabled());
    }

    void choicesNarrowEachOther()
    {
        CreateInstanceDialog d({productionTenant()});
        Form f(d);
        QCOMPARE(valuesOf(f.type), (QStringList {u"enterprise-db"_s, u"professional-db"_s}));

        QVERIFY(select(f.type, u"professional-db"_s));
        QCOMPARE(valuesOf(f.cloud), QStringList {u"azure"_s});
        QCOMPARE(valuesOf(f.region), QStringList {u"westeurope"_s});
        QCOMPARE(valuesOf(f.memory), (QStringList {u"1GB"_s, u"4GB"_s}));

        QVERIFY(select(f.type, u"enterprise-db"_s));
        QCOMPARE(valuesOf(f.cloud), (QStringList {u"gcp"_s, u"aws"_s}));
        QVERIFY(select(f.cloud, u"aws"_s));
        QCOMPARE(valuesOf(f.region), (QStringList {u"us-east-1"_s, u"eu-west-1"_s}));
        QVERIFY(select(f.region, u"eu-west-1"_s));
        QCOMPARE(valuesOf(f.memory), QStringList {u"8GB"_s});
        QCOMPARE(f.storage->text(), u"16GB"_s);

        QVERIFY(select(f.cloud, u"gcp"_s));
        QCOMPARE(valuesOf(f.memory), (QStringList {u"2GB"_s, u"8GB"_s, u"16GB"_s, u"128GB"_s})); // numeric order
        QVERIFY(select(f.memory, u"8GB"_s));
        QCOMPARE(valuesOf(f.version), (QStringList {u"5"_s, u"4"_s}));
        QVERIFY(select(f.memory, u"16GB"_s));
        QCOMPARE(valuesOf(f.version), QStringList {u"5"_s});
        QCOMPARE(f.storage->text(), u"32GB"_s);
    }

    void aSelectionSurvivesWhereStillAllowed()
    {
        CreateInstanceDialog d({productionTenant()});
        Form f(d);
        QVERIFY(select(f.memory, u"128GB"_s));
        QVERIFY(select(f.version, u"5"_s));
        // Another cloud does not offer 128GB: the smallest allowed size takes its place...
        QVERIFY(select(f.cloud, u"aws"_s));
        QCOMPARE(f.memory->currentData().toString(), u"4GB"_s);
        // ...and coming back restores what the user picked.
        QVERIFY(select(f.cloud, u"gcp"_s));
        QCOMPARE(f.memory->currentData().toString(), u"128GB"_s);
    }

    // Walks every value every combo offers: whatever the user picks, the request is a row the tenant allows.
    void onlyAllowedCombinationsCanBeRequested()
    {
        const Tenant tenant = productionTenant();
        CreateInstanceDialog d({tenant});
        Form f(d);
        QTest::keyClicks(f.name, u"walk"_s);
        int requests = 0;
        for (const QString &type : valuesOf(f.type)) {
            QVERIFY(select(f.type, type));
            for (const QString &cloud : valuesOf(f.cloud)) {
                QVERIFY(select(f.cloud, cloud));
                for (const QString &region : valuesOf(f.region)) {
                    QVERIFY(select(f.region, region));
                    for (const QString &memory : valuesOf(f.memory)) {
                        QVERIFY(select(f.memory, memory));
                        for (const QString &version : valuesOf(f.version)) {
                            QVERIFY(select(f.version, version));
                            const std::optional<CreateInstanceRequest> r = d.request();
                            QVERIFY(r);
                            const QString combination
                                = QStringList {r->type, r->cloudProvider, r->region, r->memory, r->version}.join(u' ');
                            QVERIFY2(rowExists(tenant.configurations, *r), qPrintable(combination));
                            ++requests;
                        }
                    }
                }
            }
        }
        QCOMPARE(requests, tenant.configurations.size()); // and every allowed row is reachable
    }

    void switchingProjectOffersItsOwnConfigurations()
    {
        CreateInstanceDialog d({productionTenant(), stagingTenant()});
        Form f(d);
        QVERIFY(select(f.tenant, stagingTenant().id));
        QCOMPARE(valuesOf(f.type), QStringList {u"professional-db"_s});
        QCOMPARE(valuesOf(f.region), QStringList {u"us-central1"_s});
    }

    void aProjectWithoutConfigurationsSaysSo()
    {
        Tenant empty = stagingTenant();
        empty.configurations.clear();
        CreateInstanceDialog d({empty});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QTest::keyClicks(f.name, u"orders"_s);
        QVERIFY(showsText(f.message));
        QVERIFY(!f.create->isEnabled());
        QVERIFY(!f.type->isEnabled());
    }

    void serverErrorLandsOnItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("control");
        QTest::newRow("name") << u"name"_s << u"nameEdit"_s;
        QTest::newRow("memory") << u"memory"_s << u"memoryCombo"_s;
        QTest::newRow("region") << u"region"_s << u"regionCombo"_s;
        QTest::newRow("cloud_provider") << u"cloud_provider"_s << u"cloudCombo"_s;
        QTest::newRow("tenant_id") << u"tenant_id"_s << u"tenantCombo"_s;
        QTest::newRow("prefixed path") << u"body.version"_s << u"versionCombo"_s;
    }
    void serverErrorLandsOnItsField()
    {
        QFETCH(QString, field);
        QFETCH(QString, control);
        CreateInstanceDialog d({productionTenant()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QTest::keyClicks(f.name, u"orders"_s);
        QTest::mouseClick(f.create, Qt::LeftButton);
        d.setBusy(true);
        d.setBusy(false);
        const QString text = u"Refused by the server"_s;
        d.showServerError(field, text);

        const QString labelName = control == "nameEdit"_L1 ? u"nameMessage"_s : control + "Error"_L1;
        auto *label = d.findChild<QLabel *>(labelName);
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), text);
        QVERIFY(!f.message->isVisible());
        QCOMPARE(d.focusWidget(), d.findChild<QWidget *>(control));
    }

    void serverErrorWithoutKnownFieldGoesToTheMessageArea()
    {
        CreateInstanceDialog d({productionTenant()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        d.showServerError(u"vector_optimized"_s, u"Not available"_s);
        QVERIFY(showsText(f.message));
        QCOMPARE(f.message->text(), u"Not available"_s);
        d.showServerError(QString(), u"Instance limit reached"_s);
        QCOMPARE(f.message->text(), u"Instance limit reached"_s);
    }

    void editingAFieldClearsItsServerError()
    {
        CreateInstanceDialog d({productionTenant()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        d.showServerError(u"memory"_s, u"Too big"_s);
        auto *label = d.findChild<QLabel *>(u"memoryComboError"_s);
        QVERIFY(label->isVisible());
        QVERIFY(select(f.memory, u"16GB"_s));
        QVERIFY(!label->isVisible());
    }

    void busyKeepsCancelUsable()
    {
        CreateInstanceDialog d({productionTenant()});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QTest::keyClicks(f.name, u"orders"_s);
        d.showServerError(QString(), u"Earlier failure"_s);

        d.setBusy(true);
        auto *progress = d.findChild<QProgressBar *>(u"busyIndicator"_s);
        QVERIFY(progress && progress->isVisible());
        QVERIFY(!f.create->isEnabled());
        QVERIFY(!f.name->isEnabled());
        QVERIFY(!f.memory->isEnabled());
        QVERIFY(f.cancel->isEnabled());
        QVERIFY(!f.message->isVisible()); // a new attempt starts without the old error
        QSignalSpy submitted(&d, &CreateInstanceDialog::submitted);
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(submitted.size(), 0);

        d.setBusy(false);
        QVERIFY(!progress->isVisible());
        QVERIFY(f.create->isEnabled());
        QVERIFY(f.name->isEnabled());

        d.setBusy(true);
        QSignalSpy rejected(&d, &QDialog::rejected);
        QTest::mouseClick(f.cancel, Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!d.isVisible());
    }

    void liveSettingsAreOfferedWhereTheTypeHasThem()
    {
        Tenant staging = stagingTenant(); // professional-db, 2GB
        staging.configurations << configuration(
            u"professional-db"_s, u"gcp"_s, u"us-central1"_s, u"Iowa (us-central1)"_s, u"8GB"_s, u"16GB"_s);
        staging.configurations << configuration(
            u"professional-db"_s, u"gcp"_s, u"us-central1"_s, u"Iowa (us-central1)"_s, u"8GB"_s, u"32GB"_s);
        CreateInstanceDialog d({staging, productionTenant()}, staging.id, {staging.id});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QTest::keyClicks(f.name, u"search"_s);
        auto *vector = d.findChild<QCheckBox *>(u"vectorOptimizedCheck"_s);
        auto *plugin = d.findChild<QCheckBox *>(u"graphAnalyticsPluginCheck"_s);
        QVERIFY(vector && plugin);
        QVERIFY(plugin->isVisible()); // Professional has the plugin
        QVERIFY(vector->isVisible() && !vector->isEnabled()); // but 2GB is too little for vectors
        QVERIFY(!d.findChild<QSpinBox *>(u"secondariesSpin"_s)->isVisible()); // changed later, not at create

        QVERIFY(select(f.memory, u"8GB"_s));
        QVERIFY(vector->isEnabled());
        auto *storage = d.findChild<QComboBox *>(u"storageCombo"_s);
        QVERIFY(storage->isVisible() && !f.storage->isVisible()); // two sizes go with 8GB: a choice
        QCOMPARE(valuesOf(storage), (QStringList {u"16GB"_s, u"32GB"_s}));
        QVERIFY(select(storage, u"32GB"_s));
        vector->setChecked(true);
        plugin->setChecked(true);
        std::optional<CreateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->storage, u"32GB"_s);
        QCOMPARE(r->vectorOptimized, std::optional<bool>(true));
        QCOMPARE(r->graphAnalyticsPlugin, std::optional<bool>(true));

        // A project whose service has no such settings: none shown, none sent.
        QVERIFY(select(f.tenant, productionTenant().id));
        QVERIFY(!vector->isVisible() && !plugin->isVisible());
        r = d.request();
        QVERIFY(r);
        QVERIFY(!r->vectorOptimized && !r->graphAnalyticsPlugin);
    }

    void readyKeysOfTheProjectForTheChosenPlaceAreOffered()
    {
        const Tenant production = productionTenant(); // enterprise-db on gcp europe-west1 first
        auto key = [&](const QString &id, const QString &status, const QString &region) {
            return EncryptionKey {id, u"Key "_s + id, production.id, u"gcp"_s, region, u"enterprise-db"_s,
                u"projects/p/locations/"_s + region + u"/keyRings/r/cryptoKeys/"_s + id, {}, status};
        };
        CreateInstanceDialog d({production}, production.id, {production.id});
        d.setEncryptionKeys({key(u"k1"_s, u"ready"_s, u"europe-west1"_s), key(u"k2"_s, u"pending"_s, u"europe-west1"_s),
            key(u"k3"_s, u"ready"_s, u"us-east1"_s)});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        Form f(d);
        QTest::keyClicks(f.name, u"secure"_s);
        QVERIFY(select(f.type, u"enterprise-db"_s));
        QVERIFY(select(f.region, u"europe-west1"_s));
        auto *keys = d.findChild<QComboBox *>(u"encryptionKeyCombo"_s);
        QVERIFY(keys && keys->isVisible());
        QVERIFY(!keys->accessibleName().isEmpty());
        QCOMPARE(valuesOf(keys), (QStringList {QString(), u"k1"_s, u"k2"_s})); // Aura's own first; not k3 (elsewhere)
        QCOMPARE(keys->currentIndex(), 0);
        QVERIFY(d.request()->customerManagedKeyId.isEmpty());
        const auto *items = qobject_cast<QStandardItemModel *>(keys->model());
        QVERIFY(!items->item(2)->isEnabled()); // pending: listed, not choosable
        QVERIFY(select(keys, u"k1"_s));
        QCOMPARE(d.request()->customerManagedKeyId, u"k1"_s);

        // Another type: no keys are made for it, the row goes and nothing is sent.
        QVERIFY(select(f.type, u"professional-db"_s));
        QVERIFY(!keys->isVisible());
        QVERIFY(d.request()->customerManagedKeyId.isEmpty());
    }

    void projectsAreListedByNameWithTheirIdOnlyWhereNeeded()
    {
        Tenant twin = stagingTenant();
        twin.id = u"b2c3d4e5-0000-4000-8000-000000000003"_s; // another project called Staging
        Tenant nameless = stagingTenant();
        nameless.id = u"c3d4e5f6-0000-4000-8000-000000000004"_s;
        nameless.name.clear();
        CreateInstanceDialog d({productionTenant(), stagingTenant(), twin, nameless});
        auto *tenants = d.findChild<QComboBox *>(u"tenantCombo"_s);
        QCOMPARE(tenants->itemText(0), u"Production"_s); // no UUID in front of the user
        QCOMPARE(tenants->itemText(1), u"Staging (a1b2c3d4)"_s); // two of one name: told apart
        QCOMPARE(tenants->itemText(2), u"Staging (b2c3d4e5)"_s);
        QCOMPARE(tenants->itemText(3), nameless.id);
        QVERIFY(tenants->itemData(0, Qt::ToolTipRole).toString().contains(productionTenant().id));
    }

    void keysThatCouldNotBeReadAreSaidSo()
    {
        const Tenant production = productionTenant();
        CreateInstanceDialog d({production}, production.id, {production.id});
        d.setEncryptionKeys({}, u"Too many requests."_s);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(select(d.findChild<QComboBox *>(u"typeCombo"_s), u"enterprise-db"_s));
        auto *note = d.findChild<QLabel *>(u"encryptionKeyNote"_s);
        QVERIFY(showsText(note));
        QVERIFY(note->text().contains(u"Too many requests."_s));
    }
};

QTEST_MAIN(TestCreateInstanceDialog)
#include "tst_createinstancedialog.moc"
