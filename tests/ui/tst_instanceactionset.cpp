#include "ui/instanceactionset.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::InstanceAction)

namespace {
Instance instance(const QString &name, const QString &status)
{
    Instance i;
    i.id = name;
    i.name = name;
    i.status = status;
    i.type = u"enterprise-db"_s;
    i.connectionUrl = u"neo4j+s://x.databases.neo4j.io"_s;
    return i;
}
} // namespace

class TestInstanceActionSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enablesForTheSelectionAndExplainsWhyNot()
    {
        InstanceActionSet set;
        set.update({instance(u"orders"_s, u"paused"_s)}, true, Capabilities::of(ApiDialect::Seed));
        QVERIFY(set.action(InstanceAction::Resume)->isEnabled());
        QVERIFY(!set.action(InstanceAction::Pause)->isEnabled());
        QVERIFY2(set.action(InstanceAction::Pause)->toolTip().contains(u"“orders” is paused"_s),
            qPrintable(set.action(InstanceAction::Pause)->toolTip()));
        QVERIFY(!set.action(InstanceAction::Resume)->toolTip().contains(u"Not available"_s));

        set.update({instance(u"orders"_s, u"running"_s)}, true, Capabilities::of(ApiDialect::Seed));
        QVERIFY(set.action(InstanceAction::Pause)->isEnabled());
        QVERIFY(!set.action(InstanceAction::Resume)->isEnabled());

        set.update({instance(u"orders"_s, u"running"_s)}, false, Capabilities::of(ApiDialect::Seed));
        QVERIFY(!set.action(InstanceAction::Refresh)->isEnabled());
    }

    void everyActionHasTextShortcutAndItsSignal()
    {
        InstanceActionSet set;
        set.update({instance(u"a"_s, u"running"_s)}, true, Capabilities::of(ApiDialect::Seed));
        QSignalSpy triggered(&set, &InstanceActionSet::triggered);
        QSet<QKeySequence> shortcuts;
        for (InstanceAction a :
            {InstanceAction::Create, InstanceAction::Pause, InstanceAction::Resize, InstanceAction::Rename,
                InstanceAction::Delete, InstanceAction::TakeSnapshot, InstanceAction::RestoreSnapshot,
                InstanceAction::OverwriteFromSnapshot, InstanceAction::CopyConnectionUrl, InstanceAction::Refresh}) {
            QAction *action = set.action(a);
            QVERIFY(action);
            QVERIFY(!action->text().isEmpty());
            QVERIFY(!action->shortcut().isEmpty());
            QVERIFY2(!shortcuts.contains(action->shortcut()), qPrintable(action->text()));
            shortcuts.insert(action->shortcut());
            action->trigger();
            QCOMPARE(triggered.last().first().value<InstanceAction>(), a);
        }
    }

    void aRestoreIsOfferedForWhatItDoesOnTheService()
    {
        InstanceActionSet set;
        const QList<Instance> running {instance(u"orders"_s, u"running"_s)};
        set.update(running, true, Capabilities::of(ApiDialect::AuraV1));
        // The live service restores in place: a new instance from a snapshot is a clone, and says so.
        QAction *toNew = set.action(InstanceAction::RestoreSnapshot);
        QAction *inPlace = set.action(InstanceAction::RestoreInPlace);
        QVERIFY2(!toNew->text().contains(u"Restore"_s), qPrintable(toNew->text()));
        QVERIFY(toNew->text().contains(u"New"_s));
        QVERIFY(inPlace->isVisible());
        QVERIFY(inPlace->isEnabled());
        QVERIFY(QString(inPlace->text()).remove(u'&').contains(u"in Place"_s));
        set.update(running, true, Capabilities::of(ApiDialect::Seed));
        QVERIFY(QString(toNew->text()).remove(u'&').contains(u"Restore Snapshot to New Instance"_s));
        QVERIFY(!inPlace->isVisible());
        QVERIFY(!inPlace->isEnabled());
        set.update({instance(u"orders"_s, u"paused"_s)}, true, Capabilities::of(ApiDialect::AuraV1));
        QVERIFY(!inPlace->isEnabled());
        QVERIFY(inPlace->toolTip().contains(u"“orders” is paused"_s));
    }

    void eachMenuEntryHasItsOwnAccessKey_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("aura-v1") << int(ApiDialect::AuraV1);
        QTest::newRow("seed") << int(ApiDialect::Seed);
    }
    void eachMenuEntryHasItsOwnAccessKey()
    {
        QFETCH(int, dialect);
        // Alt+letter must reach one entry of the Instance menu, not cycle between two.
        InstanceActionSet set;
        set.update({}, true, Capabilities::of(static_cast<ApiDialect>(dialect)));
        QMenu menu;
        set.addToMenu(&menu);
        QHash<QChar, QString> keys;
        for (QAction *action : menu.actions()) {
            if (action->isSeparator())
                continue;
            const QString text = action->text();
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(keys.value(key) + u" and "_s + text));
            keys.insert(key, text);
        }
        QVERIFY(keys.size() >= 10);
    }

    void menuAndToolbarShareTheActions()
    {
        InstanceActionSet set;
        QMenu menu;
        QToolBar toolBar;
        set.addToMenu(&menu);
        set.addToToolBar(&toolBar);
        QVERIFY(menu.actions().contains(set.action(InstanceAction::Delete)));
        QVERIFY(toolBar.actions().contains(set.action(InstanceAction::Delete)));
        QVERIFY(menu.actions().contains(set.action(InstanceAction::OverwriteFromSnapshot)));
    }
};

QTEST_MAIN(TestInstanceActionSet)
#include "tst_instanceactionset.moc"
