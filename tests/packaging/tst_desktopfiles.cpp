#include "ui/icons.h"

#include <QFile>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString AppId = u"org.auraconsole.AuraConsole"_s;

QString packagingFile(const QString &name)
{
    return QStringLiteral(AURA_PACKAGING_DIR) + u'/' + name;
}

// The keys of the [Desktop Entry] group (the validator checks the syntax; this checks what they point at).
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inEntry = line == "[Desktop Entry]"_L1;
        else if (inEntry && line.contains(u'='))
            entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return entry;
}

} // namespace

// One application id ties the desktop file, the AppStream metainfo, the icon and the running application together;
// software centres and docks find nothing when one of them drifts.
class TestDesktopFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFileNamesTheInstalledIconAndExecutable()
    {
        const QHash<QString, QString> entry = desktopEntry(packagingFile(AppId + ".desktop"_L1));
        QVERIFY(!entry.isEmpty());
        QCOMPARE(entry.value(u"Icon"_s), AppId);
        QCOMPARE(Aura::iconThemeName(Aura::IconId::Application), AppId);
        QVERIFY(QFile::exists(Aura::iconResourcePath(Aura::IconId::Application)));
        QVERIFY(Aura::iconResourcePath(Aura::IconId::Application).endsWith(AppId + ".svg"_L1));
        QCOMPARE(entry.value(u"Exec"_s).section(u' ', 0, 0), u"aura-console"_s);
    }

    void metainfoMatchesTheDesktopFileAndVersion()
    {
        QFile file(packagingFile(AppId + ".metainfo.xml"_L1));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id;
        QString launchable;
        QStringList releases;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "id"_L1)
                id = xml.readElementText();
            else if (xml.name() == "launchable"_L1)
                launchable = xml.readElementText();
            else if (xml.name() == "release"_L1)
                releases.append(xml.attributes().value("version"_L1).toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, AppId);
        QCOMPARE(launchable, AppId + ".desktop"_L1);
        // Releases are listed newest first; a version bump without a release entry would ship stale notes.
        QVERIFY(!releases.isEmpty());
        QCOMPARE(releases.constFirst(), QStringLiteral(AURA_VERSION));
    }
};

QTEST_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
