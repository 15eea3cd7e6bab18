// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP rig's servers do what the probe tests assume, checked with raw sockets (not with
// the code under test): nginx's real gateway errors and WAF page, squid's own error page,
// the delay relay's delay, the hostile peer's 1 MiB of headers.
#include "DelayRelay.h"
#include "HostileHttp.h"
#include "Nginx.h"
#include "Squid.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace gatecheck::rig;
using namespace std::chrono_literals;

namespace {

// One HTTP/1.0 exchange on a fresh connection, read to the server's close.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 15000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray response;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        response += socket.readAll();
    }
    return response + socket.readAll();
}

QByteArray get(quint16 port, const QByteArray &path)
{
    return exchange(port, "GET " + path + " HTTP/1.0\r\nHost: origin.test\r\n\r\n");
}

} // namespace

class TestHttpRig : public QObject
{
    Q_OBJECT
private slots:
    void nginxPlaysEveryPart()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("python3");
        Nginx nginx;
        nginx.setOriginPage(QStringLiteral("Rig <Home>"));
        nginx.addOriginHeader(QStringLiteral("X-Rig"), QStringLiteral("yes"));
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        QVERIFY(nginx.writeFile(QStringLiteral("files/a.txt"), "file body"));
        const quint16 port = nginx.httpPort();

        QByteArray r = get(port, "/");
        QVERIFY2(
            r.startsWith("HTTP/1.1 200") && r.contains("<title>Rig &lt;Home&gt;</title>") && r.contains("X-Rig: yes"),
            r.left(2000).constData());
        QVERIFY2(get(port, "/bad-gateway").startsWith("HTTP/1.1 502"), "no 502");
        r = get(port, "/unavailable");
        QVERIFY2(r.startsWith("HTTP/1.1 503") && r.contains("Retry-After: 120"), r.left(2000).constData());
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(get(port, "/gateway-timeout").startsWith("HTTP/1.1 504"), "no 504");
        QVERIFY(clock.elapsed() >= 900); // proxy_read_timeout 1s really waited
        r = get(port, "/challenge");
        QVERIFY2(
            r.startsWith("HTTP/1.1 403") && r.contains("cf-mitigated: challenge") && r.contains("Just a moment..."),
            r.left(2000).constData());
        r = get(port, "/chain/3");
        QVERIFY2(r.startsWith("HTTP/1.1 302") && r.contains("/chain/4\r\n"), r.left(2000).constData());
        QVERIFY(get(port, "/files/a.txt").endsWith("file body"));
        QVERIFY(nginx.accessLog().constLast().startsWith(
            QStringLiteral("%1|-|origin.test|HTTP/1.0|/files/a.txt|200").arg(port)));
    }

    void squidAnswersForADeadUpstream()
    {
        RIG_REQUIRE_PROGRAM("squid");
        Squid squid;
        QString error;
        QVERIFY2(squid.start(&error), qPrintable(error));
        const QByteArray r =
            exchange(squid.port(), "GET http://127.0.0.1:" + QByteArray::number(freeTcpPort()) + "/ HTTP/1.0\r\n\r\n");
        QVERIFY2(r.startsWith("HTTP/1.1 503") && r.contains("X-Squid-Error: ERR_CONNECT_FAIL") && r.contains("(squid/"),
            r.left(2000).constData());
    }

    void relayHoldsBytesBack()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("python3");
        Nginx nginx;
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        DelayRelay relay(QStringLiteral("127.0.0.1"), nginx.httpPort(), 400ms);
        QVERIFY2(relay.start(&error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        const QByteArray r = get(relay.port(), "/");
        QVERIFY2(r.startsWith("HTTP/1.1 200"), r.left(2000).constData());
        QVERIFY2(clock.elapsed() >= 800, qPrintable(QString::number(clock.elapsed())));
    }

    void hostilePeerSendsAMebibyteOfHeaders()
    {
        RIG_REQUIRE_PROGRAM("python3");
        HostileHttp peer(HostileHttp::Mode::HugeHeaders);
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, peer.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray head;
        QElapsedTimer clock;
        clock.start();
        while (!head.contains("\r\n\r\n") && clock.elapsed() < 15000) {
            socket.waitForReadyRead(200);
            head += socket.readAll();
        }
        QVERIFY(head.size() > 1024 * 1024);
        QCOMPARE(head.count("X-Filler:"), 1040);
    }
};

QTEST_GUILESS_MAIN(TestHttpRig)
#include "tst_httprig.moc"
