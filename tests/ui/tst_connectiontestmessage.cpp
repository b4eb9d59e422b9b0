#include "ui/connectiontestmessage.h"

#include <QTest>

using namespace Aura;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Aura::ApiError::Kind)

namespace {

Reply<QList<Tenant>> failure(ApiError::Kind kind, const QString &detail = {}, int status = 0)
{
    ApiError error;
    error.kind = kind;
    error.detailText = detail;
    error.httpStatus = status;
    return {error, {}, status};
}

} // namespace

class TestConnectionTestMessage : public QObject
{
    Q_OBJECT
private:
    Account m_account = Account::create(u"Work"_s, u"client"_s);

private Q_SLOTS:
    void tenantsAreNamed()
    {
        const QList<Tenant> tenants {{u"t1"_s, u"Alpha"_s, {}}, {u"t2"_s, QString(), {}}};
        const StatusMessage message = connectionTestMessage({tenants, u"req-1"_s, 200}, m_account);
        QCOMPARE(message.severity, StatusMessage::Severity::Success);
        QVERIFY2(message.text.contains(u"Alpha"_s), qPrintable(message.text));
        QVERIFY2(message.text.contains(u"t2"_s), qPrintable(message.text)); // no name: the id stands in
        QVERIFY2(message.text.contains(u"2"_s), qPrintable(message.text));
    }

    void manyTenantsAreShortened()
    {
        QList<Tenant> tenants;
        for (int i = 0; i < 5; ++i)
            tenants.append({QString::number(i), u"Project %1"_s.arg(i), {}});
        const StatusMessage message = connectionTestMessage({tenants, {}, 200}, m_account);
        QVERIFY(message.text.contains(u"Project 2"_s));
        QVERIFY(!message.text.contains(u"Project 3"_s));
        QVERIFY(message.text.contains(u"5"_s));
    }

    void noTenantsIsStillAConnection()
    {
        const StatusMessage message = connectionTestMessage({QList<Tenant>(), {}, 200}, m_account);
        QCOMPARE(message.severity, StatusMessage::Severity::Success);
        QVERIFY(message.text.contains(u"no projects"_s));
    }

    void errors_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("wrong credentials") << ApiError::Kind::InvalidCredentials << QString() << u"Wrong credentials"_s;
        QTest::newRow("unreachable") << ApiError::Kind::Network << u"Connection refused"_s << u"Cannot reach"_s;
        QTest::newRow("unreachable names the host")
            << ApiError::Kind::Network << u"Host not found"_s << u"api.neo4j.io"_s;
        QTest::newRow("unreachable keeps the reason")
            << ApiError::Kind::Network << u"Host not found"_s << u"Host not found"_s;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << QString() << u"did not answer in time"_s;
        QTest::newRow("missing permission") << ApiError::Kind::PermissionDenied << QString() << u"Missing permission"_s;
        QTest::newRow("insecure") << ApiError::Kind::InsecureTransport << u"SSL handshake failed"_s
                                  << u"SSL handshake failed"_s;
        QTest::newRow("http") << ApiError::Kind::Http << u"Internal error"_s << u"Internal error"_s;
    }

    void errors()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, detail);
        QFETCH(QString, expectedPart);
        const StatusMessage message = connectionTestMessage(failure(kind, detail, 500), m_account);
        QCOMPARE(message.severity, StatusMessage::Severity::Error);
        QVERIFY2(message.text.contains(expectedPart), qPrintable(message.text));
    }

    void threeKindsAreToldApart()
    {
        // The three situations the user must tell apart get three different messages.
        const QString credentials = connectionTestMessage(failure(ApiError::Kind::InvalidCredentials), m_account).text;
        const QString network = connectionTestMessage(failure(ApiError::Kind::Network), m_account).text;
        const QString permission = connectionTestMessage(failure(ApiError::Kind::PermissionDenied), m_account).text;
        QVERIFY(credentials != network);
        QVERIFY(network != permission);
        QVERIFY(permission != credentials);
    }

    void requestIdIsShown()
    {
        Reply<QList<Tenant>> reply = failure(ApiError::Kind::PermissionDenied);
        reply.requestId = u"abc-123"_s;
        QVERIFY(connectionTestMessage(reply, m_account).text.contains(u"abc-123"_s));
    }

    void serverDetailsForHttpErrors()
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 400;
        error.details = {{u"Bad client"_s, u"bad"_s, {}}};
        const StatusMessage message = connectionTestMessage({error, {}, 400}, m_account);
        QVERIFY(message.text.contains(u"400"_s));
        QVERIFY(message.text.contains(u"Bad client"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTestMessage)
#include "tst_connectiontestmessage.moc"
