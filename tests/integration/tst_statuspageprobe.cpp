// SPDX-License-Identifier: GPL-3.0-or-later
// The status-page fetch against a real nginx playing a Statuspage server: the document
// reaches the parser whole and unchanged, oversized ones never do, and every way the fetch
// can fail is reported as such (so "the status page fails the same way as the app" can be
// told from "the vendor says all is well").
#include "HostileHttp.h"
#include "OriginSite.h"
#include "ProbeWait.h"
#include "Squid.h"
#include "net/StatuspageParser.h"
#include "net/StatuspageProbe.h"

#include <QSslConfiguration>
#include <QTest>

using namespace gatecheck;
using namespace gatecheck::rig;
using namespace std::chrono_literals;

namespace {

const QByteArray kGreen =
    "{\"page\":{\"id\":\"abc\",\"name\":\"Rig Vendor\",\"url\":\"https://status.example.test\"},"
    "\"status\":{\"indicator\":\"none\",\"description\":\"All Systems Operational\"},"
    "\"components\":[{\"id\":\"c1\",\"name\":\"API\",\"status\":\"operational\",\"group_id\":null}],\"incidents\":[],"
    "\"scheduled_maintenances\":[]}";

const QByteArray kIncident =
    "{\"page\":{\"id\":\"abc\",\"name\":\"Rig Vendor\",\"url\":\"https://status.example.test\"},"
    "\"status\":{\"indicator\":\"major\",\"description\":\"Partial System Outage\"},"
    "\"components\":[{\"id\":\"c1\",\"name\":\"API\",\"status\":\"major_outage\",\"group_id\":null}],"
    "\"incidents\":[{\"id\":\"i1\",\"name\":\"Elevated 502 errors\",\"status\":\"investigating\",\"impact\":\"major\","
    "\"shortlink\":\"https://stspg.io/"
    "x\",\"started_at\":\"2026-01-01T10:00:00Z\",\"updated_at\":\"2026-01-01T10:05:00Z\","
    "\"components\":[{\"id\":\"c1\"}],\"incident_updates\":[{\"body\":\"We are investigating.\"}]}],"
    "\"scheduled_maintenances\":[]}";

const QByteArray kMalformed = "{\"page\":{\"id\":\"abc\",\"name\":\"Rig Vendor\"},\"status\":{\"indicator\":";

} // namespace

class TestStatuspageProbe : public QObject
{
    Q_OBJECT
private:
    OriginSite m_site;
    TrustAnchors m_trust;

    QUrl statusUrl(const QString &name) const
    {
        return m_site.httpsUrl(QStringLiteral("/status/%1/api/v2/summary.json").arg(name));
    }

    struct Run
    {
        StatusObservation status;
        HttpObservation fetch;
        int finished = 0;
        qint64 took = 0;
    };

    Run run(StatuspageProbe &probe)
    {
        Run r;
        r.took = testing::runProbe(probe, &r.finished);
        r.status = probe.observation();
        r.fetch = probe.fetch();
        return r;
    }

private slots:
    void initTestCase()
    {
        RIG_REQUIRE_PROGRAM("nginx");
        RIG_REQUIRE_PROGRAM("openssl");
        RIG_REQUIRE_PROGRAM("python3");
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        m_trust.systemRoots = testing::systemRoots() + QSslCertificate::fromPath(m_site.caPath());
        m_trust.publicRoots = testing::systemRoots();
        Nginx &nginx = m_site.nginx();
        QVERIFY(nginx.writeFile(QStringLiteral("status/green/api/v2/summary.json"), kGreen));
        QVERIFY(nginx.writeFile(QStringLiteral("status/incident/api/v2/summary.json"), kIncident));
        QVERIFY(nginx.writeFile(QStringLiteral("status/malformed/api/v2/summary.json"), kMalformed));
        // Bigger than the 2 MiB cap, and a valid JSON document all the same.
        QByteArray huge = kGreen;
        huge.insert(huge.size() - 1, ",\"padding\":\"" + QByteArray(3 * 1024 * 1024, 'p') + "\"");
        QVERIFY(nginx.writeFile(QStringLiteral("status/huge/api/v2/summary.json"), huge));
        QVERIFY(
            nginx.writeFile(QStringLiteral("status/medium/api/v2/summary.json"), QByteArray(20 * 1024, ' ') + kGreen));
    }

    void hostileDocumentsReachTheParserUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("all green") << "green" << kGreen;
        QTest::newRow("an incident") << "incident" << kIncident;
        QTest::newRow("malformed") << "malformed" << kMalformed;
    }

    void hostileDocumentsReachTheParserUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, document);
        StatuspageProbe probe(statusUrl(name), QStringLiteral("direct"), ProxyMode::None, m_trust, 10s);
        QList<QByteArray> seen;
        QList<qint64> caps;
        probe.setParser([&](const QByteArray &json, qint64 maxBytes) {
            seen << json;
            caps << maxBytes;
            StatusObservation parsed;
            parsed.ok = true;
            parsed.indicator = QStringLiteral("minor");
            parsed.description = QStringLiteral("from the parser");
            parsed.id = QStringLiteral("the parser must not choose the id");
            return parsed;
        });
        const Run r = run(probe);
        QCOMPARE(r.finished, 1);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.constFirst(), document);
        QCOMPARE(caps.constFirst(), NetLimits {}.maxStatusJsonBytes);
        // The parser's verdict, under the probe's own identity.
        QVERIFY(r.status.ok);
        QCOMPARE(r.status.indicator, QStringLiteral("minor"));
        QCOMPARE(r.status.description, QStringLiteral("from the parser"));
        QCOMPARE(r.status.id, probe.id());
        QCOMPARE(r.status.url, statusUrl(name).toString());
        QCOMPARE(r.status.path, QStringLiteral("direct"));
        QVERIFY(r.status.elapsedMs >= 0);
        // How it travelled.
        QCOMPARE(r.fetch.status, 200);
        QCOMPARE(r.fetch.headers.value(QStringLiteral("content-type")), QStringLiteral("application/json"));
        QCOMPARE(r.fetch.bodyBytes, qint64(document.size()));
        QVERIFY(!r.fetch.bodyTruncated);
        QVERIFY2(r.fetch.tlsIssuer.contains(QLatin1String("Gatecheck Test Root CA")), qPrintable(r.fetch.tlsIssuer));
    }

    void theRealParserDecides()
    {
        // Whatever state the shared parser is in, the probe reports exactly its verdict on
        // exactly the served document.
        StatuspageProbe probe(
            statusUrl(QStringLiteral("incident")), QStringLiteral("direct"), ProxyMode::None, m_trust, 10s);
        const Run r = run(probe);
        const StatusObservation expected = parseStatuspageSummary(kIncident);
        QCOMPARE(r.fetch.status, 200);
        QCOMPARE(r.status.ok, expected.ok);
        QCOMPARE(r.status.error.code, expected.error.code);
        QCOMPARE(r.status.indicator, expected.indicator);
        QCOMPARE(r.status.incidents.size(), expected.incidents.size());
        QCOMPARE(r.status.id, probe.id());
    }

    void oversizedDocumentsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("cap");
        QTest::newRow("3 MiB against the default 2 MiB") << "huge" << NetLimits {}.maxStatusJsonBytes;
        QTest::newRow("20 KiB against a 10 KiB cap") << "medium" << qint64(10 * 1024);
    }

    void oversizedDocumentsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(qint64, cap);
        StatuspageProbe probe(statusUrl(name), QStringLiteral("direct"), ProxyMode::None, m_trust, 20s);
        NetLimits limits;
        limits.maxStatusJsonBytes = cap;
        probe.setLimits(limits);
        int parsed = 0;
        probe.setParser([&](const QByteArray &, qint64) {
            ++parsed;
            return StatusObservation {};
        });
        const Run r = run(probe);
        QCOMPARE(r.status.error.code, ErrorCode::TooLarge);
        QVERIFY(!r.status.ok);
        QCOMPARE(parsed, 0);
        QVERIFY(r.fetch.bodyTruncated);
        QCOMPARE(r.fetch.bodyBytes, cap);
    }

    void httpErrorsNameTheAnswer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("status");
        QTest::newRow("503 from the gateway") << "/unavailable"
                                              << "503";
        QTest::newRow("502 from the gateway") << "/bad-gateway"
                                              << "502";
        QTest::newRow("no such document") << "/status/none/api/v2/summary.json"
                                          << "404";
    }

    void httpErrorsNameTheAnswer()
    {
        QFETCH(QString, path);
        QFETCH(QString, status);
        StatuspageProbe probe(m_site.httpsUrl(path), QStringLiteral("direct"), ProxyMode::None, m_trust, 10s);
        int parsed = 0;
        probe.setParser([&](const QByteArray &, qint64) {
            ++parsed;
            return StatusObservation {};
        });
        const Run r = run(probe);
        QCOMPARE(r.status.error.code, ErrorCode::HttpError);
        QVERIFY2(r.status.error.message.contains(status) && r.status.error.message.contains(QLatin1String("nginx")),
            qPrintable(r.status.error.message));
        QCOMPARE(QString::number(r.fetch.status), status);
        QCOMPARE(parsed, 0);
    }

    void transportFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("closed port") << "closed" << ErrorCode::ConnectionRefused;
        QTest::newRow("certificate not trusted") << "untrusted" << ErrorCode::TlsVerifyFailed;
        QTest::newRow("server never answers") << "silent" << ErrorCode::Timeout;
    }

    void transportFailures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QUrl url = statusUrl(QStringLiteral("green"));
        TrustAnchors trust = m_trust;
        HostileHttp silent(HostileHttp::Mode::Silent);
        auto deadline = 10s;
        if (kind == QLatin1String("closed")) {
            url.setPort(freeTcpPort());
        } else if (kind == QLatin1String("untrusted")) {
            trust.systemRoots = testing::systemRoots();
        } else {
            QString startError;
            QVERIFY2(silent.start(&startError), qPrintable(startError));
            url.setPort(silent.port());
            deadline = 2s;
        }
        StatuspageProbe probe(url, QStringLiteral("direct"), ProxyMode::None, trust, deadline);
        const Run r = run(probe);
        QCOMPARE(r.finished, 1);
        QVERIFY2(
            r.status.error.code == error, qPrintable(r.status.error.code + QLatin1Char(' ') + r.status.error.message));
        QCOMPARE(r.fetch.error.code, error);
        QVERIFY(!r.status.ok);
        QVERIFY(r.took < deadline.count() * 1000 + 5000);
    }

    void asBrowserGoesThroughTheSystemProxy()
    {
        RIG_REQUIRE_PROGRAM("squid");
        Squid squid;
        QString error;
        QVERIFY2(squid.start(&error), qPrintable(error));
        const QByteArray saved = qgetenv("https_proxy");
        const bool wasSet = qEnvironmentVariableIsSet("https_proxy");
        qputenv("https_proxy", QStringLiteral("http://127.0.0.1:%1").arg(squid.port()).toLatin1());
        StatuspageProbe probe(
            statusUrl(QStringLiteral("green")), QStringLiteral("as-browser"), ProxyMode::System, m_trust, 10s);
        probe.setParser([](const QByteArray &, qint64) { return StatusObservation {}; });
        const Run r = run(probe);
        if (wasSet)
            qputenv("https_proxy", saved);
        else
            qunsetenv("https_proxy");
        QCOMPARE(r.fetch.status, 200);
        QCOMPARE(r.fetch.proxy, QStringLiteral("http://127.0.0.1:%1").arg(squid.port()));
        QCOMPARE(r.status.path, QStringLiteral("as-browser"));
    }

    void cancelled()
    {
        HostileHttp silent(HostileHttp::Mode::Silent);
        QString error;
        QVERIFY2(silent.start(&error), qPrintable(error));
        QUrl url = statusUrl(QStringLiteral("green"));
        url.setPort(silent.port());
        StatuspageProbe probe(url, QStringLiteral("direct"), ProxyMode::None, m_trust, 30s);
        QSignalSpy finished(&probe, &Probe::finished);
        probe.start();
        probe.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(probe.observation().error.code, ErrorCode::Cancelled);
        QCOMPARE(probe.fetch().error.code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestStatuspageProbe)
#include "tst_statuspageprobe.moc"
