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

    // The bearer token opens the whole account: it follows a URL from an answer only to Aura's own hosts.
    void theTokenGoesOnlyToAurasHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<bool>("allowed");
        const QString live = u"https://api.neo4j.io/v1"_s;
        const QString sandbox = u"http://127.0.0.1:8080/v1"_s;
        QTest::newRow("live metrics host")
            << u"https://customer-metrics-api.neo4j.io/api/v1/t1/metrics"_s << live << true;
        QTest::newRow("neo4j.io itself") << u"https://neo4j.io/metrics"_s << live << true;
        QTest::newRow("upper case host") << u"https://Customer-Metrics-API.NEO4J.IO/m"_s << live << true;
        QTest::newRow("plain http on aura") << u"http://customer-metrics-api.neo4j.io/m"_s << live << false;
        QTest::newRow("another host") << u"https://metrics.example.com/api/v1/t1/metrics"_s << live << false;
        QTest::newRow("suffix lookalike") << u"https://evilneo4j.io/m"_s << live << false;
        QTest::newRow("aura name under another domain") << u"https://neo4j.io.example.com/m"_s << live << false;
        QTest::newRow("user info") << u"https://x@customer-metrics-api.neo4j.io/m"_s << live << false;
        QTest::newRow("user info before another host") << u"https://neo4j.io@example.com/m"_s << live << false;
        QTest::newRow("loopback from the live service") << u"http://127.0.0.1:9090/metrics"_s << live << false;
        QTest::newRow("loopback https from the live service") << u"https://localhost/metrics"_s << live << false;
        QTest::newRow("loopback from the sandbox")
            << u"http://127.0.0.1:8080/customer-metrics/api/v1/t1/metrics"_s << sandbox << true;
        QTest::newRow("aura host from the sandbox") << u"https://customer-metrics-api.neo4j.io/m"_s << sandbox << true;
        QTest::newRow("lan host from the sandbox") << u"http://192.168.1.10/metrics"_s << sandbox << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << sandbox << false;
        QTest::newRow("empty") << QString() << live << false;
    }
    void theTokenGoesOnlyToAurasHosts()
    {
        QFETCH(QString, url);
        QFETCH(QString, apiBase);
        QFETCH(bool, allowed);
        QCOMPARE(Aura::isTokenDestinationAllowed(QUrl(url), QUrl(apiBase)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
