#include "api/accounts/accountsecrets.h"
#include "api/accounts/accountstore.h"
#include "faultysecretstore.h"
#include "ui/keptpasswordview.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestKeptPasswordView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<FaultySecretStore> m_keychain;
    std::unique_ptr<AccountSecrets> m_secrets;
    std::unique_ptr<KeptPasswordView> m_view;
    const QString m_password = u"one-time-Pa55"_s;

    QLineEdit *field() const { return m_view->findChild<QLineEdit *>(u"keptPasswordField"_s); }
    QPushButton *button(const QString &name) const { return m_view->findChild<QPushButton *>(name); }
    QLabel *note() const { return m_view->findChild<QLabel *>(u"keptPasswordNote"_s); }

private Q_SLOTS:
    void init()
    {
        static int round = 0;
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"k%1.ini"_s.arg(++round)), QSettings::IniFormat);
        m_accounts = std::make_unique<AccountStore>(*m_settings);
        m_keychain = std::make_unique<FaultySecretStore>();
        m_secrets = std::make_unique<AccountSecrets>(*m_keychain, *m_accounts);
        bool written = false;
        m_secrets->writeInstancePassword(u"acc"_s, u"inst"_s, m_password, this, [&](const auto &) { written = true; });
        QTRY_VERIFY(written);
        m_view = std::make_unique<KeptPasswordView>(*m_secrets, u"acc"_s, u"inst"_s);
        m_view->show();
        m_keychain->calls.clear();
    }

    void cleanup()
    {
        m_view.reset();
        m_secrets.reset();
        m_keychain.reset();
        m_accounts.reset();
        m_settings.reset();
    }

    void maskedUntilAskedAndReadOnlyThen()
    {
        QVERIFY(!field()->text().contains(m_password));
        QVERIFY(m_keychain->calls.isEmpty()); // no keychain access (or prompt) just for showing the details
        QTest::mouseClick(button(u"showPasswordButton"_s), Qt::LeftButton);
        QTRY_COMPARE(field()->text(), m_password);
        QCOMPARE(m_keychain->calls, QStringList {u"read instance/inst/password"_s});
        QVERIFY(field()->isReadOnly());

        QTest::mouseClick(button(u"showPasswordButton"_s), Qt::LeftButton);
        QVERIFY(!field()->text().contains(m_password));
    }

    void unavailableKeychainIsExplained()
    {
        m_keychain->setUnavailable(u"Cannot autolaunch D-Bus"_s);
        QTest::mouseClick(button(u"showPasswordButton"_s), Qt::LeftButton);
        QTRY_VERIFY(note()->isVisible());
        QVERIFY(note()->text().contains(u"Cannot autolaunch D-Bus"_s));
        QVERIFY(!field()->text().contains(m_password));
        QVERIFY(button(u"showPasswordButton"_s)->isEnabled()); // the user may try again
    }

    void forgettingAsksThenDeletes_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("cancelled") << false;
    }

    void forgettingAsksThenDeletes()
    {
        QFETCH(bool, confirm);
        QSignalSpy forgotten(m_view.get(), &KeptPasswordView::forgotten);
        QTest::mouseClick(button(u"forgetPasswordButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(u"confirmForgetBox"_s)) != nullptr);
        if (confirm)
            QTest::mouseClick(box->findChild<QPushButton *>(u"confirmForgetButton"_s), Qt::LeftButton);
        else
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);

        if (!confirm) {
            QVERIFY(m_keychain->contains(u"instance/inst/password"_s));
            QCOMPARE(forgotten.size(), 0);
            return;
        }
        QTRY_COMPARE(forgotten.size(), 1);
        QVERIFY(!m_keychain->contains(u"instance/inst/password"_s));
        QVERIFY(m_accounts->instancesWithKeptPassword(u"acc"_s).isEmpty());
        QVERIFY(!button(u"showPasswordButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestKeptPasswordView)
#include "tst_keptpasswordview.moc"
