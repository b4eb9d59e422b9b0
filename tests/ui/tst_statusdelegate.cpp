#include "api/dto/status.h"
#include "fakeclock.h"
#include "ui/statusdelegate.h"
#include "ui/statuspresentation.h"

#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::StatusCategory)

namespace {
constexpr int CategoryRole = Qt::UserRole + 10;
constexpr int SinceRole = Qt::UserRole + 11;
const QDateTime Now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

QStandardItem *statusItem(const QString &status, const QDateTime &since)
{
    auto *item = new QStandardItem(status);
    item->setData(static_cast<int>(instanceStatusCategory(status)), CategoryRole);
    item->setData(since, SinceRole);
    return item;
}
} // namespace

class TestStatusDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("pending");
        QTest::newRow("stable shows no age") << u"running"_s << qint64(600) << u"running"_s << QString();
        QTest::newRow("transitional shows age") << u"resuming"_s << qint64(125) << u"resuming · 2 min"_s << QString();
        QTest::newRow("seconds") << u"creating"_s << qint64(42) << u"creating · 42 s"_s << QString();
        QTest::newRow("hours") << u"loading"_s << qint64(3 * 3600 + 60) << u"loading · 3 h 1 min"_s << QString();
        QTest::newRow("unknown verbatim") << u"Hibernating"_s << qint64(10) << u"Hibernating"_s << QString();
        QTest::newRow("not known yet") << QString() << qint64(10) << u"checking…"_s << QString(); // never "unknown"
        QTest::newRow("a change asked for, under way")
            << u"updating"_s << qint64(125) << u"updating to 16GB · 2 min"_s << u"16GB"_s;
        QTest::newRow("a change asked for, not begun")
            << u"running"_s << qint64(5) << u"running · 16GB requested"_s << u"16GB"_s;
    }
    void text()
    {
        QFETCH(QString, status);
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        QFETCH(QString, pending);
        QCOMPARE(
            StatusPresentation::text(status, instanceStatusCategory(status), Now.addSecs(-secondsAgo), Now, pending),
            expected);
    }

    void coloursDifferPerCategoryInBothPalettes()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        for (const QPalette &palette : {light, dark}) {
            QSet<QRgb> seen;
            for (StatusCategory c :
                {StatusCategory::Stable, StatusCategory::InProgress, StatusCategory::Failed, StatusCategory::Unknown}) {
                const QColor colour = StatusPresentation::colour(c, palette);
                seen.insert(colour.rgb());
                // Readable against the base: a clear lightness difference.
                QVERIFY(qAbs(colour.lightness() - palette.color(QPalette::Base).lightness()) > 60);
            }
            QCOMPARE(seen.size(), 4);
        }
    }

    void animatesOnlyWhileTransitionalRowsArePainted()
    {
        QStandardItemModel model;
        model.appendRow(statusItem(u"running"_s, Now.addSecs(-50)));
        AuraTest::FakeClock clock; // stands still: ticks come only when the test moves it
        clock.setEpoch(Now);
        StatusDelegate delegate({Qt::DisplayRole, CategoryRole, SinceRole}, nullptr, &clock);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegateForColumn(0, &delegate);
        QSignalSpy repaint(&delegate, &StatusDelegate::repaintNeeded);
        connect(&delegate, &StatusDelegate::repaintNeeded, view.viewport(), qOverload<>(&QWidget::update));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        clock.advance(300);
        QCOMPARE(repaint.size(), 0); // a stable status is painted once
        QCOMPARE(clock.pendingTasks(), 0);

        model.setItem(0, 0, statusItem(u"pausing"_s, Now.addSecs(-50)));
        QTRY_COMPARE(clock.pendingTasks(), 1); // painted: the next frame is planned
        clock.advance(80);
        QCOMPARE(repaint.size(), 1);
        clock.advance(80); // each repaint paints the ring again and plans the next frame
        QCOMPARE(repaint.size(), 2);
        QCOMPARE(delegate.displayText(model.index(0, 0)), u"pausing · 50 s"_s);

        model.setItem(0, 0, statusItem(u"paused"_s, Now));
        clock.advance(160); // the frame planned before it settled still comes, then no more
        const qsizetype settled = repaint.size();
        clock.advance(800);
        QCOMPARE(repaint.size(), settled);
        QCOMPARE(clock.pendingTasks(), 0);
    }

    void paintsWithoutAView()
    {
        QStandardItemModel model;
        model.appendRow(statusItem(u"loading failed"_s, {}));
        StatusDelegate delegate({Qt::DisplayRole, CategoryRole, SinceRole});
        QImage image(200, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.state = QStyle::State_Enabled;
        option.fontMetrics = QFontMetrics(option.font);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        // The failed marker is drawn in the failed colour somewhere on the left.
        const QColor failed = StatusPresentation::colour(StatusCategory::Failed, option.palette);
        bool found = false;
        for (int x = 0; x < 30 && !found; ++x)
            for (int y = 0; y < 24 && !found; ++y)
                found = image.pixelColor(x, y) == failed;
        QVERIFY(found);
    }

    // Paused is not running: a different shape in a different colour, so neither colour nor shape alone tells it.
    void pausedLooksOtherThanRunning()
    {
        const auto markerOf = [](const QString &status) {
            QStandardItemModel model;
            model.appendRow(statusItem(status, {}));
            StatusDelegate delegate({Qt::DisplayRole, CategoryRole, SinceRole});
            QImage image(24, 24, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.rect = QRect(0, 0, 200, 24); // the text starts right of the marker, outside the image
            option.state = QStyle::State_Enabled;
            option.fontMetrics = QFontMetrics(option.font);
            delegate.paint(&painter, option, model.index(0, 0));
            painter.end();
            return image;
        };
        const QImage running = markerOf(u"running"_s);
        const QImage paused = markerOf(u"paused"_s);
        QVERIFY(running != paused);
        const QColor green = StatusPresentation::colour(StatusCategory::Stable, QPalette());
        const QColor grey = StatusPresentation::restingColour(QPalette());
        const auto contains = [](const QImage &image, const QColor &colour) {
            for (int x = 0; x < image.width(); ++x)
                for (int y = 0; y < image.height(); ++y)
                    if (image.pixelColor(x, y) == colour)
                        return true;
            return false;
        };
        QVERIFY(contains(running, green));
        QVERIFY(!contains(paused, green));
        QVERIFY(contains(paused, grey));
        QVERIFY(StatusPresentation::isResting(u"Suspended"_s));
        QVERIFY(!StatusPresentation::isResting(u"running"_s));
    }
};

QTEST_MAIN(TestStatusDelegate)
#include "tst_statusdelegate.moc"
