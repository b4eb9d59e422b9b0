#include "models/activitylog.h"
#include "models/inventory.h"
#include "ui/mainwindow.h"
#include "ui/welcomepanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void welcomePanelOffersBothWaysIn()
    {
        Inventory inventory;
        ActivityLog activity;
        MainWindow window(inventory, activity);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *add = window.findChild<QPushButton *>(QStringLiteral("addCredentialsButton"));
        auto *sandbox = window.findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
        QVERIFY(add);
        QVERIFY(sandbox);
        QVERIFY(add->isVisible());
        QVERIFY(!add->accessibleName().isEmpty());
        QVERIFY(!sandbox->accessibleName().isEmpty());

        QSignalSpy addSpy(&window, &MainWindow::addCredentialsRequested);
        QSignalSpy sandboxSpy(&window, &MainWindow::trySandboxRequested);
        QTest::mouseClick(sandbox, Qt::LeftButton);
        QCOMPARE(sandboxSpy.size(), 1);
        QCOMPARE(addSpy.size(), 0);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(addSpy.size(), 1);
    }

    void ctrlFGoesToTheSearchField()
    {
        Inventory inventory;
        ActivityLog activity;
        MainWindow window(inventory, activity);
        window.showConsole(); // the console page, not the welcome panel
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(u"searchBox"_s);
        QVERIFY(search);
        QTRY_VERIFY(search->isVisible());
        search->setText(u"orders"_s);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused && focused != search);
        QTest::keySequence(focused, QKeySequence::Find); // wherever the keyboard is

        QTRY_COMPARE(QApplication::focusWidget(), search);
        QCOMPARE(search->selectedText(), u"orders"_s); // typed over at once
    }

    void accountLabelShowsConnection()
    {
        Inventory inventory;
        ActivityLog activity;
        MainWindow window(inventory, activity);
        auto *label = window.findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY(label);
        window.setAccountLabel(QStringLiteral("Sandbox at http://127.0.0.1:1234/v1"));
        QCOMPARE(label->text(), QStringLiteral("Sandbox at http://127.0.0.1:1234/v1"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
