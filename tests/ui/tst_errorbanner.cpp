#include "ui/errorbanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

class TestErrorBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsMessageRequestIdAndRetry()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!banner->isVisible());
        QVERIFY(banner->message().isEmpty());

        banner->showMessage(
            ErrorBanner::Severity::Error, u"The Aura API cannot be reached."_s, u"req-42"_s, u"Retry now"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(), u"The Aura API cannot be reached."_s);
        auto *id = banner->findChild<QLabel *>(u"errorBannerRequestId"_s);
        QVERIFY(id && id->isVisible());
        QVERIFY(id->text().contains(u"req-42"_s));

        QSignalSpy retry(banner, &ErrorBanner::retryRequested);
        auto *retryButton = banner->findChild<QPushButton *>(u"errorBannerRetry"_s);
        QVERIFY(retryButton && retryButton->isVisible());
        QTest::mouseClick(retryButton, Qt::LeftButton);
        QCOMPARE(retry.size(), 1);

        QTest::mouseClick(banner->findChild<QToolButton *>(u"errorBannerCopyId"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"req-42"_s);

        QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
        QTest::mouseClick(banner->findChild<QToolButton *>(u"errorBannerDismiss"_s), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(banner->message().isEmpty());
    }

    void withoutRequestIdOrRetryThoseAreHidden()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        window.show();
        banner->showMessage(ErrorBanner::Severity::Warning, u"Rate limited"_s);
        QVERIFY(!banner->findChild<QLabel *>(u"errorBannerRequestId"_s)->isVisible());
        QVERIFY(!banner->findChild<QPushButton *>(u"errorBannerRetry"_s)->isVisible());
        QVERIFY(!banner->hasFocus());
    }
};

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
