#include "models/instancefilter.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &name, const QString &status, const QString &tenant = u"t1"_s)
{
    Instance i;
    i.id = u"id-"_s + name;
    i.name = name;
    i.status = status;
    i.tenantId = tenant;
    i.region = u"europe-west1"_s;
    i.type = u"enterprise-db"_s;
    i.cloudProvider = u"gcp"_s;
    return i;
}
} // namespace

class TestInstanceFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyFilterAcceptsEverything()
    {
        InstanceFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.accepts(make(u"a"_s, u"running"_s)));
        QVERIFY(f.accepts(Instance {}));
    }

    void textMatchesEveryWordInAnyField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("name, case-insensitive") << u"ORDERS"_s << true;
        QTest::newRow("two words, two fields") << u"orders west1"_s << true;
        QTest::newRow("one word missing") << u"orders aws"_s << false;
        QTest::newRow("status") << u"paus"_s << true;
        QTest::newRow("only spaces") << u"   "_s << true;
        QTest::newRow("no match") << u"billing"_s << false;
    }
    void textMatchesEveryWordInAnyField()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        InstanceFilter f;
        f.setText(text);
        QCOMPARE(f.accepts(make(u"orders-prod"_s, u"paused"_s)), accepted);
    }

    void categoriesAndTenantCombine()
    {
        InstanceFilter f;
        f.setCategories({StatusCategory::InProgress});
        QVERIFY(f.accepts(make(u"a"_s, u"creating"_s)));
        QVERIFY(!f.accepts(make(u"a"_s, u"running"_s)));
        f.setTenantId(u"t2"_s);
        QVERIFY(!f.accepts(make(u"a"_s, u"creating"_s, u"t1"_s)));
        QVERIFY(f.accepts(make(u"a"_s, u"resuming"_s, u"t2"_s)));
        f.setCategories({StatusCategory::Unknown});
        QVERIFY(f.accepts(make(u"a"_s, u"brand-new-status"_s, u"t2"_s)));
    }

    void tenantRowsPassOnlyATenantOnlyFilter()
    {
        InstanceFilter f;
        QVERIFY(f.acceptsTenant(u"t1"_s));
        f.setTenantId(u"t1"_s);
        QVERIFY(f.acceptsTenant(u"t1"_s));
        QVERIFY(!f.acceptsTenant(u"t2"_s));
        f.setText(u"orders"_s);
        QVERIFY(!f.acceptsTenant(u"t1"_s)); // shown only through a matching instance
    }

    void accountCriterionTellsTheEmptyKeyFromNone()
    {
        InstanceFilter f;
        const Instance i = make(u"orders"_s, u"running"_s);
        QVERIFY(f.accepts(i, u"work"_s));
        QVERIFY(f.acceptsAccount(u"work"_s));
        QVERIFY(!f.accountKey());
        f.setAccountKey(QString()); // the account with the empty key, not "every account"
        QVERIFY(!f.isEmpty());
        QVERIFY(!(f == InstanceFilter {}));
        QVERIFY(f.accepts(i, QString()));
        QVERIFY(f.accepts(i)); // the single-account default is the empty key
        QVERIFY(!f.accepts(i, u"work"_s));
        QVERIFY(f.acceptsTenant(u"t1"_s, QString()));
        QVERIFY(!f.acceptsTenant(u"t1"_s, u"work"_s));
        QVERIFY(f.acceptsAccount(QString()));
        QVERIFY(!f.acceptsAccount(u"work"_s));
        f.setAccountKey(u"work"_s);
        QVERIFY(f.accepts(i, u"work"_s));
        QVERIFY(!f.accepts(i, QString()));
        QVERIFY(f.acceptsAccount(u"work"_s));
        QVERIFY(!f.acceptsAccount(u"home"_s));
        // An account row on its own passes only a filter that asks for nothing but the account.
        f.setTenantId(u"t1"_s);
        QVERIFY(!f.acceptsAccount(u"work"_s));
        QVERIFY(f.acceptsTenant(u"t1"_s, u"work"_s));
        f.setTenantId({});
        f.setCategories({StatusCategory::InProgress});
        QVERIFY(!f.acceptsAccount(u"work"_s));
        QVERIFY(!f.accepts(i, u"work"_s));
        f.setCategories({});
        f.setAccountKey(std::nullopt);
        QVERIFY(f.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstanceFilter)
#include "tst_instancefilter.moc"
