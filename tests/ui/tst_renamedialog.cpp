#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "ui/dialogs/renamedialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

class TestRenameDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithTheCurrentNameAndRefusesIt()
    {
        RenameDialog d(ordersInstance());
        auto *name = d.findChild<QLineEdit *>(u"nameEdit"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), ordersInstance().name);
        QVERIFY(!d.findChild<QPushButton *>(u"acceptButton"_s)->isEnabled());
        QVERIFY(!d.request());
    }

    void opensWithTheKeyboardInTheName()
    {
        RenameDialog d(ordersInstance());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.focusWidget(), d.findChild<QLineEdit *>(u"nameEdit"_s)); // not on Cancel
    }

    void typedNamesFollowTheRules_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("new name") << u"orders-archive"_s << true;
        QTest::newRow("30 characters") << QString(30, u'o') << true;
        QTest::newRow("31 characters") << QString(31, u'o') << false;
        QTest::newRow("leading space") << u" orders"_s << false;
        QTest::newRow("trailing space") << u"orders "_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void typedNamesFollowTheRules()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        RenameDialog d(ordersInstance());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *name = d.findChild<QLineEdit *>(u"nameEdit"_s);
        auto *rename = d.findChild<QPushButton *>(u"acceptButton"_s);
        auto *message = d.findChild<QLabel *>(u"nameMessage"_s);
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClicks(name, typed);
        QCOMPARE(rename->isEnabled(), accepted);
        QCOMPARE(showsText(message), !accepted);
        QSignalSpy submitted(&d, &RenameDialog::submitted);
        QTest::mouseClick(rename, Qt::LeftButton);
        QCOMPARE(submitted.size(), accepted ? 1 : 0);
        const std::optional<UpdateInstanceRequest> r = d.request();
        QCOMPARE(r.has_value(), accepted);
        if (r) {
            QCOMPARE(r->name, std::optional<QString>(typed));
            QVERIFY(!r->memory);
        }
    }

    void serverErrorOnNameLandsUnderTheName()
    {
        RenameDialog d(ordersInstance());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.showServerError(u"name"_s, u"Name refused"_s);
        auto *message = d.findChild<QLabel *>(u"nameMessage"_s);
        QVERIFY(showsText(message));
        QCOMPARE(message->text(), u"Name refused"_s);
        QTest::keyClicks(d.findChild<QLineEdit *>(u"nameEdit"_s), u"x"_s);
        QVERIFY(!message->isVisible());
    }
};

QTEST_MAIN(TestRenameDialog)
#include "tst_renamedialog.moc"
