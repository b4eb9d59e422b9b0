#include "dialogfixtures.h"
#include "ui/dialogs/credentialsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

namespace {
// The permission bits as the file system has them, not as Qt summarises them.
unsigned modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return static_cast<unsigned>(st.st_mode) & 0777U;
}
} // namespace

class TestCredentialsFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileNameIsTheWebConsoles()
    {
        QCOMPARE(CredentialsFile::defaultFileName(u"f00dcafe"_s, QDate(2026, 3, 7)),
            u"Neo4j-f00dcafe-Created-2026-03-07.txt"_s);
        const InstanceCreated created = newInstanceCredentials();
        QCOMPARE(CredentialsFile::defaultFileName(created),
            u"Neo4j-f00dcafe-Created-%1.txt"_s.arg(created.createdAt.toLocalTime().date().toString(Qt::ISODate)));
        InstanceCreated undated = created;
        undated.createdAt = {};
        QCOMPARE(CredentialsFile::defaultFileName(undated),
            u"Neo4j-f00dcafe-Created-%1.txt"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    }

    void contentsAreDotenvLinesAfterAWaitComment()
    {
        const QList<QByteArray> lines = CredentialsFile::contents(newInstanceCredentials()).split('\n');
        QCOMPARE(lines.size(), 7); // six lines and the final newline
        QVERIFY(lines.at(0).startsWith("# Wait 60 seconds before connecting"));
        QCOMPARE(lines.at(1), "NEO4J_URI=neo4j+s://f00dcafe.databases.neo4j.io");
        QCOMPARE(lines.at(2), "NEO4J_USERNAME=neo4j");
        QCOMPARE(lines.at(3), "NEO4J_PASSWORD=Xk3-pQ9_vLm2TzR8wYb4NcHd7sFgJ1aE");
        QCOMPARE(lines.at(4), "AURA_INSTANCEID=f00dcafe");
        QCOMPARE(lines.at(5), "AURA_INSTANCENAME=orders-staging");
        QCOMPARE(lines.at(6), "");
    }

    void writtenFileIsReadableByTheOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(CredentialsFile::defaultFileName(newInstanceCredentials()));
        QString error;
        QVERIFY(CredentialsFile::write(path, newInstanceCredentials(), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(modeOf(path), 0600U);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), CredentialsFile::contents(newInstanceCredentials()));
    }

    void replacingAReadableFileTightensIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"credentials.txt"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\n");
        }
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(path), 0644U);
        QVERIFY(CredentialsFile::write(path, newInstanceCredentials(), nullptr));
        QCOMPARE(modeOf(path), 0600U);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), CredentialsFile::contents(newInstanceCredentials()));
    }

    void failureSaysWhyWithoutThePassword()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/credentials.txt"_s);
        QString error;
        QVERIFY(!CredentialsFile::write(path, newInstanceCredentials(), &error));
        QVERIFY(error.contains(u"credentials.txt"_s));
        QVERIFY(!error.contains(newInstanceCredentials().password));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_APPLESS_MAIN(TestCredentialsFile)
#include "tst_credentialsfile.moc"
