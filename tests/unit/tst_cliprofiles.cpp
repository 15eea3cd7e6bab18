// SPDX-License-Identifier: GPL-3.0-or-later
// The real gatecheck-cli binary: `profiles` lists the shipped and the user's profiles, and
// `diagnose --profile` refuses unknown or broken profiles with exit status 2 before any probe
// runs (so these tests send nothing anywhere).
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome); // the user-profile directory lives here
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GATECHECK_BINARY_DIR "/app/cli/gatecheck-cli"), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT
private slots:
    void listsShippedProfiles()
    {
        QTemporaryDir home;
        const Run r = cli({QStringLiteral("profiles")}, home.path());
        QCOMPARE(r.exitCode, 0);
        for (const char *id : {"xero", "quickbooks", "intuit-developer"})
            QVERIFY2(r.out.contains(QLatin1String(id)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("https://go.xero.com/")));
        QVERIFY(r.err.isEmpty());
    }

    void listsUserProfilesAndReportsBrokenOnes()
    {
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("Gatecheck/gatecheck/profiles"));
        QVERIFY(QDir().mkpath(dir));
        write(dir + QStringLiteral("/acme.json"),
            "{\"id\":\"acme\",\"name\":\"Acme "
            "Books\",\"url\":\"https://app.acme.example/\",\"hosts\":[\"app.acme.example\"]}");
        write(dir + QStringLiteral("/broken.json"),
            "{\"id\":\"broken\",\"name\":\"B\",\"url\":\"ftp://x/\",\"hosts\":[\"x\"]}");
        const Run r = cli({QStringLiteral("profiles"), QStringLiteral("--json")}, home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList ids;
        for (const QJsonValue &p : doc.value(QStringLiteral("profiles")).toArray())
            ids << p.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        QCOMPARE(ids,
            (QStringList {QStringLiteral("acme"), QStringLiteral("intuit-developer"), QStringLiteral("quickbooks"),
                QStringLiteral("xero")}));
        const QJsonArray errors = doc.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).toString().contains(QStringLiteral("broken.json")));
        QVERIFY(errors.at(0).toString().contains(QStringLiteral("url:")));
    }

    void diagnoseRefusesUnknownProfile()
    {
        QTemporaryDir home;
        const Run r =
            cli({QStringLiteral("diagnose"), QStringLiteral("--profile"), QStringLiteral("sage")}, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no profile named \"sage\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("xero")));
    }

    void diagnoseRefusesBrokenProfileFile()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("mine.json"));
        write(path,
            "{\"id\":\"mine\",\"name\":\"Mine\",\"url\":\"https://mine.example/\",\"hosts\":[\"mine.example\"],"
            "\"issuer_patterns\":[\"(\"]}");
        const Run r = cli({QStringLiteral("diagnose"), QStringLiteral("--profile"), path}, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("issuer_patterns[0]")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
