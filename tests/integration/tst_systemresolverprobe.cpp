// SPDX-License-Identifier: GPL-3.0-or-later
// The system resolver probe (getaddrinfo) inside a network namespace whose resolv.conf and
// hosts file the test wrote, with a real resolver started inside it: what the probe reports
// is what this machine's resolver stack really answered. The probe runs in a helper
// executable under `ip netns exec` (see dns_system_helper.cpp).
#include "Dnsmasq.h"
#include "HostileDns.h"
#include "Netns.h"
#include "evidence/EvidenceJson.h"
#include "net/SystemResolverProbe.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;

namespace {

struct HelperRun
{
    DnsObservation first; // when finished() came
    DnsObservation afterLinger; // after any late result could have arrived
    int finished = -1;
    bool destroyed = false;
    qint64 wallMs = 0;
};

bool runHelper(const Netns &ns, const QStringList &args, HelperRun *run, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    QString output;
    if (!ns.run(QStringList {QStringLiteral(GATECHECK_DNS_SYSTEM_HELPER)} + args, &output, error))
        return false;
    run->wallMs = clock.elapsed();
    const QString line = output.trimmed().section(QLatin1Char('\n'), -1);
    const QJsonObject json = QJsonDocument::fromJson(line.toUtf8()).object();
    if (json.isEmpty()) {
        *error = QStringLiteral("helper printed no JSON: ") + output;
        return false;
    }
    run->first = dnsFromJson(json.value(QStringLiteral("observation")).toObject());
    run->afterLinger = dnsFromJson(json.value(QStringLiteral("after_linger")).toObject());
    run->finished = json.value(QStringLiteral("finished")).toInt(-1);
    run->destroyed = json.value(QStringLiteral("destroyed")).toBool();
    return true;
}

// The order the OS itself gives (Python's getaddrinfo in the same namespace): the oracle
// for "in the OS's order".
QStringList osOrder(const Netns &ns, const QString &name)
{
    const QString script =
        QStringLiteral("import socket,sys\n"
                       "seen=[]\n"
                       "for ai in socket.getaddrinfo(sys.argv[1], None, socket.AF_UNSPEC, socket.SOCK_STREAM):\n"
                       "    a=ai[4][0]\n"
                       "    if a not in seen: seen.append(a)\n"
                       "print(' '.join(seen))\n");
    QString out;
    QString error;
    if (!ns.run({QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), script, name}, &out, &error))
        return {QStringLiteral("python failed: ") + error};
    return out.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList addressesOf(const DnsObservation &obs)
{
    QStringList out;
    for (const DnsAddress &a : obs.addresses)
        out << a.address;
    return out;
}

} // namespace

class TestSystemResolverProbe : public QObject
{
    Q_OBJECT
private:
    // A namespace whose system resolver is a dnsmasq on 127.0.0.1:53 inside it.
    bool makeNamespace(Netns &ns, std::unique_ptr<Dnsmasq> &dns, QString *error)
    {
        if (!ns.create(error))
            return false;
        dns = std::make_unique<Dnsmasq>(QStringLiteral("127.0.0.1"), ns.execPrefix(), 53);
        dns->addHost(QStringLiteral("ok.test"), {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")}, 300);
        dns->addHost(QStringLiteral("multi.test"),
            {QStringLiteral("192.0.2.11"), QStringLiteral("192.0.2.12"), QStringLiteral("2001:db8::11")}, 60);
        dns->addHost(QStringLiteral("v4only.test"), {QStringLiteral("192.0.2.20")}, 60);
        dns->addHost(QStringLiteral("hosts-only.test"), {QStringLiteral("203.0.113.99")}, 60); // hosts file wins
        dns->addNameWithoutAddress(QStringLiteral("txt.test"));
        dns->nxdomain(QStringLiteral("nx.test"));
        dns->servfail(QStringLiteral("sf.test"));
        return dns->start(error) && ns.setResolvConf("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n", error)
            && ns.setHosts("127.0.0.1 localhost\n192.0.2.77 hosts-only.test\n", error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(GATECHECK_DNS_SYSTEM_HELPER)), GATECHECK_DNS_SYSTEM_HELPER);
    }

    // In this process, without a namespace: only inputs that need no resolver at all (an IP
    // literal is answered by getaddrinfo itself; an invalid name never reaches it).
    void inputsThatNeedNoResolver_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("IPv4 literal") << "192.0.2.55" << QString() << QStringList {QStringLiteral("192.0.2.55")};
        QTest::newRow("IPv6 literal") << "2001:db8::55" << QString() << QStringList {QStringLiteral("2001:db8::55")};
        QTest::newRow("empty name") << "" << ErrorCode::Other << QStringList();
        QTest::newRow("label over 63 characters")
            << QString(QStringLiteral("a").repeated(64) + QStringLiteral(".test")) << ErrorCode::Other << QStringList();
    }
    void inputsThatNeedNoResolver()
    {
        QFETCH(QString, host);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        SystemResolverProbe probe(host, std::chrono::milliseconds(5000));
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        if (finished.isEmpty())
            QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(probe.observation().error.code, code);
        QCOMPARE(addressesOf(probe.observation()), expected);
        if (!code.isEmpty()) // refused before getaddrinfo, so nothing was asked of anyone
            QVERIFY2(probe.observation().error.message.contains(QLatin1String("not a valid host name")),
                qPrintable(probe.observation().error.message));
    }

    void answersComeFromTheNamespaceResolver_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QStringList>("expected"); // as a set; the order is checked against the OS
        QTest::newRow("A and AAAA") << "ok.test" << QString() << QString()
                                    << QStringList {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")};
        QTest::newRow("several addresses")
            << "multi.test" << QString() << QString()
            << QStringList {QStringLiteral("192.0.2.11"), QStringLiteral("192.0.2.12"), QStringLiteral("2001:db8::11")};
        QTest::newRow("IPv4 only") << "v4only.test" << QString() << QString()
                                   << QStringList {QStringLiteral("192.0.2.20")};
        QTest::newRow("the hosts file comes before DNS")
            << "hosts-only.test" << QString() << QString() << QStringList {QStringLiteral("192.0.2.77")};
        QTest::newRow("NXDOMAIN") << "nx.test" << ErrorCode::NxDomain << "does not exist" << QStringList();
        QTest::newRow("name without address (EAI_NODATA)")
            << "txt.test" << ErrorCode::NoData << "no address" << QStringList();
        QTest::newRow("SERVFAIL is a temporary failure")
            << "sf.test" << ErrorCode::ServFail << "Temporary failure" << QStringList();
        QTest::newRow("REFUSED is a temporary failure too (glibc)")
            << "elsewhere.example" << ErrorCode::ServFail << "Temporary failure" << QStringList();
    }
    void answersComeFromTheNamespaceResolver()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("dnsmasq");
        RIG_REQUIRE_PROGRAM("unbound");
        QFETCH(QString, host);
        QFETCH(QString, code);
        QFETCH(QString, says);
        QFETCH(QStringList, expected);
        Netns ns(QStringLiteral("sys"));
        std::unique_ptr<Dnsmasq> dns;
        QString error;
        QVERIFY2(makeNamespace(ns, dns, &error), qPrintable(error));
        HelperRun run;
        QVERIFY2(runHelper(ns, {QStringLiteral("--deadline"), QStringLiteral("4000"), host}, &run, &error),
            qPrintable(error));
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.first.method, QStringLiteral("system"));
        QCOMPARE(run.first.error.code, code);
        QVERIFY2(run.first.error.message.contains(says), qPrintable(run.first.error.message));
        QStringList got = addressesOf(run.first);
        // Exactly the OS's order (RFC 6724 sorting, gai.conf). Only where the resolver's own
        // order is fixed: dnsmasq rotates records of one type between answers.
        if (host == QLatin1String("ok.test"))
            QCOMPARE(got, osOrder(ns, host));
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        for (const DnsAddress &a : run.first.addresses)
            QCOMPARE(a.ttl, -1); // getaddrinfo cannot tell
        QVERIFY(run.first.elapsedMs >= 0 && run.first.elapsedMs < 4000);
        // The names that are not in the hosts file were really asked of the namespace's resolver.
        if (host != QLatin1String("hosts-only.test"))
            QVERIFY2(dns->queries().contains(QStringLiteral("A ") + host), qPrintable(dns->log()));
        else
            QVERIFY2(!dns->queries().contains(QStringLiteral("A ") + host), qPrintable(dns->log()));
    }

    void resolverThatNeverAnswers_data()
    {
        QTest::addColumn<QByteArray>("resolvConf");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("minMs");
        QTest::newRow("the OS gives up first: temporary failure")
            << QByteArray("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n") << 5000 << ErrorCode::ServFail << 900;
        QTest::newRow("our deadline comes first: timeout")
            << QByteArray("nameserver 127.0.0.1\noptions timeout:3 attempts:1\n") << 700 << ErrorCode::Timeout
            << 665; // the deadline timer is coarse (±5 %)
    }
    void resolverThatNeverAnswers()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("python3");
        QFETCH(QByteArray, resolvConf);
        QFETCH(int, deadlineMs);
        QFETCH(QString, code);
        QFETCH(int, minMs);
        Netns ns(QStringLiteral("sil"));
        QString error;
        QVERIFY2(ns.create(&error), qPrintable(error));
        HostileDns silent(QStringLiteral("silent"), 0, ns.execPrefix(), 53);
        QVERIFY2(silent.start(&error), qPrintable(error));
        QVERIFY2(ns.setResolvConf(resolvConf, &error), qPrintable(error));
        HelperRun run;
        QVERIFY2(runHelper(ns, {QStringLiteral("--deadline"), QString::number(deadlineMs), QStringLiteral("ok.test")},
                     &run, &error),
            qPrintable(error));
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.first.error.code, code);
        QVERIFY2(run.first.elapsedMs >= minMs && run.first.elapsedMs < deadlineMs + 500,
            qPrintable(QString::number(run.first.elapsedMs)));
        QVERIFY2(silent.requestCount() >= 1, qPrintable(silent.log()));
    }

    void lateAnswerIsIgnored_data()
    {
        QTest::addColumn<QStringList>("stopArgs");
        QTest::addColumn<QString>("code");
        QTest::newRow("after the deadline")
            << QStringList {QStringLiteral("--deadline"), QStringLiteral("600")} << ErrorCode::Timeout;
        QTest::newRow("after cancel") << QStringList {QStringLiteral("--deadline"), QStringLiteral("8000"),
            QStringLiteral("--cancel-after"), QStringLiteral("300")}
                                      << ErrorCode::Cancelled;
    }
    void lateAnswerIsIgnored()
    {
        // The resolver answers correctly, but after 2 s; getaddrinfo returns then, on a pool
        // thread, to a probe that is already finished.
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("python3");
        QFETCH(QStringList, stopArgs);
        QFETCH(QString, code);
        Netns ns(QStringLiteral("late"));
        QString error;
        QVERIFY2(ns.create(&error), qPrintable(error));
        HostileDns slow(QStringLiteral("slow"), 2000, ns.execPrefix(), 53);
        QVERIFY2(slow.start(&error), qPrintable(error));
        QVERIFY2(ns.setResolvConf("nameserver 127.0.0.1\noptions timeout:5 attempts:1\n", &error), qPrintable(error));
        // Proof that the answer does arrive: without a deadline, the probe gets it.
        HelperRun patient;
        QVERIFY2(runHelper(ns, {QStringLiteral("--deadline"), QStringLiteral("8000"), QStringLiteral("x.test")},
                     &patient, &error),
            qPrintable(error));
        QCOMPARE(addressesOf(patient.first), QStringList {QStringLiteral("192.0.2.1")});
        QVERIFY2(patient.first.elapsedMs >= 1900, qPrintable(QString::number(patient.first.elapsedMs)));

        HelperRun run;
        QVERIFY2(
            runHelper(ns,
                stopArgs + QStringList {QStringLiteral("--linger"), QStringLiteral("3000"), QStringLiteral("x.test")},
                &run, &error),
            qPrintable(error));
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.first.error.code, code);
        QVERIFY(run.first.addresses.isEmpty());
        // The late answer came while the helper lingered, and changed nothing.
        QVERIFY(run.wallMs >= 3000);
        QCOMPARE(run.afterLinger.error.code, code);
        QVERIFY(run.afterLinger.addresses.isEmpty());
        QCOMPARE(run.afterLinger.elapsedMs, run.first.elapsedMs);
    }

    void destroyedWhileTheLookupRuns()
    {
        RIG_REQUIRE_NETNS();
        RIG_REQUIRE_PROGRAM("python3");
        Netns ns(QStringLiteral("del"));
        QString error;
        QVERIFY2(ns.create(&error), qPrintable(error));
        HostileDns slow(QStringLiteral("slow"), 1500, ns.execPrefix(), 53);
        QVERIFY2(slow.start(&error), qPrintable(error));
        QVERIFY2(ns.setResolvConf("nameserver 127.0.0.1\noptions timeout:5 attempts:1\n", &error), qPrintable(error));
        HelperRun run;
        // Exit status 0 after the result arrived for a deleted probe (ASan builds check harder).
        QVERIFY2(runHelper(ns,
                     {QStringLiteral("--deadline"), QStringLiteral("8000"), QStringLiteral("--destroy-after"),
                         QStringLiteral("200"), QStringLiteral("--linger"), QStringLiteral("2500"),
                         QStringLiteral("x.test")},
                     &run, &error),
            qPrintable(error));
        QVERIFY(run.destroyed);
        QCOMPARE(run.finished, 0);
        QVERIFY2(slow.requestCount() >= 1, qPrintable(slow.log()));
    }
};

QTEST_GUILESS_MAIN(TestSystemResolverProbe)
#include "tst_systemresolverprobe.moc"
