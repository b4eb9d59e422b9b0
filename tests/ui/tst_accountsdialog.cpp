#include "ui/accountsdialog.h"
#include "ui/keychainerrorpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::KeychainErrorPanel::Offer)

class TestAccountsDialog : public QObject
{
    Q_OBJECT
private:
    template<typename T>
    static T *child(QWidget &parent, const QString &name)
    {
        auto *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    static void type(QWidget &dialog, const QString &field, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    const Account m_work = [] {
        Account a = Account::create(u"Work"_s, u"work-client"_s);
        a.apiBaseUrl = QUrl(u"http://127.0.0.1:8080/v1"_s);
        return a;
    }();
    const Account m_home = Account::create(u"Home"_s, u"home-client"_s);

private Q_SLOTS:
    void startsWithANewAccountWhenThereIsNone()
    {
        AccountsDialog dialog;
        dialog.setAccounts({});
        const AccountInput input = dialog.input();
        QVERIFY(input.isNew);
        QVERIFY(!input.account.id.isEmpty());
        QCOMPARE(input.account.apiBaseUrl, Account::defaultApiBaseUrl());
        QCOMPARE(input.account.tokenUrl, Account::defaultTokenUrl());
        QVERIFY(!child<QPushButton>(dialog, u"removeAccountButton"_s)->isEnabled());
    }

    void secretIsMasked()
    {
        AccountsDialog dialog;
        QCOMPARE(child<QLineEdit>(dialog, u"secretField"_s)->echoMode(), QLineEdit::Password);
    }

    void typedValuesAreCollected()
    {
        AccountsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, u"nameField"_s, u"  Staging "_s);
        type(dialog, u"clientIdField"_s, u"abc"_s);
        type(dialog, u"secretField"_s, u"typed-secret"_s);
        type(dialog, u"tokenUrlField"_s, u"http://localhost:9000/oauth/token"_s);

        QSignalSpy save(&dialog, &AccountsDialog::saveRequested);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(save.size(), 1);
        const auto input = save.first().first().value<AccountInput>();
        QVERIFY(input.isNew);
        QCOMPARE(input.account.name, u"Staging"_s);
        QCOMPARE(input.account.clientId, u"abc"_s);
        QCOMPARE(input.secret, u"typed-secret"_s);
        QCOMPARE(input.account.apiBaseUrl, Account::defaultApiBaseUrl());
        QCOMPARE(input.account.tokenUrl, QUrl(u"http://localhost:9000/oauth/token"_s));
        QVERIFY(dialog.isVisible()); // saving does not close: the controller answers first
    }

    void selectingAnAccountEditsIt()
    {
        AccountsDialog dialog;
        dialog.setAccounts({m_work, m_home}, m_home.id);
        QCOMPARE(dialog.input().account, m_home);
        QVERIFY(!dialog.input().isNew);

        child<QListWidget>(dialog, u"accountList"_s)->setCurrentRow(0);
        const AccountInput input = dialog.input();
        QCOMPARE(input.account, m_work);
        QVERIFY(input.secret.isEmpty()); // the stored secret is never shown
        QCOMPARE(child<QLineEdit>(dialog, u"apiUrlField"_s)->text(), u"http://127.0.0.1:8080/v1"_s);
        QVERIFY(child<QPushButton>(dialog, u"removeAccountButton"_s)->isEnabled());
    }

    void addStartsAFreshAccount()
    {
        AccountsDialog dialog;
        dialog.setAccounts({m_work});
        QTest::mouseClick(child<QPushButton>(dialog, u"addAccountButton"_s), Qt::LeftButton);
        const AccountInput input = dialog.input();
        QVERIFY(input.isNew);
        QVERIFY(input.account.id != m_work.id);
        QVERIFY(input.account.name.isEmpty());
    }

    void unsavedChangesHoldTheListUntilSavedOrDiscarded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << u"nameField"_s;
        QTest::newRow("secret") << u"secretField"_s;
        QTest::newRow("token url") << u"tokenUrlField"_s;
    }

    void unsavedChangesHoldTheListUntilSavedOrDiscarded()
    {
        QFETCH(QString, field);
        AccountsDialog dialog;
        dialog.setAccounts({m_work, m_home}, m_work.id);
        dialog.show();
        auto *list = child<QListWidget>(dialog, u"accountList"_s);
        auto *discard = child<QPushButton>(dialog, u"discardChangesButton"_s);
        QVERIFY(!dialog.hasUnsavedChanges());
        QVERIFY(list->isEnabled());
        QVERIFY(!discard->isVisible());

        QTest::keyClicks(child<QLineEdit>(dialog, field), u"x"_s);
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(!list->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"addAccountButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"removeAccountButton"_s)->isEnabled());
        QVERIFY(discard->isVisible());

        QTest::mouseClick(discard, Qt::LeftButton);
        QVERIFY(!dialog.hasUnsavedChanges());
        QCOMPARE(dialog.input().account, m_work);
        QVERIFY(dialog.input().secret.isEmpty());
        QVERIFY(list->isEnabled());
        QVERIFY(!discard->isVisible());
    }

    void savedInputReleasesTheList()
    {
        AccountsDialog dialog;
        dialog.setAccounts({m_work});
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameField"_s), u" 2"_s);
        QVERIFY(!child<QListWidget>(dialog, u"accountList"_s)->isEnabled());
        Account renamed = m_work;
        renamed.name = u"Work 2"_s;
        dialog.setAccounts({renamed}, renamed.id); // what the controller does after saving
        QVERIFY(!dialog.hasUnsavedChanges());
        QVERIFY(child<QListWidget>(dialog, u"accountList"_s)->isEnabled());
    }

    void testButtonAsksWithTheInput()
    {
        AccountsDialog dialog;
        dialog.setAccounts({m_work});
        QSignalSpy test(&dialog, &AccountsDialog::testRequested);
        auto *button = child<QPushButton>(dialog, u"testConnectionButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(test.size(), 1);
        QCOMPARE(test.first().first().value<AccountInput>().account, m_work);
        dialog.setTesting(true);
        QVERIFY(!button->isEnabled());
        dialog.setTesting(false);
        QVERIFY(button->isEnabled());
    }

    void removalIsConfirmedFirst_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("cancelled") << false;
    }

    void removalIsConfirmedFirst()
    {
        QFETCH(bool, confirm);
        AccountsDialog dialog;
        dialog.setAccounts({m_work, m_home}, m_home.id);
        dialog.show();
        QSignalSpy remove(&dialog, &AccountsDialog::removeRequested);
        QTest::mouseClick(child<QPushButton>(dialog, u"removeAccountButton"_s), Qt::LeftButton);
        QCOMPARE(remove.size(), 0);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"confirmRemoveBox"_s)) != nullptr);
        QVERIFY(box->text().contains(u"Home"_s));
        if (confirm)
            QTest::mouseClick(child<QPushButton>(*box, u"confirmRemoveButton"_s), Qt::LeftButton);
        else
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(remove.size(), confirm ? 1 : 0);
        if (confirm)
            QCOMPARE(remove.first().first().toString(), m_home.id);
    }

    void problemsAppearUnderTheirFields()
    {
        AccountsDialog dialog;
        dialog.show();
        AccountProblems problems;
        problems.tokenUrl = u"Use https"_s;
        dialog.showProblems(problems, u"Enter the secret"_s);
        QVERIFY(child<QLabel>(dialog, u"tokenUrlProblem"_s)->isVisible());
        QCOMPARE(child<QLabel>(dialog, u"tokenUrlProblem"_s)->text(), u"Use https"_s);
        QVERIFY(child<QLabel>(dialog, u"secretProblem"_s)->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"nameProblem"_s)->isVisible());
        dialog.showProblems({});
        QVERIFY(!child<QLabel>(dialog, u"tokenUrlProblem"_s)->isVisible());
    }

    void keychainPanelOffersWhatFits_data()
    {
        QTest::addColumn<KeychainErrorPanel::Offer>("offer");
        QTest::newRow("a secret to keep") << KeychainErrorPanel::Offer::KeepForSession;
        QTest::newRow("nothing to keep") << KeychainErrorPanel::Offer::RetryOnly;
        QTest::newRow("an account to remove") << KeychainErrorPanel::Offer::RemoveAnyway;
    }

    void keychainPanelOffersWhatFits()
    {
        QFETCH(KeychainErrorPanel::Offer, offer);
        const bool canKeep = offer == KeychainErrorPanel::Offer::KeepForSession;
        const bool canRemove = offer == KeychainErrorPanel::Offer::RemoveAnyway;
        AccountsDialog dialog;
        dialog.show();
        auto *panel = child<KeychainErrorPanel>(dialog, u"keychainErrorPanel"_s);
        QVERIFY(!panel->isVisible());
        dialog.showKeychainError(u"The name org.freedesktop.secrets was not provided"_s, offer);
        QVERIFY(panel->isVisible());
        const QString text = child<QLabel>(dialog, u"keychainErrorMessage"_s)->text();
        QVERIFY(text.contains(u"org.freedesktop.secrets was not provided"_s)); // the keychain's own words
        QVERIFY(text.contains(KeychainErrorPanel::platformAdvice())); // and what to do
        auto *keep = child<QPushButton>(dialog, u"keepForSessionButton"_s);
        QCOMPARE(keep->isVisible(), canKeep);
        auto *removeAnyway = child<QPushButton>(dialog, u"removeAnywayButton"_s);
        QCOMPARE(removeAnyway->isVisible(), canRemove);
        QSignalSpy removeSpy(&dialog, &AccountsDialog::removeAnywayRequested);
        if (canRemove) {
            QTest::mouseClick(removeAnyway, Qt::LeftButton);
            QCOMPARE(removeSpy.size(), 1);
        }

        QSignalSpy keepSpy(&dialog, &AccountsDialog::keepForSessionRequested);
        QSignalSpy retrySpy(&dialog, &AccountsDialog::retryKeychainRequested);
        QTest::mouseClick(child<QPushButton>(dialog, u"keychainRetryButton"_s), Qt::LeftButton);
        QCOMPARE(retrySpy.size(), 1);
        if (canKeep) {
            QTest::mouseClick(keep, Qt::LeftButton);
            QCOMPARE(keepSpy.size(), 1);
        }
        dialog.hideKeychainError();
        QVERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
