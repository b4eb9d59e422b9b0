#include "ui/scrollanchor.h"

#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Aura;

// A table of 100 numbered rows with an anchor, on screen.
struct Fixture
{
    QStandardItemModel model;
    QTableView view;

    Fixture()
    {
        for (int n = 0; n < 100; ++n)
            model.appendRow(new QStandardItem(QString::number(n)));
        view.setModel(&model);
        new ScrollAnchor(&view);
        view.resize(300, 200);
        view.show();
    }
};

class TestScrollAnchor : public QObject
{
    Q_OBJECT
private:
    static QString topText(QTableView &view)
    {
        view.doItemsLayout();
        return view.indexAt(QPoint(1, 1)).data().toString();
    }

private Q_SLOTS:
    void topRowStaysWhileRowsAboveComeAndGo()
    {
        Fixture f;
        QStandardItemModel &model = f.model;
        QTableView &view = f.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY((view.scrollTo(model.index(50, 0), QAbstractItemView::PositionAtTop), topText(view) == u"50"));

        model.removeRows(10, 5); // above
        QTRY_COMPARE(topText(view), QStringLiteral("50"));
        model.insertRows(0, 3); // above
        QTRY_COMPARE(topText(view), QStringLiteral("50"));
        model.removeRows(80, 10); // below: nothing to do
        QTRY_COMPARE(topText(view), QStringLiteral("50"));
    }

    void viewAtTheTopStaysAtTheTop()
    {
        Fixture f;
        QStandardItemModel &model = f.model;
        QTableView &view = f.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.insertRow(0, new QStandardItem(QStringLiteral("new")));
        QCoreApplication::processEvents(); // the view lays out the new row on the event loop; nothing is timed
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QCOMPARE(topText(view), QStringLiteral("new"));
    }

    void anchorRowRemovedLeavesTheViewAlone()
    {
        Fixture f;
        QStandardItemModel &model = f.model;
        QTableView &view = f.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY((view.scrollTo(model.index(50, 0), QAbstractItemView::PositionAtTop), topText(view) == u"50"));
        model.removeRows(45, 10);
        QCoreApplication::processEvents(); // the view lays out what is left on the event loop; nothing is timed
        QCoreApplication::processEvents();
        QVERIFY(!topText(view).isEmpty()); // still showing rows, no crash on the vanished anchor
    }
};

QTEST_MAIN(TestScrollAnchor)
#include "tst_scrollanchor.moc"
