// SPDX-License-Identifier: GPL-3.0-or-later
// DNS-over-HTTPS against a real DoH server (unbound with https-port, HTTP/2, a certificate
// from the test CA) and against a hostile HTTPS server that sends everything a DoH client
// must refuse: HTML, junk, huge bodies, HTTP errors, redirects, silence. Upper time bounds
// allow the deadline plus 10 % (a coarse deadline timer on a shared machine).
#include "HostileDns.h"
#include "TestCa.h"
#include "Unbound.h"
#include "net/DohProbe.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;
using Method = DohProbe::Method;

Q_DECLARE_METATYPE(gatecheck::DohProbe::Method)

namespace {

struct Outcome
{
    DnsObservation obs;
    int finishedCount = 0;
};

Outcome resolve(const QString &host, const QUrl &endpoint, Method method, const TrustAnchors &trust,
    std::chrono::milliseconds deadline = 5s)
{
    DohProbe probe(host, endpoint, method, trust, deadline);
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    if (finished.isEmpty())
        finished.wait(int(deadline.count()) + 10000);
    QTest::qWait(20);
    return {probe.observation(), int(finished.count())};
}

QStringList addressesOf(const DnsObservation &obs)
{
    QStringList out;
    for (const DnsAddress &a : obs.addresses)
        out << QStringLiteral("%1/%2").arg(a.address).arg(a.ttl);
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestDohProbe : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Issued m_leaf;
    TrustAnchors m_trust;
    std::unique_ptr<Unbound> m_doh;

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("openssl");
        m_ca = std::make_unique<TestCa>(m_dir.path());
        QString error;
        QVERIFY2(m_ca->create(&error), qPrintable(error));
        QVERIFY2(m_ca->issue(QStringLiteral("doh.test"),
                     {QStringLiteral("DNS:doh.test"), QStringLiteral("IP:127.0.0.1")}, &m_leaf, &error),
            qPrintable(error));
        // Only the test CA: the probe must trust exactly what it is given.
        m_trust.systemRoots = QSslCertificate::fromPath(m_ca->certPath());
        QCOMPARE(m_trust.systemRoots.size(), 1);
    }

    void init()
    {
        // One real DoH server per test, with the zone every case uses.
        if (findProgram(QStringLiteral("unbound")).isEmpty())
            return;
        m_doh = std::make_unique<Unbound>();
        m_doh->addHost(QStringLiteral("ok.test"), {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")}, 300);
        m_doh->addHost(QStringLiteral("v4only.test"), {QStringLiteral("192.0.2.20")}, 60);
        m_doh->refuse(QStringLiteral("refused.test"));
        m_doh->servfail(QStringLiteral("sf.test"));
        m_doh->enableDoh(m_leaf.chainPath, m_leaf.keyPath);
        QString error;
        QVERIFY2(m_doh->start(&error), qPrintable(error));
    }

    void cleanup() { m_doh.reset(); }

    void answers_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rcode");
        for (const auto &[method, tag] : {std::pair {Method::Post, "POST"}, std::pair {Method::Get, "GET"}}) {
            QTest::addRow("%s: A and AAAA with TTLs", tag)
                << method << "ok.test" << strings({"192.0.2.10/300", "2001:db8::10/300"}) << QString() << "NOERROR";
            QTest::addRow("%s: IPv4 only", tag)
                << method << "v4only.test" << strings({"192.0.2.20/60"}) << QString() << "NOERROR";
            QTest::addRow("%s: NXDOMAIN", tag)
                << method << "missing.test" << QStringList() << ErrorCode::NxDomain << "NXDOMAIN";
            QTest::addRow("%s: REFUSED", tag)
                << method << "refused.test" << QStringList() << ErrorCode::Refused << "REFUSED";
            QTest::addRow("%s: SERVFAIL", tag)
                << method << "sf.test" << QStringList() << ErrorCode::ServFail << "SERVFAIL";
        }
    }
    void answers()
    {
        RIG_REQUIRE_PROGRAM("unbound");
        QFETCH(Method, method);
        QFETCH(QString, host);
        QFETCH(QStringList, expected);
        QFETCH(QString, code);
        QFETCH(QString, rcode);
        const Outcome out = resolve(host, m_doh->dohUrl(), method, m_trust);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(out.obs.error.code == code, qPrintable(out.obs.error.message));
        QCOMPARE(addressesOf(out.obs), expected);
        QCOMPARE(out.obs.rcode, rcode);
        QCOMPARE(out.obs.method, QStringLiteral("doh"));
        QCOMPARE(out.obs.resolver, m_doh->dohUrl().toString());
        QVERIFY(out.obs.elapsedMs >= 0 && out.obs.elapsedMs < 5000);
        // Both questions reached the server over HTTPS.
        const QString log = m_doh->log();
        QVERIFY2(log.contains(QStringLiteral(" %1. A IN").arg(host)), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral(" %1. AAAA IN").arg(host)), qPrintable(log));
    }

    void untrustedCertificateIsRefused()
    {
        RIG_REQUIRE_PROGRAM("unbound");
        QTemporaryDir otherDir;
        TestCa other(otherDir.path(), QStringLiteral("/CN=Some Other Root/O=Elsewhere"));
        QString error;
        QVERIFY2(other.create(&error), qPrintable(error));
        TrustAnchors wrong;
        wrong.systemRoots = QSslCertificate::fromPath(other.certPath());
        const Outcome out = resolve(QStringLiteral("ok.test"), m_doh->dohUrl(), Method::Post, wrong);
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.obs.error.code, ErrorCode::TlsVerifyFailed);
        QVERIFY2(out.obs.error.message.contains(QLatin1String("untrusted")), qPrintable(out.obs.error.message));
        QVERIFY(out.obs.addresses.isEmpty());
        QVERIFY(!m_doh->log().contains(QLatin1String("ok.test.")));
    }

    void nameMismatchIsRefused()
    {
        RIG_REQUIRE_PROGRAM("unbound");
        // The certificate names doh.test and 127.0.0.1, not 127.0.0.2.
        QUrl url = m_doh->dohUrl();
        url.setHost(QStringLiteral("localhost"));
        const Outcome out = resolve(QStringLiteral("ok.test"), url, Method::Post, m_trust);
        QCOMPARE(out.obs.error.code, ErrorCode::TlsVerifyFailed);
        QVERIFY2(out.obs.error.message.contains(QLatin1String("host name")), qPrintable(out.obs.error.message));
    }

    void wrongPathIsAnHttpError()
    {
        RIG_REQUIRE_PROGRAM("unbound");
        QUrl url = m_doh->dohUrl();
        url.setPath(QStringLiteral("/resolve"));
        const Outcome out = resolve(QStringLiteral("ok.test"), url, Method::Get, m_trust);
        QCOMPARE(out.obs.error.code, ErrorCode::HttpError);
        QVERIFY2(out.obs.error.message.contains(QLatin1String("HTTP 404")), qPrintable(out.obs.error.message));
    }

    void closedPortIsRefused()
    {
        QUrl url(QStringLiteral("https://127.0.0.1/dns-query"));
        url.setPort(freeTcpPort());
        const Outcome out = resolve(QStringLiteral("ok.test"), url, Method::Post, m_trust);
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.obs.error.code, ErrorCode::ConnectionRefused);
    }

    void notAnHttpsEndpoint_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain http") << "http://127.0.0.1:1/dns-query";
        QTest::newRow("no host") << "https:///dns-query";
    }
    void notAnHttpsEndpoint()
    {
        QFETCH(QString, url);
        const Outcome out = resolve(QStringLiteral("ok.test"), QUrl(url), Method::Post, m_trust);
        QCOMPARE(out.finishedCount, 1);
        QCOMPARE(out.obs.error.code, ErrorCode::Other);
        QCOMPARE(out.obs.elapsedMs < 100, true);
    }

    void hostileServer_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<Method>("method");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("baseline: HTTP/1.1 server with a correct answer (GET)")
            << "doh-ok" << Method::Get << QString() << QString();
        QTest::newRow("baseline: HTTP/1.1 server with a correct answer (POST)")
            << "doh-ok" << Method::Post << QString() << QString();
        QTest::newRow("HTML login page with 200")
            << "doh-html" << Method::Post << ErrorCode::DnsMalformed << "text/html";
        QTest::newRow("junk with the right content type")
            << "doh-junk" << Method::Post << ErrorCode::DnsMalformed << "not a DNS response";
        QTest::newRow("200 KiB body, announced") << "doh-huge" << Method::Post << ErrorCode::TooLarge << "65536";
        QTest::newRow("200 KiB body, not announced")
            << "doh-huge-unannounced" << Method::Get << ErrorCode::TooLarge << "65536";
        QTest::newRow("HTTP 503") << "doh-status" << Method::Post << ErrorCode::HttpError << "HTTP 503";
        QTest::newRow("redirect is not followed")
            << "doh-redirect" << Method::Get << ErrorCode::HttpError << "portal.invalid";
        QTest::newRow("answer after the deadline") << "doh-slow" << Method::Post << ErrorCode::Timeout << "1500";
    }
    void hostileServer()
    {
        RIG_REQUIRE_PROGRAM("python3");
        QFETCH(QString, mode);
        QFETCH(Method, method);
        QFETCH(QString, code);
        QFETCH(QString, says);
        HostileDns server(mode, 4000);
        QString error;
        QVERIFY2(server.startDoh(m_leaf.chainPath, m_leaf.keyPath, &error), qPrintable(error));
        const Outcome out = resolve(QStringLiteral("x.test"), server.dohUrl(), method, m_trust, 1500ms);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(server.requestCount() >= 1, qPrintable(server.log()));
        QCOMPARE(out.obs.error.code, code);
        QVERIFY2(out.obs.error.message.contains(says), qPrintable(out.obs.error.message));
        if (code.isEmpty())
            QCOMPARE(addressesOf(out.obs), QStringList {QStringLiteral("192.0.2.1/60")});
        else
            QVERIFY(out.obs.addresses.isEmpty());
        QVERIFY2(out.obs.elapsedMs <= 1650, qPrintable(QString::number(out.obs.elapsedMs)));
    }

    void cancelMidRequest()
    {
        RIG_REQUIRE_PROGRAM("python3");
        HostileDns server(QStringLiteral("doh-slow"), 3000);
        QString error;
        QVERIFY2(server.startDoh(m_leaf.chainPath, m_leaf.keyPath, &error), qPrintable(error));
        DohProbe probe(QStringLiteral("x.test"), server.dohUrl(), Method::Post, m_trust, 10s);
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 10000);
        probe.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(probe.observation().error.code, ErrorCode::Cancelled);
        QTest::qWait(500);
        QCOMPARE(finished.count(), 1);
    }

    void deletedInsideItsFinishedSignal()
    {
        RIG_REQUIRE_PROGRAM("unbound");
        auto *probe = new DohProbe(QStringLiteral("ok.test"), m_doh->dohUrl(), Method::Post, m_trust, 5s);
        QStringList seen;
        connect(probe, &Probe::finished, this, [&seen, probe] {
            for (const DnsAddress &a : probe->observation().addresses)
                seen << a.address;
            delete probe;
        });
        probe->start();
        QTRY_COMPARE_WITH_TIMEOUT(seen, strings({"192.0.2.10", "2001:db8::10"}), 10000);
        QTest::qWait(200);
    }

    void destroyedMidRequest()
    {
        RIG_REQUIRE_PROGRAM("python3");
        HostileDns server(QStringLiteral("doh-slow"), 3000);
        QString error;
        QVERIFY2(server.startDoh(m_leaf.chainPath, m_leaf.keyPath, &error), qPrintable(error));
        auto *probe = new DohProbe(QStringLiteral("x.test"), server.dohUrl(), Method::Get, m_trust, 10s);
        probe->start();
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, 10000);
        delete probe;
        QTest::qWait(300);
    }
};

QTEST_GUILESS_MAIN(TestDohProbe)
#include "tst_dohprobe.moc"
