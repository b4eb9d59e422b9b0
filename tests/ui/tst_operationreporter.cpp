#include "models/activitylog.h"
#include "ui/desktopnotifier.h"
#include "ui/errorbanner.h"
#include "ui/operationreporter.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
Reply<T> failure(ApiError::Kind kind, int httpStatus, const QString &message, const QString &requestId)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.details = {ErrorDetail {message, u"invalid-field"_s, u"name"_s}};
    e.requestId = requestId;
    return Reply<T> {e, requestId, httpStatus};
}

} // namespace

// Where the outcome of each operation goes: the activity row, and on failure the banner with the request id.
class TestOperationReporter : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<ErrorBanner> m_banner;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<OperationReporter> m_reporter;

    QString cell(int row, ActivityLog::Column column) const { return m_activity->index(row, column).data().toString(); }

private Q_SLOTS:
    void init()
    {
        m_activity = std::make_unique<ActivityLog>();
        m_banner = std::make_unique<ErrorBanner>();
        m_notifier = std::make_unique<DesktopNotifier>();
        m_notifier->setEnabled(false); // no desktop here; tst_desktopnotifier covers delivery
        m_window = std::make_unique<QWidget>();
        m_reporter = std::make_unique<OperationReporter>(*m_activity, *m_banner, *m_notifier, m_window.get());
    }
    void cleanup()
    {
        m_reporter.reset();
        m_window.reset();
        m_notifier.reset();
        m_banner.reset();
        m_activity.reset();
    }

    void successFillsTheRowOnly()
    {
        const int op = m_reporter->begin(u"Pause"_s, u"orders"_s);
        QCOMPARE(m_activity->rowCount(), 1);
        QCOMPARE(m_activity->inFlight(), 1);
        QCOMPARE(cell(0, ActivityLog::Operation), u"Pause"_s);
        QCOMPARE(cell(0, ActivityLog::Target), u"orders"_s);

        const Reply<Instance> reply {Instance {}, u"req-ok-1"_s, 200};
        QVERIFY(m_reporter->finish(op, reply));
        QCOMPARE(m_activity->inFlight(), 0);
        QCOMPARE(cell(0, ActivityLog::Outcome), u"Succeeded"_s);
        QCOMPARE(cell(0, ActivityLog::RequestId), u"req-ok-1"_s);
        QVERIFY(m_banner->message().isEmpty());
    }

    void failureFillsTheBannerAndTheRow_data()
    {
        QTest::addColumn<QString>("replyRequestId");
        QTest::addColumn<QString>("errorRequestId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("on the reply") << u"req-reply"_s << u"req-reply"_s << u"req-reply"_s;
        // A failure before the final response may carry the id in the error only.
        QTest::newRow("on the error only") << QString() << u"req-error"_s << u"req-error"_s;
    }
    void failureFillsTheBannerAndTheRow()
    {
        QFETCH(QString, replyRequestId);
        QFETCH(QString, errorRequestId);
        QFETCH(QString, expected);
        m_reporter->begin(u"Create"_s, u"first"_s);
        const int op = m_reporter->begin(u"Create"_s, u"orders-new"_s);
        Reply<InstanceCreated> reply
            = failure<InstanceCreated>(ApiError::Kind::Http, 400, u"The name is taken"_s, errorRequestId);
        reply.requestId = replyRequestId;
        QVERIFY(!m_reporter->finish(op, reply));

        QCOMPARE(cell(1, ActivityLog::Outcome), u"Failed"_s);
        QCOMPARE(cell(1, ActivityLog::RequestId), expected);
        QVERIFY(cell(1, ActivityLog::Message).contains(u"The name is taken"_s));
        QCOMPARE(cell(0, ActivityLog::Outcome), u"In progress"_s); // the other operation is untouched
        QCOMPARE(m_activity->inFlight(), 1);

        const QString banner = m_banner->message();
        QVERIFY2(banner.contains(u"orders-new"_s) && banner.contains(u"Create"_s), qPrintable(banner));
        QVERIFY(banner.contains(u"The name is taken"_s));
        QVERIFY(!banner.contains(u"first"_s));
        QCOMPARE(m_banner->requestId(), expected);
    }

    void cancelledIsLoggedWithoutTheBanner()
    {
        const int op = m_reporter->begin(u"Resize"_s, u"orders"_s);
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        QVERIFY(!m_reporter->finish(op, Reply<Instance> {cancelled, {}, 0}));
        QCOMPARE(m_activity->inFlight(), 0);
        QCOMPARE(cell(0, ActivityLog::Outcome), u"Failed"_s);
        QCOMPARE(cell(0, ActivityLog::Message), u"Cancelled"_s);
        QVERIFY(cell(0, ActivityLog::RequestId).isEmpty());
        QVERIFY(m_banner->message().isEmpty());
        QVERIFY(m_banner->requestId().isEmpty());
    }
};

QTEST_MAIN(TestOperationReporter)
#include "tst_operationreporter.moc"
