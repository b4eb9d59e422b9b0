#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/resizedialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

class TestResizeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithTheKeyboardInTheMemoryChoice()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.focusWidget(), d.findChild<QComboBox *>(u"memoryCombo"_s)); // not on Cancel
    }

    void offersTheSizesAllowedForTypeAndRegion()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations));
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
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations));
        auto *current = d.findChild<QLabel *>(u"currentSizeLabel"_s);
        QVERIFY(current);
        QVERIFY(current->text().contains(u"8GB"_s));
        QVERIFY(current->text().contains(u"16GB"_s));
        auto *explanation = d.findChild<QLabel *>(u"explanationLabel"_s);
        QVERIFY(explanation && !explanation->text().isEmpty());
    }

    void choosingAnotherSizeMakesTheRequest()
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations));
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
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations));
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
        ResizeDialog d(i, ConfigurationOptions(productionTenant().configurations));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(showsText(d.findChild<QLabel *>(u"messageLabel"_s)));
        QVERIFY(!d.findChild<QComboBox *>(u"memoryCombo"_s)->isEnabled());
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestResizeDialog)
#include "tst_resizedialog.moc"
