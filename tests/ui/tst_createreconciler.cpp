#include "fakeauraservice.h"
#include "ui/createreconciler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(const QString &id, const QString &name)
{
    Instance i;
    i.id = id;
    i.name = name;
    i.tenantId = u"t1"_s;
    i.status = u"creating"_s;
    return i;
}
} // namespace

// What became of a create whose answer was lost, found out from the service's list on its fake clock.
class TestCreateReconciler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anInstanceThatAppearsIsFound()
    {
        FakeAuraService service;
        service.instances.insert(u"old"_s, make(u"old"_s, u"orders"_s)); // the same name, there before
        CreateReconciler reconciler(service, u"t1"_s, u"orders"_s, {u"old"_s}, {});
        QSignalSpy found(&reconciler, &CreateReconciler::found);
        QSignalSpy notFound(&reconciler, &CreateReconciler::notFound);
        reconciler.start();
        service.clock.advance(0);
        QCOMPARE(service.count(u"listInstances"_s, u"t1"_s), 1); // at once
        QCOMPARE(service.calls.last().priority, Priority::User);
        QCOMPARE(found.size(), 0);

        service.instances.insert(u"new"_s, make(u"new"_s, u"orders"_s)); // the service shows it a little later
        service.clock.advance(5'000);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).value<Instance>().id, u"new"_s);
        service.clock.advance(120'000);
        QCOMPARE(service.count(u"listInstances"_s), 2); // done: no more lists
        QCOMPARE(notFound.size(), 0);
    }

    void theIdTheLostAnswerNamedIsEnough()
    {
        FakeAuraService service;
        service.instances.insert(u"n7"_s, make(u"n7"_s, u"renamed meanwhile"_s));
        CreateReconciler reconciler(service, u"t1"_s, u"orders"_s, {}, u"n7"_s);
        QSignalSpy found(&reconciler, &CreateReconciler::found);
        reconciler.start();
        service.clock.advance(0);
        QCOMPARE(found.size(), 1);
    }

    void noInstanceWithinAMinuteMeansNoCreate()
    {
        FakeAuraService service;
        ApiError down;
        down.kind = ApiError::Kind::Network;
        service.failReads = down; // a list that fails is "not seen yet", not "not created"
        CreateReconciler reconciler(service, u"t1"_s, u"orders"_s, {}, {});
        QSignalSpy found(&reconciler, &CreateReconciler::found);
        QSignalSpy notFound(&reconciler, &CreateReconciler::notFound);
        reconciler.start();
        service.clock.advance(30'000);
        service.failReads.reset();
        service.clock.advance(29'999);
        QCOMPARE(notFound.size(), 0);
        service.clock.advance(1);
        QCOMPARE(notFound.size(), 1);
        QCOMPARE(found.size(), 0);
        QCOMPARE(service.count(u"listInstances"_s), 13); // every 5 s for a minute
        service.clock.advance(60'000);
        QCOMPARE(service.count(u"listInstances"_s), 13);
    }
};

QTEST_GUILESS_MAIN(TestCreateReconciler)
#include "tst_createreconciler.moc"
