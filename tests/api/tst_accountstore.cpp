#include "api/accounts/accountstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestAccountStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(settingsPath()); }

    void emptySettingsHaveNoAccounts()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        QVERIFY(store.load().isEmpty());
        QVERIFY(!store.find(u"x"_s));
    }

    void accountsSurviveARestart()
    {
        Account work = Account::create(u"Work"_s, u"work-client"_s);
        Account sandbox = Account::create(u"Sandbox"_s, u"sandbox-client"_s);
        sandbox.apiBaseUrl = QUrl(u"http://127.0.0.1:8080/v1"_s);
        sandbox.tokenUrl = QUrl(u"http://127.0.0.1:8080/oauth/token"_s);
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AccountStore store(settings);
            QVERIFY(store.upsert(work));
            QVERIFY(store.upsert(sandbox));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        QCOMPARE(store.load(), (QList<Account> {work, sandbox}));
        QCOMPARE(store.find(sandbox.id), sandbox);
    }

    void upsertReplacesBySameId()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        Account work = Account::create(u"Work"_s, u"work-client"_s);
        QVERIFY(store.upsert(work));
        work.name = u"Work (renamed)"_s;
        QVERIFY(store.upsert(work));
        QCOMPARE(store.load(), QList<Account> {work});
    }

    void findByNamePrefersExactCase()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        const Account lower = Account::create(u"prod"_s, u"a"_s);
        const Account upper = Account::create(u"PROD"_s, u"b"_s);
        QVERIFY(store.save({lower, upper}));
        QCOMPARE(store.findByName(u"PROD"_s)->id, upper.id);
        QCOMPARE(store.findByName(u"prod"_s)->id, lower.id);
        QCOMPARE(store.findByName(u"Prod"_s)->id, lower.id);
        QVERIFY(!store.findByName(u"staging"_s));
    }

    void removeDropsTheAccountAndItsPasswordIndex()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        const Account a = Account::create(u"A"_s, u"a"_s);
        const Account b = Account::create(u"B"_s, u"b"_s);
        QVERIFY(store.save({a, b}));
        QVERIFY(store.setInstancePasswordKept(a.id, u"i-1"_s, true));
        QVERIFY(store.setInstancePasswordKept(a.id, u"i-2"_s, true));
        QVERIFY(store.setInstancePasswordKept(a.id, u"i-1"_s, true)); // twice: recorded once
        QVERIFY(store.setInstancePasswordKept(b.id, u"i-3"_s, true));
        QCOMPARE(store.instancesWithKeptPassword(a.id), (QStringList {u"i-2"_s, u"i-1"_s}));

        QVERIFY(store.remove(a.id));
        QCOMPARE(store.load(), QList<Account> {b});
        QVERIFY(store.instancesWithKeptPassword(a.id).isEmpty());
        QCOMPARE(store.instancesWithKeptPassword(b.id), QStringList {u"i-3"_s});
    }

    void handEditedEntriesAreKept()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.beginWriteArray(u"accounts"_s, 1);
            settings.setArrayIndex(0);
            settings.setValue(u"name"_s, u"Old"_s);
            settings.setValue(u"clientId"_s, u"old-client"_s);
            settings.endArray();
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        const QList<Account> accounts = store.load();
        QCOMPARE(accounts.size(), 1);
        QVERIFY(!accounts.first().id.isEmpty());
        QCOMPARE(accounts.first().name, u"Old"_s);
        QCOMPARE(accounts.first().apiBaseUrl, Account::defaultApiBaseUrl());
        QCOMPARE(accounts.first().tokenUrl, Account::defaultTokenUrl());
    }

    void unwritableSettingsSayWhy()
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner));
        if (QFileInfo(settingsPath()).isWritable())
            QSKIP("running with privileges that ignore file permissions");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountStore store(settings);
        QVERIFY(!store.upsert(Account::create(u"A"_s, u"a"_s)));
        QVERIFY(store.errorText().contains(settingsPath()));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
