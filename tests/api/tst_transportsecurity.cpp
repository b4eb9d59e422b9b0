#include "api/transportsecurity.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTransportSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyTlsOrLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https live") << u"https://api.neo4j.io/v1"_s << true;
        QTest::newRow("https any host") << u"https://example.org/oauth/token"_s << true;
        QTest::newRow("http live") << u"http://api.neo4j.io/v1"_s << false;
        QTest::newRow("http lan address") << u"http://192.168.1.10:8080/v1"_s << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v1"_s << true;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/v1"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080/v1"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080/v1"_s << true;
        QTest::newRow("http localhost lookalike") << u"http://localhost.example.org/v1"_s << false;
        QTest::newRow("http 127 in a name") << u"http://127.0.0.1.nip.io/v1"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/v1"_s << false;
        QTest::newRow("no host") << u"https:///v1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void onlyTlsOrLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Aura::isTransportAllowed(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
