#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/upgradedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

namespace {

Instance professional()
{
    Instance i = ordersInstance();
    i.type = u"professional-db"_s;
    i.cloudProvider = u"azure"_s;
    i.region = u"westeurope"_s;
    i.memory = u"4GB"_s;
    i.storage = u"8GB"_s;
    return i;
}

// Production, with Business Critical sizes where the Professional instance runs.
ConfigurationOptions options()
{
    QList<InstanceConfiguration> rows = productionTenant().configurations;
    const QString region = u"Netherlands (westeurope)"_s;
    rows << configuration(u"business-critical"_s, u"azure"_s, u"westeurope"_s, region, u"4GB"_s, u"8GB"_s)
         << configuration(u"business-critical"_s, u"azure"_s, u"westeurope"_s, region, u"8GB"_s, u"16GB"_s)
         << configuration(u"business-critical"_s, u"azure"_s, u"westeurope"_s, region, u"8GB"_s, u"32GB"_s)
         << configuration(u"business-critical"_s, u"gcp"_s, u"europe-west1"_s, u"Belgium"_s, u"64GB"_s, u"128GB"_s);
    return ConfigurationOptions(rows);
}

} // namespace

class TestUpgradeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysWhatChangesAndThatItIsBilledDifferently()
    {
        UpgradeDialog d(professional(), options());
        const QString text = d.findChild<QLabel *>(u"explanationLabel"_s)->text();
        QVERIFY(text.contains(u"business-critical"_s));
        QVERIFY(text.contains(u"billed"_s));
        QCOMPARE(d.targetType(), u"business-critical"_s);
        QCOMPARE(d.findChild<QPushButton *>(u"acceptButton"_s)->text(), u"Upgrade"_s);
    }

    void keepsTheSizeUnlessAskedAndThenSendsBoth()
    {
        UpgradeDialog d(professional(), options());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *resize = d.findChild<QCheckBox *>(u"resizeCheck"_s);
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        auto *storage = d.findChild<QComboBox *>(u"storageCombo"_s);
        auto *accept = d.findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(!memory->isEnabled() && !storage->isEnabled());
        QVERIFY(accept->isEnabled()); // an upgrade without a new size is complete
        QVERIFY(d.request().memory.isEmpty() && d.request().storage.isEmpty());

        resize->setChecked(true);
        QVERIFY(memory->isEnabled() && storage->isEnabled());
        // Only the Business Critical sizes of the instance's cloud and region.
        QCOMPARE(valuesOf(memory), (QStringList {u"4GB"_s, u"8GB"_s}));
        QVERIFY(select(memory, u"8GB"_s));
        QCOMPARE(valuesOf(storage), (QStringList {u"16GB"_s, u"32GB"_s}));
        QVERIFY(select(storage, u"32GB"_s));
        QSignalSpy submitted(&d, &UpgradeDialog::submitted);
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(d.request().memory, u"8GB"_s);
        QCOMPARE(d.request().storage, u"32GB"_s);
    }

    void noBusinessCriticalSizesThereLeavesTheSizeAsItIs()
    {
        Instance i = professional();
        i.region = u"northeurope"_s;
        UpgradeDialog d(i, options());
        QVERIFY(!d.findChild<QCheckBox *>(u"resizeCheck"_s)->isEnabled());
        QVERIFY(d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }

    void aTypeThatCannotBeUpgradedCannotBeSubmitted()
    {
        UpgradeDialog d(ordersInstance(), options()); // enterprise-db
        QVERIFY(d.targetType().isEmpty());
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestUpgradeDialog)
#include "tst_upgradedialog.moc"
