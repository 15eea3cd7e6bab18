// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ResolverEndpoint.h"

#include <QTest>

using namespace gatecheck;

class TestResolverEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("bare IPv4 takes port 53") << "8.8.8.8"
                                                 << "8.8.8.8" << 53;
        QTest::newRow("IPv4 with port") << "127.0.0.2:5353"
                                        << "127.0.0.2" << 5353;
        QTest::newRow("bare IPv6") << "2606:4700::1111"
                                   << "2606:4700::1111" << 53;
        QTest::newRow("bracketed IPv6") << "[::1]"
                                        << "::1" << 53;
        QTest::newRow("bracketed IPv6 with port") << "[::1]:5300"
                                                  << "::1" << 5300;
        QTest::newRow("surrounding spaces") << "  1.1.1.1 "
                                            << "1.1.1.1" << 53;
    }
    void parses()
    {
        QFETCH(QString, input);
        QFETCH(QString, address);
        QFETCH(int, port);
        QString error;
        const auto endpoint = ResolverEndpoint::parse(input, &error);
        QVERIFY2(endpoint.has_value(), qPrintable(error));
        QCOMPARE(endpoint->address, address);
        QCOMPARE(endpoint->port, port);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("host name") << "dns.google";
        QTest::newRow("port zero") << "1.1.1.1:0";
        QTest::newRow("port too big") << "1.1.1.1:70000";
        QTest::newRow("port not a number") << "1.1.1.1:dns";
        QTest::newRow("unclosed bracket") << "[::1:53";
        QTest::newRow("junk after bracket") << "[::1]53";
        QTest::newRow("empty") << "";
    }
    void rejects()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!ResolverEndpoint::parse(input, &error).has_value());
        QVERIFY(error.contains(QLatin1String("not a resolver address")));
    }
    void printsWithBrackets()
    {
        QCOMPARE((ResolverEndpoint {QStringLiteral("::1"), 53}).toString(), QStringLiteral("[::1]:53"));
        QCOMPARE((ResolverEndpoint {QStringLiteral("1.1.1.1"), 5353}).toString(), QStringLiteral("1.1.1.1:5353"));
    }
};

QTEST_GUILESS_MAIN(TestResolverEndpoint)
#include "tst_resolverendpoint.moc"
