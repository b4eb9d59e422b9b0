#include "ui/dialogs/namefield.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestNameField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedNamesAreCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message");
        QTest::newRow("ordinary") << u"orders-prod"_s << true << QString();
        QTest::newRow("inner spaces") << u"orders prod eu"_s << true << QString();
        QTest::newRow("one character") << u"a"_s << true << QString();
        QTest::newRow("30 characters") << QString(30, u'x') << true << QString();
        QTest::newRow("31 characters") << QString(31, u'x') << false << instanceNameProblemText(NameProblem::TooLong);
        QTest::newRow("leading space") << u" orders"_s << false
                                       << instanceNameProblemText(NameProblem::SurroundingSpace);
        QTest::newRow("trailing space") << u"orders "_s << false
                                        << instanceNameProblemText(NameProblem::SurroundingSpace);
    }
    void typedNamesAreCheckedAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        NameField field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QSignalSpy changed(&field, &NameField::nameChanged);
        QTest::keyClicks(field.lineEdit(), typed);
        QCOMPARE(changed.size(), typed.size());
        QCOMPARE(field.name(), typed); // nothing cut off or corrected
        QCOMPARE(field.isValid(), valid);
        QCOMPARE(field.messageLabel()->text(), message);
        QCOMPARE(field.messageLabel()->isVisible(), !message.isEmpty());
        QCOMPARE(field.lineEdit()->accessibleDescription(), message);
    }

    void emptyIsInvalidButQuietUntilEdited()
    {
        NameField field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QVERIFY(!field.isValid());
        QVERIFY(!field.messageLabel()->isVisible());
        QTest::keyClicks(field.lineEdit(), u"a"_s);
        QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
        QVERIFY(!field.isValid());
        QVERIFY(field.messageLabel()->isVisible());
        QCOMPARE(field.messageLabel()->text(), instanceNameProblemText(NameProblem::Empty));
    }

    void everyProblemHasAMessage()
    {
        QVERIFY(instanceNameProblemText(NameProblem::None).isEmpty());
        for (NameProblem p : {NameProblem::Empty, NameProblem::TooLong, NameProblem::SurroundingSpace})
            QVERIFY(!instanceNameProblemText(p).isEmpty());
        QVERIFY(instanceNameProblemText(NameProblem::TooLong).contains(QString::number(MaxInstanceNameLength)));
    }

    void controlsHaveNames()
    {
        NameField field;
        QCOMPARE(field.lineEdit()->objectName(), u"nameEdit"_s);
        QVERIFY(!field.lineEdit()->accessibleName().isEmpty());
        QVERIFY(!field.messageLabel()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestNameField)
#include "tst_namefield.moc"
