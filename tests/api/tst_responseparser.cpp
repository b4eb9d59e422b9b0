#include "api/errorbody.h"
#include "api/responseparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
namespace Parse = Aura::Parse;

namespace {

template<typename T>
const T &valueOf(const Parse::Parsed<T> &parsed)
{
    if (const auto *error = std::get_if<QString>(&parsed))
        qFatal("unexpected parse error: %s", qPrintable(*error));
    return std::get<T>(parsed);
}

template<typename T>
bool isError(const Parse::Parsed<T> &parsed)
{
    return std::holds_alternative<QString>(parsed);
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instanceListInBothDialects()
    {
        // Seed: full objects; live: summaries without status; unknown fields and statuses pass through.
        const auto list = valueOf(Parse::instanceList(
            "{\"data\":[{\"id\":\"a1\",\"name\":\"seed\",\"status\":\"running\",\"tenant_id\":\"t1\",\"memory\":\"8GB\",\"neo4j_version\":\"5\"},{\"id\":\"b2\",\"name\":\"live\",\"tenant_id\":\"t1\",\"cloud_provider\":\"gcp\",\"created_at\":\"2026-11-01T10:00:00Z\",\"brand_new_field\":{\"x\":1}},{\"id\":\"c3\",\"status\":\"hibernating\"},{\"name\":\"no id, skipped\"}]}"_ba));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].status, u"running"_s);
        QCOMPARE(list[0].version, u"5"_s);
        QVERIFY(!list[1].hasDetails());
        QCOMPARE(list[1].createdAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(list[2].status, u"hibernating"_s);
    }

    void listsMustBeLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << "{\"data\":[{\"id\":\"a1\"},"_ba;
        QTest::newRow("object instead of list") << "{\"data\":{\"id\":\"a1\"}}"_ba;
        QTest::newRow("html") << "<html>502</html>"_ba;
        QTest::newRow("empty") << QByteArray();
    }
    void listsMustBeLists()
    {
        QFETCH(QByteArray, body);
        QVERIFY(isError(Parse::instanceList(body)));
        QVERIFY(isError(Parse::tenantList(body)));
        QVERIFY(isError(Parse::snapshotList(body)));
        QVERIFY(isError(Parse::encryptionKeyList(body)));
    }

    void customerManagedKeysListedAndInDetail()
    {
        // The list names id, name and project only; the details the rest. A status never seen is kept verbatim.
        const auto list = valueOf(Parse::encryptionKeyList(
            "{\"data\":[{\"id\":\"k1\",\"name\":\"Production Key\",\"tenant_id\":\"t1\"},{\"name\":\"no id\"}]}"_ba));
        QCOMPARE(list.size(), 1);
        QVERIFY(!list[0].hasDetails());
        QCOMPARE(list[0].displayName(), u"Production Key"_s);
        const Aura::EncryptionKey k = valueOf(Parse::encryptionKey(
            "{\"data\":{\"id\":\"k1\",\"name\":\"Production Key\",\"tenant_id\":\"t1\",\"cloud_provider\":\"gcp\",\"region\":\"europe-west1\",\"instance_type\":\"enterprise-db\",\"key_id\":\"projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k\",\"created\":\"2024-01-31T14:06:57Z\",\"status\":\"ready\"}}"_ba));
        QVERIFY(k.hasDetails() && k.isReady());
        QCOMPARE(k.instanceType, u"enterprise-db"_s);
        QCOMPARE(k.created, QDateTime(QDate(2024, 1, 31), QTime(14, 6, 57), Qt::UTC));
        const Aura::EncryptionKey odd
            = valueOf(Parse::encryptionKey("{\"data\":{\"id\":\"k2\",\"status\":\"revoked\"}}"_ba));
        QVERIFY(!odd.isReady());
        QCOMPARE(odd.status, u"revoked"_s);
        QVERIFY(isError(Parse::encryptionKey("{\"data\":{\"name\":\"nameless\"}}"_ba)));
    }

    // Every response example of spec/aura-v1-official.yaml (written into the fuzz corpus by scripts/fuzz-corpus.sh)
    // is read: the documented answers of the live service are never refused as unreadable.
    void theLiveSpecsExamplesAreRead_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QByteArray>("body");
        const QString corpus = QFINDTESTDATA("../fuzz/corpus");
        QVERIFY(!corpus.isEmpty());
        int examples = 0;
        for (const QString &family : {u"instances"_s, u"tenants"_s, u"snapshots"_s, u"errors"_s}) {
            QDir dir(corpus + u'/' + family);
            for (const QString &name : dir.entryList({u"spec-*.json"_s}, QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QTest::newRow(qPrintable(family + u'/' + name)) << family << file.readAll();
                ++examples;
            }
        }
        QVERIFY2(examples >= 40, "the spec's examples are missing from the corpus: run scripts/fuzz-corpus.sh");
    }
    void theLiveSpecsExamplesAreRead()
    {
        QFETCH(QString, family);
        QFETCH(QByteArray, body);
        if (family == u"errors") {
            const Aura::ApiError error = Aura::httpError(404, body, u"rid"_s);
            QVERIFY(!error.details.isEmpty() || !error.serverError.isEmpty());
            QVERIFY(!error.userMessage().isEmpty());
            return;
        }
        bool read = false;
        if (family == u"instances") {
            read = !isError(Parse::instanceList(body)) || !isError(Parse::instance(body))
                || !isError(Parse::optionalInstance(body));
        } else if (family == u"tenants") {
            read = !isError(Parse::tenantList(body)) || !isError(Parse::tenant(body))
                || !isError(Parse::encryptionKeyList(body)) || !isError(Parse::encryptionKey(body));
        } else if (family == u"snapshots") {
            read = !isError(Parse::snapshotList(body)) || !isError(Parse::snapshot(body, u"i1"_s));
        }
        QVERIFY2(read, body.constData());
    }

    void emptyListIsFine() { QVERIFY(valueOf(Parse::instanceList("{\"data\":[]}"_ba)).isEmpty()); }

    void singleObjectNeedsAnId()
    {
        QCOMPARE(valueOf(Parse::instance("{\"data\":{\"id\":\"x\",\"status\":\"paused\"}}"_ba)).status, u"paused"_s);
        QVERIFY(isError(Parse::instance("{\"data\":{\"name\":\"nameless\"}}"_ba)));
        QVERIFY(isError(Parse::instance("{\"data\":[]}"_ba)));
        QVERIFY(isError(Parse::tenant("{\"data\":{}}"_ba)));
    }

    void tenantWithLiveConfigurations()
    {
        const auto t = valueOf(Parse::tenant(
            "{\"data\":{\"id\":\"t1\",\"name\":\"Production\",\"instance_configurations\":[{\"region\":\"europe-west1\",\"region_name\":\"Belgium\",\"type\":\"enterprise-db\",\"memory\":\"8GB\",\"storage\":\"16GB\",\"version\":\"5\",\"cloud_provider\":\"gcp\"}]}}"_ba));
        QCOMPARE(t.name, u"Production"_s);
        QCOMPARE(t.configurations.size(), 1);
        QCOMPARE(t.configurations[0].memory, u"8GB"_s);
    }

    void aConfigurationBombIsRefusedNamingItsTenant()
    {
        // 2,000 versions × 2,000 memories in one region: 16 KB that once made 4 million rows.
        QStringList many;
        for (int k = 0; k < 2'000; ++k)
            many << QString::number(k);
        const QString list = u"[\""_s + many.join(u"\",\""_s) + u"\"]"_s;
        const QByteArray body
            = (u"{\"data\":{\"id\":\"t-bomb\",\"instance_configurations\":[{\"type\":\"enterprise-db\","
               u"\"regions\":[{\"name\":\"r\",\"version\":"_s
                + list + u",\"memory\":"_s + list + u"}]}]}}"_s)
                  .toUtf8();
        const auto detail = Parse::tenant(body);
        QVERIFY(isError(detail));
        QVERIFY2(std::get<QString>(detail).contains(u"t-bomb"_s), qPrintable(std::get<QString>(detail)));
        QByteArray asList = body;
        asList.replace("{\"data\":{", "{\"data\":[{").chop(1);
        asList += "]}";
        const auto listed = Parse::tenantList(asList);
        QVERIFY(isError(listed));
        QVERIFY(std::get<QString>(listed).contains(u"t-bomb"_s));
    }

    void aFlatConfigurationListHasItsCapToo()
    {
        QString rows;
        for (int k = 0; k <= Aura::MaxConfigurationRows; ++k)
            rows += u"{\"type\":\"professional-db\",\"region\":\"r%1\"},"_s.arg(k);
        rows.chop(1);
        const QByteArray body
            = (u"{\"data\":{\"id\":\"t-flat\",\"instance_configurations\":["_s + rows + u"]}}"_s).toUtf8();
        QVERIFY(isError(Parse::tenant(body)));
        // One row fewer is read in full.
        const QByteArray fits = QByteArray(body).replace(
            (u",{\"type\":\"professional-db\",\"region\":\"r%1\"}"_s.arg(Aura::MaxConfigurationRows)).toUtf8(), "");
        QCOMPARE(valueOf(Parse::tenant(fits)).configurations.size(), Aura::MaxConfigurationRows);
    }

    void createdKeepsTheOneTimePassword()
    {
        const auto c = valueOf(Parse::instanceCreated(
            "{\"data\":{\"id\":\"n1\",\"name\":\"new\",\"tenant_id\":\"t1\",\"connection_url\":\"neo4j+s://n1.databases.neo4j.io\",\"username\":\"neo4j\",\"password\":\"s3cret\"}}"_ba));
        QCOMPARE(c.id, u"n1"_s);
        QCOMPARE(c.password, u"s3cret"_s);
    }

    void actionAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hasInstance");
        QTest::newRow("seed instance") << "{\"data\":{\"id\":\"i1\",\"status\":\"pausing\"}}"_ba << true;
        QTest::newRow("live resize {}") << "{}"_ba << false;
        QTest::newRow("live data {}") << "{\"data\":{}}"_ba << false;
        QTest::newRow("no body") << QByteArray() << false;
        QTest::newRow("whitespace") << " \n"_ba << false;
    }
    void actionAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, hasInstance);
        QCOMPARE(valueOf(Parse::optionalInstance(body)).has_value(), hasInstance);
    }

    void actionAnswerThatIsNotJsonIsAnError()
    {
        QVERIFY(isError(Parse::optionalInstance("not json"_ba)));
        QVERIFY(isError(Parse::optionalInstance("{\"data\":[1]}"_ba)));
    }

    void snapshotCreateLiveAnswerGetsItsInstance()
    {
        const auto s = valueOf(Parse::snapshot("{\"data\":{\"snapshot_id\":\"s1\"}}"_ba, u"i1"_s));
        QCOMPARE(s.snapshotId, u"s1"_s);
        QCOMPARE(s.instanceId, u"i1"_s);
        const auto full = valueOf(Parse::snapshot(
            "{\"data\":{\"snapshot_id\":\"s2\",\"instance_id\":\"other\",\"status\":\"Pending\",\"profile\":\"AdHoc\"}}"_ba,
            u"i1"_s));
        QCOMPARE(full.instanceId, u"other"_s);
        QCOMPARE(full.status, u"Pending"_s);
    }

    void restoreInBothDialects()
    {
        const auto seed = valueOf(Parse::restored(
            "{\"data\":{\"id\":\"new1\",\"username\":\"neo4j\",\"password\":\"pw\",\"connection_url\":\"neo4j+s://x\"}}"_ba,
            u"i1"_s));
        QVERIFY(seed);
        QCOMPARE(seed->password, u"pw"_s);
        QVERIFY(!valueOf(Parse::restored("{\"data\":{\"id\":\"i1\",\"status\":\"restoring\"}}"_ba, u"i1"_s)));
        QVERIFY(!valueOf(Parse::restored({}, u"i1"_s)));
    }

    void bareBodiesWithoutEnvelopeAreRead()
    {
        QCOMPARE(valueOf(Parse::instanceList("[{\"id\":\"a\"}]"_ba)).size(), 1);
        QCOMPARE(valueOf(Parse::instance("{\"id\":\"a\"}"_ba)).id, u"a"_s);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
