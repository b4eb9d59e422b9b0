#include "models/configurationoptions.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

namespace {

InstanceConfiguration row(const QString &type, const QString &cloud, const QString &region, const QString &memory,
    const QString &storage = {}, const QString &version = u"5"_s)
{
    return InstanceConfiguration {type, cloud, region, region.toUpper(), memory, storage, version};
}

// A tenant in the live dialect: one row per allowed combination, listed in no particular order.
QList<InstanceConfiguration> liveRows()
{
    return {
        row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"16GB"_s, u"32GB"_s),
        row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"2GB"_s, u"4GB"_s),
        row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"128GB"_s, u"256GB"_s),
        row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"2GB"_s, u"4GB"_s, u"4"_s),
        row(u"enterprise-db"_s, u"aws"_s, u"us-east-1"_s, u"8GB"_s, u"16GB"_s),
        row(u"professional-db"_s, u"gcp"_s, u"us-central1"_s, u"4GB"_s, u"8GB"_s),
        row(u"professional-db"_s, u"azure"_s, u"westeurope"_s, u"1GB"_s, u"2GB"_s),
    };
}

} // namespace

class TestConfigurationOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typesKeepServerOrderWithoutDuplicates()
    {
        const ConfigurationOptions options(liveRows());
        QCOMPARE(options.types(), (QStringList {u"enterprise-db"_s, u"professional-db"_s}));
        QVERIFY(ConfigurationOptions().isEmpty());
        QVERIFY(ConfigurationOptions().types().isEmpty());
    }

    void eachStepOffersOnlyWhatRemains()
    {
        const ConfigurationOptions options(liveRows());
        ConfigurationChoice c;
        c.type = u"professional-db"_s;
        QCOMPARE(options.cloudProviders(c), (QStringList {u"gcp"_s, u"azure"_s}));
        c.cloudProvider = u"azure"_s;
        QCOMPARE(options.regions(c), (QList<RegionOption> {{u"westeurope"_s, u"WESTEUROPE"_s}}));
        c.region = u"westeurope"_s;
        QCOMPARE(options.memorySizes(c), QStringList {u"1GB"_s});

        c = {};
        c.type = u"enterprise-db"_s;
        c.cloudProvider = u"gcp"_s;
        QCOMPARE(options.regions(c).size(), 1);
        QCOMPARE(options.regions(c).constFirst().region, u"europe-west1"_s);
        c.cloudProvider = u"aws"_s;
        QCOMPARE(options.regions(c).constFirst().region, u"us-east-1"_s);
    }

    void memorySizesSortNumerically()
    {
        const ConfigurationOptions options(liveRows());
        const ConfigurationChoice c {u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, {}, {}};
        QCOMPARE(options.memorySizes(c), (QStringList {u"2GB"_s, u"16GB"_s, u"128GB"_s}));
    }

    void sortMemorySizes_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("sorted");
        QTest::newRow("numeric, not alphabetic") << QStringList {u"512GB"_s, u"16GB"_s, u"2GB"_s, u"1GB"_s, u"192GB"_s}
                                                 << QStringList {u"1GB"_s, u"2GB"_s, u"16GB"_s, u"192GB"_s, u"512GB"_s};
        QTest::newRow("units") << QStringList {u"2GB"_s, u"1TB"_s, u"512MB"_s}
                               << QStringList {u"512MB"_s, u"2GB"_s, u"1TB"_s};
        QTest::newRow("unparseable last")
            << QStringList {u"large"_s, u"8GB"_s, u"GB"_s} << QStringList {u"8GB"_s, u"GB"_s, u"large"_s};
    }
    void sortMemorySizes()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, sorted);
        ConfigurationOptions::sortMemorySizes(input);
        QCOMPARE(input, sorted);
    }

    void versionsDependOnMemoryNewestFirst()
    {
        const ConfigurationOptions options(liveRows());
        ConfigurationChoice c {u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"2GB"_s, {}};
        QCOMPARE(options.versions(c), (QStringList {u"5"_s, u"4"_s}));
        c.memory = u"16GB"_s;
        QCOMPARE(options.versions(c), QStringList {u"5"_s});
    }

    void storageGoesWithMemory()
    {
        const ConfigurationOptions options(liveRows());
        ConfigurationChoice c {u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"16GB"_s, u"5"_s};
        QCOMPARE(options.storage(c), u"32GB"_s);
        c.memory = u"128GB"_s;
        QCOMPARE(options.storage(c), u"256GB"_s);
        c.memory.clear();
        QCOMPARE(options.storage(c), QString());
        // Resizing knows no version: the memory alone decides.
        QCOMPARE(options.storage({u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"2GB"_s, {}}), u"4GB"_s);
    }

    void storageSizesListEveryChoiceForTheMemory()
    {
        QList<InstanceConfiguration> rows = liveRows();
        rows << row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"16GB"_s, u"128GB"_s)
             << row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"16GB"_s, u"64GB"_s)
             << row(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"16GB"_s, u"64GB"_s, u"4"_s);
        const ConfigurationOptions options(rows);
        const ConfigurationChoice c {u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, u"16GB"_s, {}};
        QCOMPARE(options.storageSizes(c), (QStringList {u"32GB"_s, u"64GB"_s, u"128GB"_s})); // once each, in order
        QCOMPARE(options.storageSizes({u"enterprise-db"_s, u"aws"_s, u"us-east-1"_s, u"8GB"_s, {}}),
            QStringList {u"16GB"_s});
        QVERIFY(options.storageSizes({u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s, {}, {}}).isEmpty());
    }

    void allowsOnlyListedCombinations_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("memory");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("listed") << u"enterprise-db"_s << u"gcp"_s << u"europe-west1"_s << u"2GB"_s << u"4"_s << true;
        QTest::newRow("region of another cloud")
            << u"enterprise-db"_s << u"gcp"_s << u"us-east-1"_s << u"8GB"_s << u"5"_s << false;
        QTest::newRow("memory not listed")
            << u"enterprise-db"_s << u"gcp"_s << u"europe-west1"_s << u"4GB"_s << u"5"_s << false;
        QTest::newRow("version not listed for memory")
            << u"enterprise-db"_s << u"gcp"_s << u"europe-west1"_s << u"16GB"_s << u"4"_s << false;
        QTest::newRow("version left open where rows name one")
            << u"enterprise-db"_s << u"gcp"_s << u"europe-west1"_s << u"16GB"_s << QString() << false;
        QTest::newRow("type missing") << QString() << u"gcp"_s << u"europe-west1"_s << u"2GB"_s << u"5"_s << false;
    }
    void allowsOnlyListedCombinations()
    {
        QFETCH(QString, type);
        QFETCH(QString, cloud);
        QFETCH(QString, region);
        QFETCH(QString, memory);
        QFETCH(QString, version);
        QFETCH(bool, allowed);
        const ConfigurationOptions options(liveRows());
        QCOMPARE(options.allows({type, cloud, region, memory, version}), allowed);
    }

    void seedRowsLeaveCloudMemoryAndVersionOpen()
    {
        // What the seed dialect gives: type and region, nothing else.
        const ConfigurationOptions options(QList<InstanceConfiguration> {
            {u"enterprise-db"_s, {}, u"europe-west1"_s, {}, {}, {}, {}},
            {u"enterprise-db"_s, {}, u"us-east-1"_s, {}, {}, {}, {}},
            {u"free-db"_s, {}, u"europe-west1"_s, {}, {}, {}, {}},
        });
        ConfigurationChoice c {u"enterprise-db"_s, {}, {}, {}, {}};
        QCOMPARE(options.cloudProviders(c), ConfigurationOptions::knownCloudProviders());
        c.cloudProvider = u"aws"_s;
        QCOMPARE(options.regions(c).size(), 2);
        c.region = u"us-east-1"_s;
        QCOMPARE(options.memorySizes(c), ConfigurationOptions::knownMemorySizes());
        c.memory = u"384GB"_s;
        QCOMPARE(options.versions(c), QStringList {QString()});
        QCOMPARE(options.storage(c), QString());
        QVERIFY(options.allows(c));
        c.version = u"5"_s;
        QVERIFY(options.allows(c));

        c = {u"free-db"_s, u"gcp"_s, u"europe-west1"_s, {}, {}};
        QCOMPARE(options.memorySizes(c), QStringList {u"1GB"_s});
        c.memory = u"2GB"_s;
        QVERIFY(!options.allows(c));
    }

    void knownMemorySizesAreSorted()
    {
        QStringList sizes = ConfigurationOptions::knownMemorySizes();
        QCOMPARE(sizes.size(), 14);
        ConfigurationOptions::sortMemorySizes(sizes);
        QCOMPARE(sizes, ConfigurationOptions::knownMemorySizes());
    }

    void resizeSizesForTypeAndRegion()
    {
        const ConfigurationOptions options(liveRows());
        QCOMPARE(options.resizeMemorySizes(u"enterprise-db"_s, u"gcp"_s, u"europe-west1"_s),
            (QStringList {u"2GB"_s, u"16GB"_s, u"128GB"_s}));
        // A live instance summary may lack its cloud provider: the region decides.
        QCOMPARE(options.resizeMemorySizes(u"enterprise-db"_s, QString(), u"us-east-1"_s), QStringList {u"8GB"_s});
        QVERIFY(options.resizeMemorySizes(u"professional-db"_s, u"gcp"_s, u"europe-west1"_s).isEmpty());
        QVERIFY(options.resizeMemorySizes(QString(), u"gcp"_s, u"europe-west1"_s).isEmpty());
    }

    void memoryGigabytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("gigabytes");
        QTest::newRow("GB") << u"8GB"_s << 8.0;
        QTest::newRow("lower case, spaces") << u" 16 gb"_s << 16.0;
        QTest::newRow("MB") << u"512MB"_s << 0.5;
        QTest::newRow("TB") << u"2TB"_s << 2048.0;
        QTest::newRow("no unit") << u"8"_s << -1.0;
        QTest::newRow("no number") << u"GB"_s << -1.0;
        QTest::newRow("negative") << u"-1GB"_s << -1.0;
    }
    void memoryGigabytes()
    {
        QFETCH(QString, text);
        QFETCH(double, gigabytes);
        QCOMPARE(ConfigurationOptions::memoryGigabytes(text).value_or(-1.0), gigabytes);
    }
};

QTEST_APPLESS_MAIN(TestConfigurationOptions)
#include "tst_configurationoptions.moc"
