#include "dialogfixtures.h"
#include "dialogtesting.h"
#include "fakeclock.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/dialogs/credentialsfile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QMessageBox *closeQuestion(const QDialog &d)
{
    return d.findChild<QMessageBox *>(u"confirmCloseBox"_s);
}

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT
    // The clipboard's clearing runs on this clock: the tests move it past the delay instead of waiting.
    AuraTest::FakeClock m_clock;
private Q_SLOTS:
    void cleanup() { QGuiApplication::clipboard()->clear(); }

    void showsCredentialsWithPasswordMasked()
    {
        const InstanceCreated c = newInstanceCredentials();
        CredentialsDialog d(c);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.findChild<QLineEdit *>(u"connectionUrlEdit"_s)->text(), c.connectionUrl);
        QCOMPARE(d.findChild<QLineEdit *>(u"usernameEdit"_s)->text(), c.username);
        auto *password = d.findChild<QLineEdit *>(u"passwordEdit"_s);
        QCOMPARE(password->text(), c.password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->displayText() != c.password);

        auto *show = d.findChild<QPushButton *>(u"showPasswordButton"_s);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QCOMPARE(password->displayText(), c.password);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void theTitleFollowsTheInstancesStatus()
    {
        InstanceCreated c = newInstanceCredentials();
        c.status.clear(); // the live service's create answer has none
        CredentialsDialog d(c);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *title = d.findChild<QLabel *>(u"titleLabel"_s);
        auto *wait = d.findChild<QLabel *>(u"waitLabel"_s);
        QVERIFY(title->text().contains(u"is being created"_s));
        QVERIFY(wait->isVisible());
        d.setInstanceStatus(u"running"_s);
        QVERIFY2(title->text().contains(u"is running"_s), qPrintable(title->text()));
        QVERIFY(!wait->isVisible()); // no "wait 60 seconds" for a running database
        QCOMPARE(title->accessibleName(), title->text());
        d.setInstanceStatus(u"loading failed"_s);
        QVERIFY(title->text().contains(u"is loading failed"_s));
        QVERIFY(!wait->isVisible());
    }

    void passwordAppearsInThePasswordFieldOnly()
    {
        const InstanceCreated c = newInstanceCredentials();
        CredentialsDialog d(c);
        QTemporaryDir dir;
        d.saveTo(dir.filePath(d.proposedFileName()));
        QTest::mouseClick(d.findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        QVERIFY(!d.windowTitle().contains(c.password));
        const QList<QWidget *> widgets = d.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            QVERIFY(!w->toolTip().contains(c.password));
            QVERIFY(!w->accessibleName().contains(c.password));
            QVERIFY(!w->accessibleDescription().contains(c.password));
            if (auto *label = qobject_cast<QLabel *>(w))
                QVERIFY2(!label->text().contains(c.password), qPrintable(label->objectName()));
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                QVERIFY(!button->text().contains(c.password));
            if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->objectName() != "passwordEdit"_L1)
                QVERIFY(!edit->text().contains(c.password));
        }
    }

    void everyControlHasNames()
    {
        CredentialsDialog d(newInstanceCredentials());
        for (const QString &name : {u"connectionUrlEdit"_s, u"usernameEdit"_s, u"passwordEdit"_s,
                 u"showPasswordButton"_s, u"copyUrlButton"_s, u"copyUsernameButton"_s, u"copyPasswordButton"_s,
                 u"saveAsButton"_s, u"storeInKeychainCheck"_s, u"closeButton"_s}) {
            auto *w = d.findChild<QWidget *>(name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
        }
        auto *warning = d.findChild<QLabel *>(u"onlyOnceWarning"_s);
        QVERIFY(warning && !warning->text().isEmpty());
    }

    void copyButtonsFillTheClipboard_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << u"copyUrlButton"_s << newInstanceCredentials().connectionUrl;
        QTest::newRow("username") << u"copyUsernameButton"_s << newInstanceCredentials().username;
        QTest::newRow("password") << u"copyPasswordButton"_s << newInstanceCredentials().password;
    }
    void copyButtonsFillTheClipboard()
    {
        QFETCH(QString, button);
        QFETCH(QString, expected);
        CredentialsDialog d(newInstanceCredentials());
        QTest::mouseClick(d.findChild<QPushButton *>(button), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QVERIFY(showsText(d.findChild<QLabel *>(u"statusLabel"_s)));
    }

    void copiedPasswordIsMarkedSecretAndCleared()
    {
        const InstanceCreated c = newInstanceCredentials();
        CredentialsDialog d(c);
        d.setClipboardClearDelay(100ms, &m_clock);
        QTest::mouseClick(d.findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), c.password);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        m_clock.advance(99);
        QCOMPARE(QGuiApplication::clipboard()->text(), c.password);
        m_clock.advance(1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void revealedPasswordLeavesOnlyThroughTheCopyButton()
    {
        const InstanceCreated c = newInstanceCredentials();
        CredentialsDialog d(c);
        d.setClipboardClearDelay(100ms, &m_clock);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *password = d.findChild<QLineEdit *>(u"passwordEdit"_s);
        QTest::mouseClick(d.findChild<QPushButton *>(u"showPasswordButton"_s), Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        // A selection would reach the X11 primary selection without the secret mark.
        password->selectAll();
        QVERIFY(!password->hasSelectedText());
        QCOMPARE(password->contextMenuPolicy(), Qt::NoContextMenu);

        password->setFocus();
        QTest::keySequence(password, QKeySequence::Copy);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), c.password);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(d.isPasswordKept());
        m_clock.advance(100); // and it leaves the clipboard like one copied with the button
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void clearingOutlivesTheDialog()
    {
        const InstanceCreated c = newInstanceCredentials();
        {
            CredentialsDialog d(c);
            d.setClipboardClearDelay(100ms, &m_clock);
            QTest::mouseClick(d.findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), c.password);
        m_clock.advance(100); // closing the dialog did not cancel the clearing
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void somethingCopiedLaterIsLeftAlone()
    {
        CredentialsDialog d(newInstanceCredentials());
        d.setClipboardClearDelay(50ms, &m_clock);
        QTest::mouseClick(d.findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        QGuiApplication::clipboard()->setText(u"the user's own text"_s);
        m_clock.advance(300); // well past the delay

        QCOMPARE(QGuiApplication::clipboard()->text(), u"the user's own text"_s);
    }

    void saveAsWritesTheFileAndCounts()
    {
        const InstanceCreated c = newInstanceCredentials();
        CredentialsDialog d(c);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.proposedFileName(), CredentialsFile::defaultFileName(c));
        QTemporaryDir dir;
        const QString path = dir.filePath(d.proposedFileName());
        QVERIFY(!d.isPasswordKept());
        QVERIFY(d.saveTo(path));
        QVERIFY(d.isPasswordKept());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), CredentialsFile::contents(c));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        QVERIFY(showsText(d.findChild<QLabel *>(u"statusLabel"_s)));

        QSignalSpy finished(&d, &QDialog::finished);
        QTest::mouseClick(d.findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        QCOMPARE(finished.size(), 1); // closes at once: nothing would be lost
        QVERIFY(!closeQuestion(d));
    }

    void aFailedSaveSaysSoAndDoesNotCount()
    {
        CredentialsDialog d(newInstanceCredentials());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTemporaryDir dir;
        QVERIFY(!d.saveTo(dir.filePath(u"no-such-folder/file.txt"_s)));
        QVERIFY(!d.isPasswordKept());
        auto *status = d.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(showsText(status));
        QVERIFY(status->text().contains(u"file.txt"_s));
    }

    void closingWithoutKeepingThePasswordAsksFirst()
    {
        CredentialsDialog d(newInstanceCredentials());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy finished(&d, &QDialog::finished);

        QTest::mouseClick(d.findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(closeQuestion(d) && closeQuestion(d)->isVisible());
        QVERIFY(d.isVisible());
        QCOMPARE(finished.size(), 0);

        // "Go back" keeps the dialog and the password.
        QTest::mouseClick(closeQuestion(d)->findChild<QPushButton *>(u"goBackButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!closeQuestion(d));
        QVERIFY(d.isVisible());
        QCOMPARE(finished.size(), 0);

        // The window's close button and Escape ask too.
        QVERIFY(!d.close());
        QTRY_VERIFY(closeQuestion(d) && closeQuestion(d)->isVisible());
        QVERIFY(d.isVisible());
        QTest::mouseClick(closeQuestion(d)->findChild<QPushButton *>(u"closeAnywayButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!d.isVisible());
    }

    void keychainNotOfferedSaysWhyAndCannotBeChosen()
    {
        CredentialsDialog d(newInstanceCredentials());
        d.setKeychainUnavailable(u"Only for stored accounts."_s);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *keychain = d.findChild<QAbstractButton *>(u"storeInKeychainCheck"_s);
        QVERIFY(!keychain->isEnabled());
        QCOMPARE(keychain->toolTip(), u"Only for stored accounts."_s);
        QTest::mouseClick(keychain, Qt::LeftButton, {}, QPoint(5, keychain->height() / 2));
        QVERIFY(!d.storePasswordInKeychain());
        QVERIFY(!d.isPasswordKept()); // so closing still asks
    }

    void keychainOrCopyAlsoKeepThePassword_data()
    {
        QTest::addColumn<QString>("control");
        QTest::newRow("keychain") << u"storeInKeychainCheck"_s;
        QTest::newRow("copy") << u"copyPasswordButton"_s;
    }
    void keychainOrCopyAlsoKeepThePassword()
    {
        QFETCH(QString, control);
        CredentialsDialog d(newInstanceCredentials());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.storePasswordInKeychain());
        auto *button = d.findChild<QAbstractButton *>(control);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, button->height() / 2));
        QCOMPARE(d.storePasswordInKeychain(), control == "storeInKeychainCheck"_L1);
        QVERIFY(d.isPasswordKept());
        QSignalSpy finished(&d, &QDialog::finished);
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!closeQuestion(d));
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
