#include "models/activitylog.h"
#include "models/inventory.h"
#include "ui/mainwindow.h"
#include "ui/welcomepanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    // A first run (no saved layout) opens on most of the screen, not at the widgets' minimum; a saved size wins.
    void firstRunFillsMostOfTheScreen()
    {
        Inventory inventory;
        ActivityLog activity;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        MainWindow window(inventory, activity);
        const QSize minimum = window.sizeHint();
        window.restoreState(settings);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() >= available.width() * 8 / 10 || window.width() >= 1800,
            qPrintable(u"%1 of %2"_s.arg(window.width()).arg(available.width())));
        QVERIFY(window.height() >= available.height() * 8 / 10 || window.height() >= 1100);
        QVERIFY(window.width() > minimum.width());
        QVERIFY(available.contains(window.geometry().center()));

        window.resize(900, 600);
        window.saveState(settings);
        MainWindow again(inventory, activity);
        again.restoreState(settings);
        QCOMPARE(again.size(), QSize(900, 600));
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
