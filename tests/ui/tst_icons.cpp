#include "ui/icons.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::IconId)

namespace {

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return count;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_themes;

    void useTheme(const QString &name)
    {
        QIcon::setThemeSearchPaths({m_themes.path()});
        QIcon::setThemeName(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_themes.isValid());
        // A theme with one icon, drawn in a colour none of the bundled icons uses.
        const QString actions = m_themes.filePath(u"auratest/scalable/actions"_s);
        QVERIFY(QDir().mkpath(actions));
        QVERIFY(writeFile(m_themes.filePath(u"auratest/index.theme"_s),
            "[Icon Theme]\nName=auratest\nDirectories=scalable/actions\n\n"
            "[scalable/actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\n"));
        QVERIFY(writeFile(actions + u"/list-add.svg"_s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
            "<rect width=\"16\" height=\"16\" fill=\"#ff00ff\"/></svg>"));
    }

    void init() { useTheme(u"no-such-theme"_s); }

    void everyIconHasItsOwnBundledFile()
    {
        QSet<QString> paths;
        for (const Aura::IconId id : Aura::AllIconIds) {
            const QString path = Aura::iconResourcePath(id);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            paths.insert(path);
        }
        QCOMPARE(paths.size(), int(std::size(Aura::AllIconIds)));
    }

    void bundledIconIsSharpAtAnySize_data()
    {
        QTest::addColumn<Aura::IconId>("id");
        for (const Aura::IconId id : Aura::AllIconIds)
            QTest::newRow(qPrintable(Aura::iconResourcePath(id))) << id;
    }
    void bundledIconIsSharpAtAnySize()
    {
        QFETCH(Aura::IconId, id);
        const QIcon icon = Aura::icon(id);
        QVERIFY(!icon.isNull());
        // A raster icon never grows beyond its largest image; only a vector engine delivers 512 device pixels for
        // 256 logical ones at a device pixel ratio of 2 (a high-DPI screen).
        for (const int size : {16, 256}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
            QCOMPARE(pixmap.size(), QSize(2 * size, 2 * size));
            const QImage image = pixmap.toImage();
            // Drawn, not blank: at least a tenth of the square is painted.
            QVERIFY2(opaquePixels(image) > image.width() * image.height() / 10,
                qPrintable(QString::number(opaquePixels(image))));
        }
    }

    void themeIconWinsOverBundled()
    {
        useTheme(u"auratest"_s);
        const QImage themed = Aura::icon(Aura::IconId::Create).pixmap(QSize(32, 32), 1.0).toImage();
        QCOMPARE(themed.pixelColor(16, 16), QColor(u"#ff00ff"_s));

        // Icons the theme lacks still come from the bundled set.
        const QImage pause = Aura::icon(Aura::IconId::Pause).pixmap(QSize(32, 32), 1.0).toImage();
        QVERIFY(opaquePixels(pause) > 0);
        QVERIFY(pause.pixelColor(16, 16) != QColor(u"#ff00ff"_s));
    }

    void statusIconsIgnoreTheTheme()
    {
        useTheme(u"auratest"_s);
        for (const Aura::IconId id : {Aura::IconId::StatusStable, Aura::IconId::StatusInProgress,
                 Aura::IconId::StatusFailed, Aura::IconId::StatusUnknown}) {
            QVERIFY(Aura::iconThemeName(id).isEmpty());
            const QIcon icon = Aura::icon(id);
            QCOMPARE(icon.name(), QString());
            QVERIFY(!icon.isNull());
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
