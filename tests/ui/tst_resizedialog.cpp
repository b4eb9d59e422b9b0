#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/resizedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

namespace {

Capabilities seed()
{
    return Capabilities::of(ApiDialect::Seed);
}

Capabilities live()
{
    return Capabilities::of(ApiDialect::AuraV1);
}

// The production project with a second storage size for 8GB, as the live service lists storage choices.
ConfigurationOptions liveOptions()
{
    QList<InstanceConfiguration> rows = productionTenant().configurations;
    rows << configuration(
        u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium (europe-west1)"_s, u"8GB"_s, u"32GB"_s);
    return ConfigurationOptions(rows);
}

Instance professionalInstance()
{
    Instance i = ordersInstance();
    i.type = u"professional-db"_s;
    i.cloudProvider = u"azure"_s;
    i.region = u"westeurope"_s;
    i.memory = u"4GB"_s;
    i.storage = u"8GB"_s;
    i.vectorOptimized = true;
    i.graphAnalyticsPlugin = false;
    i.cdcEnrichmentMode = u"OFF"_s;
    return i;
}

} // namespace

class TestResizeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithTheKeyboardInTheMemoryChoice()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations), seed());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.focusWidget(), d.findChild<QComboBox *>(u"memoryCombo"_s)); // not on Cancel
    }

    void offersTheSizesAllowedForTypeAndRegion()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations), seed());
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        QVERIFY(memory);
        QVERIFY(!memory->accessibleName().isEmpty());
        // gcp/europe-west1 only; 4GB is an aws size and must not appear. Sorted numerically.
        QCOMPARE(valuesOf(memory), (QStringList {u"2GB"_s, u"8GB"_s, u"16GB"_s, u"128GB"_s}));
        QCOMPARE(memory->currentData().toString(), u"8GB"_s);
        QVERIFY(memory->currentText().contains(u"8GB"_s));
        QVERIFY(memory->currentText() != memory->itemText(memory->findData(u"16GB"_s)));
    }

    void showsCurrentSizeAndExplains()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations), seed());
        auto *current = d.findChild<QLabel *>(u"currentSizeLabel"_s);
        QVERIFY(current);
        QVERIFY(current->text().contains(u"8GB"_s));
        QVERIFY(current->text().contains(u"16GB"_s));
        auto *explanation = d.findChild<QLabel *>(u"explanationLabel"_s);
        QVERIFY(explanation && !explanation->text().isEmpty());
    }

    void choosingAnotherSizeMakesTheRequest()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations), seed());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        auto *resize = d.findChild<QPushButton *>(u"acceptButton"_s);
        auto *storage = d.findChild<QLabel *>(u"newStorageLabel"_s);
        QVERIFY(!resize->isEnabled()); // the current size changes nothing
        QVERIFY(!d.request());

        QVERIFY(select(memory, u"128GB"_s));
        QCOMPARE(storage->text(), u"256GB"_s);
        QVERIFY(resize->isEnabled());
        QSignalSpy submitted(&d, &ResizeDialog::submitted);
        QTest::mouseClick(resize, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const std::optional<UpdateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->memory, std::optional<QString>(u"128GB"_s));
        QVERIFY(!r->name);
        QCOMPARE(d.instanceId(), ordersInstance().id);
    }

    void serverErrorOnMemoryLandsOnTheCombo()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations), seed());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.showServerError(u"memory"_s, u"Not in this region"_s);
        auto *label = d.findChild<QLabel *>(u"memoryComboError"_s);
        QVERIFY(showsText(label));
        QCOMPARE(label->text(), u"Not in this region"_s);
        QVERIFY(!d.findChild<QLabel *>(u"messageLabel"_s)->isVisible());
    }

    void noOtherSizeSaysWhy()
    {
        Instance i = ordersInstance();
        i.cloudProvider = u"aws"_s;
        i.region = u"eu-west-1"_s; // only 8GB there, the current size
        ResizeDialog d(i, ConfigurationOptions(productionTenant().configurations), seed());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(showsText(d.findChild<QLabel *>(u"messageLabel"_s)));
        QVERIFY(!d.findChild<QComboBox *>(u"memoryCombo"_s)->isEnabled());
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }

    void seedDialectOffersTheMemoryOnly()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations), seed());
        QVERIFY(!d.findChild<QComboBox *>(u"storageCombo"_s));
        QVERIFY(!d.findChild<QCheckBox *>(u"vectorOptimizedCheck"_s));
        QVERIFY(!d.findChild<QSpinBox *>(u"secondariesSpin"_s));
    }

    void liveServiceOffersStorageAndTheSettingsOfTheType()
    {
        ResizeDialog d(ordersInstance(), liveOptions(), live());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *storage = d.findChild<QComboBox *>(u"storageCombo"_s);
        QVERIFY(storage && storage->isEnabled());
        QCOMPARE(valuesOf(storage), (QStringList {u"16GB"_s, u"32GB"_s}));
        QCOMPARE(storage->currentData().toString(), u"16GB"_s); // the current one
        // Business Critical and Virtual Dedicated Cloud: secondaries and CDC, no Graph Analytics plugin.
        auto *secondaries = d.findChild<QSpinBox *>(u"secondariesSpin"_s);
        QVERIFY(secondaries && secondaries->isVisible());
        QCOMPARE(secondaries->maximum(), 15);
        QVERIFY(d.findChild<QComboBox *>(u"cdcCombo"_s)->isVisible());
        QVERIFY(!d.findChild<QCheckBox *>(u"graphAnalyticsPluginCheck"_s)->isVisible());
        QVERIFY(d.findChild<QCheckBox *>(u"vectorOptimizedCheck"_s)->isVisible());
        QVERIFY(!d.request()); // nothing differs yet
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }

    void requestHoldsOnlyWhatDiffers()
    {
        ResizeDialog d(ordersInstance(), liveOptions(), live());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(select(d.findChild<QComboBox *>(u"storageCombo"_s), u"32GB"_s));
        d.findChild<QSpinBox *>(u"secondariesSpin"_s)->setValue(2);
        QVERIFY(select(d.findChild<QComboBox *>(u"cdcCombo"_s), u"FULL"_s));
        const std::optional<UpdateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->storage, std::optional<QString>(u"32GB"_s));
        QCOMPARE(r->secondariesCount, std::optional<qint64>(2));
        QCOMPARE(r->cdcEnrichmentMode, std::optional<QString>(u"FULL"_s));
        QVERIFY(!r->memory);
        QVERIFY(!r->vectorOptimized); // unchanged: not sent
        QVERIFY(!r->graphAnalyticsPlugin);
        QVERIFY(!r->name);
        QVERIFY(d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }

    void newMemoryOffersItsStorageSizes()
    {
        ResizeDialog d(ordersInstance(), liveOptions(), live());
        auto *storage = d.findChild<QComboBox *>(u"storageCombo"_s);
        QVERIFY(select(d.findChild<QComboBox *>(u"memoryCombo"_s), u"128GB"_s));
        QCOMPARE(valuesOf(storage), QStringList {u"256GB"_s});
        const std::optional<UpdateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->memory, std::optional<QString>(u"128GB"_s));
        QCOMPARE(r->storage, std::optional<QString>(u"256GB"_s));
    }

    void vectorOptimizationNeedsFourGigabytesAndSaysSo()
    {
        ResizeDialog d(professionalInstance(), ConfigurationOptions(productionTenant().configurations), live());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *vector = d.findChild<QCheckBox *>(u"vectorOptimizedCheck"_s);
        auto *note = d.findChild<QLabel *>(u"vectorOptimizedNote"_s);
        QVERIFY(vector->isChecked() && vector->isEnabled());
        QVERIFY(!note->isVisible());
        // Professional: the Graph Analytics plugin and CDC, no secondaries.
        QVERIFY(d.findChild<QCheckBox *>(u"graphAnalyticsPluginCheck"_s)->isVisible());
        QVERIFY(!d.findChild<QSpinBox *>(u"secondariesSpin"_s)->isVisible());

        QVERIFY(select(d.findChild<QComboBox *>(u"memoryCombo"_s), u"1GB"_s));
        QVERIFY(!vector->isChecked());
        QVERIFY(!vector->isEnabled());
        QVERIFY(showsText(note));
        QVERIFY(note->text().contains(u"4GB"_s));
        const std::optional<UpdateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->memory, std::optional<QString>(u"1GB"_s));
        QCOMPARE(r->vectorOptimized, std::optional<bool>(false)); // turned off, and said so

        QVERIFY(select(d.findChild<QComboBox *>(u"memoryCombo"_s), u"4GB"_s));
        QVERIFY(vector->isEnabled());
        QVERIFY(!note->isVisible());
    }

    void pluginCanBeAdded()
    {
        ResizeDialog d(professionalInstance(), ConfigurationOptions(productionTenant().configurations), live());
        d.findChild<QCheckBox *>(u"graphAnalyticsPluginCheck"_s)->setChecked(true);
        const std::optional<UpdateInstanceRequest> r = d.request();
        QVERIFY(r);
        QCOMPARE(r->graphAnalyticsPlugin, std::optional<bool>(true));
        QVERIFY(!r->memory && !r->storage && !r->vectorOptimized && !r->cdcEnrichmentMode);
    }
};

QTEST_MAIN(TestResizeDialog)
#include "tst_resizedialog.moc"
