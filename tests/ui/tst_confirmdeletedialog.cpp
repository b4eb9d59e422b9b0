#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/confirmdeletedialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

class TestConfirmDeleteDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyTheExactNameConfirms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("exact") << u"orders-prod"_s << true;
        QTest::newRow("prefix") << u"orders"_s << false;
        QTest::newRow("other case") << u"Orders-Prod"_s << false;
        QTest::newRow("extra space") << u"orders-prod "_s << false;
        QTest::newRow("the id") << u"db1d1a1e"_s << false;
        QTest::newRow("nothing") << QString() << false;
    }
    void onlyTheExactNameConfirms()
    {
        QFETCH(QString, typed);
        QFETCH(bool, confirmed);
        ConfirmDeleteDialog d(ordersInstance());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *edit = d.findChild<QLineEdit *>(u"confirmNameEdit"_s);
        auto *del = d.findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(edit && del);
        QVERIFY(!edit->accessibleName().isEmpty());
        QVERIFY(!del->isEnabled());
        QTest::keyClicks(edit, typed);
        QCOMPARE(del->isEnabled(), confirmed);
        QSignalSpy submitted(&d, &ConfirmDeleteDialog::submitted);
        QTest::mouseClick(del, Qt::LeftButton);
        QCOMPARE(submitted.size(), confirmed ? 1 : 0);
        QCOMPARE(d.instanceId(), confirmed ? std::optional<QString>(u"db1d1a1e"_s) : std::nullopt);
    }

    void anInstanceWithoutNameIsConfirmedWithItsId()
    {
        Instance summary = ordersInstance();
        summary.name.clear();
        ConfirmDeleteDialog d(summary);
        auto *edit = d.findChild<QLineEdit *>(u"confirmNameEdit"_s);
        QTest::keyClicks(edit, summary.id);
        QCOMPARE(d.instanceId(), std::optional<QString>(summary.id));
    }

    void returnDoesNotDeleteBeforeConfirmation()
    {
        ConfirmDeleteDialog d(ordersInstance());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy submitted(&d, &ConfirmDeleteDialog::submitted);
        QTest::keyClick(d.findChild<QLineEdit *>(u"confirmNameEdit"_s), Qt::Key_Return);
        QCOMPARE(submitted.size(), 0);
    }

    void serverErrorIsShown()
    {
        ConfirmDeleteDialog d(ordersInstance());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.showServerError(QString(), u"Another operation is running"_s);
        QVERIFY(showsText(d.findChild<QLabel *>(u"messageLabel"_s)));
    }
};

QTEST_MAIN(TestConfirmDeleteDialog)
#include "tst_confirmdeletedialog.moc"
