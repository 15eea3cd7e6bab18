// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatecheck::rig {

namespace {

const char *const GreenSummary = R"({
  "page": {"id": "scen", "name": "Vendor", "url": "https://status.vendor.test", "updated_at": "2026-01-01T00:00:00Z"},
  "status": {"indicator": "none", "description": "All Systems Operational"},
  "components": [
    {"id": "c1", "name": "Login", "status": "operational", "group": false},
    {"id": "c2", "name": "Invoicing", "status": "operational", "group": false}
  ],
  "incidents": [],
  "scheduled_maintenances": []
})";

} // namespace

Scenario::Scenario(const QString &purpose, QString cli)
    : m_cli(std::move(cli))
    , m_ns(purpose)
    , m_summary(GreenSummary)
{ }

Scenario::~Scenario()
{
    // Servers first (they run inside the namespace), then the namespace itself.
    m_nginx.reset();
    m_doh.reset();
    m_alt.reset();
    m_system.reset();
}

QString Scenario::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

bool Scenario::create(QString *error)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!m_ns.create(error))
        return false;
    for (const char *address : {VendorIp, StatusIp, DeadIp})
        if (!m_ns.addAddress(QStringLiteral("lo"), QString::fromLatin1(address) + QStringLiteral("/32"), error))
            return false;
    // No search domain, no other server: only what the scenario's own resolver says.
    if (!m_ns.setResolvConf("nameserver 127.0.0.1\noptions timeout:2 attempts:2\n", error)
        || !m_ns.setHosts("127.0.0.1 localhost\n::1 localhost\n", error))
        return false;

    m_ca = std::make_unique<TestCa>(
        m_dir.filePath(QStringLiteral("ca")), QStringLiteral("/CN=Gatecheck Scenario Root CA/O=Gatecheck Test"));
    TestCa::Issued site;
    if (!m_ca->create(error)
        || !m_ca->issue(QStringLiteral("vendor"),
            {QStringLiteral("DNS:go.vendor.test"), QStringLiteral("DNS:status.vendor.test"),
                QStringLiteral("IP:127.0.0.3"), QStringLiteral("IP:127.0.0.1")},
            &site, error))
        return false;
    QFile ca(m_ca->certPath());
    if (!ca.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the scenario CA");
        return false;
    }
    m_rootsPath = writeFile(QStringLiteral("roots.pem"), ca.readAll());

    m_nginx = std::make_unique<Nginx>(&m_ns);
    m_nginx->setCertificate(site.chainPath, site.keyPath);
    m_nginx->setListenAddresses(
        {QString::fromLatin1(VendorIp), QString::fromLatin1(StatusIp), QStringLiteral("127.0.0.1")});
    m_nginx->setOriginPage(QStringLiteral("Vendor App"));

    const QStringList prefix = m_ns.execPrefix();
    m_system = std::make_unique<Dnsmasq>(QStringLiteral("127.0.0.1"), prefix, 53);
    m_alt = std::make_unique<Dnsmasq>(QStringLiteral("127.0.0.2"), prefix, 53);
    m_doh = std::make_unique<Unbound>(QStringLiteral("127.0.0.3"), prefix);
    m_doh->enableDoh(site.chainPath, site.keyPath);
    for (const char *which : {"system", "alt", "doh"}) {
        m_answers[QLatin1String(which)][QLatin1String(VendorHost)] = {QString::fromLatin1(VendorIp)};
        m_answers[QLatin1String(which)][QLatin1String(StatusHost)] = {QString::fromLatin1(StatusIp)};
    }
    return true;
}

void Scenario::answer(const QString &which, const QString &name, const QStringList &addresses)
{
    for (const char *w : {"system", "alt", "doh"})
        if (which.isEmpty() || which == QLatin1String(w))
            m_answers[QLatin1String(w)][name] = addresses;
}

bool Scenario::start(QString *error)
{
    const auto feed = [this](const QString &which, auto &server) {
        const auto answers = m_answers.value(which);
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            if (!it.value().isEmpty())
                server.addHost(it.key(), it.value());
    };
    feed(QStringLiteral("system"), *m_system);
    feed(QStringLiteral("alt"), *m_alt);
    feed(QStringLiteral("doh"), *m_doh);
    if ((m_startSystem && !m_system->start(error)) || !m_alt->start(error) || !m_doh->start(error))
        return false;
    return m_nginx->start(error) && m_nginx->writeFile(QStringLiteral("status/api/v2/summary.json"), m_summary);
}

QUrl Scenario::vendorUrl(const QString &path) const
{
    return QUrl(QStringLiteral("https://%1:%2%3").arg(QLatin1String(VendorHost)).arg(m_nginx->httpsPort()).arg(path));
}

QUrl Scenario::statusUrl() const
{
    return QUrl(QStringLiteral("https://%1:%2/status/api/v2/summary.json")
                    .arg(QLatin1String(StatusHost))
                    .arg(m_nginx->httpsPort()));
}

QStringList Scenario::baseArguments() const
{
    return {QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--no-history"),
        QStringLiteral("--url"), vendorUrl().toString(), QStringLiteral("--status-url"), statusUrl().toString(),
        QStringLiteral("--resolver"), QStringLiteral("127.0.0.2:53"), QStringLiteral("--doh"),
        m_doh->dohUrl().toString(), QStringLiteral("--public-roots"), m_rootsPath,
        QStringLiteral("--extra-system-roots"), m_rootsPath, QStringLiteral("--timeout"), QStringLiteral("40"),
        QStringLiteral("--probe-timeout"), QStringLiteral("15")};
}

CliResult Scenario::diagnose(
    const QStringList &extra, const QMap<QString, QString> &environment, const QStringList &wrapper)
{
    // Later options win in QCommandLineParser for single values, so `extra` can replace
    // --url or the roots; repeatable ones (--resolver) are only added to.
    QStringList arguments = baseArguments();
    for (int i = 0; i + 1 < extra.size(); ++i) {
        static const QStringList single {QStringLiteral("--url"), QStringLiteral("--extra-system-roots"),
            QStringLiteral("--status-url"), QStringLiteral("--timeout"), QStringLiteral("--probe-timeout")};
        if (!single.contains(extra.at(i)))
            continue;
        const int at = arguments.indexOf(extra.at(i));
        if (at >= 0)
            arguments.remove(at, 2);
    }
    arguments << extra;

    QMap<QString, QString> env;
    for (const char *name :
        {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        env.insert(QString::fromLatin1(name), QString());
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    QElapsedTimer timer;
    timer.start();
    CliResult result = runCli(m_cli, arguments, m_ns.execPrefix() + wrapper, env, std::chrono::seconds(120));
    m_elapsed = timer.elapsed();
    return result;
}

QStringList findingCodes(const QJsonObject &diagnosis)
{
    QStringList codes;
    for (const QJsonValue &f : diagnosis.value(QStringLiteral("findings")).toArray())
        codes << f.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QJsonObject findingNamed(const QJsonObject &diagnosis, const QString &code)
{
    for (const QJsonValue &f : diagnosis.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("code")).toString() == code)
            return f.toObject();
    return {};
}

QString verdictCode(const QJsonObject &diagnosis)
{
    return diagnosis.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("code")).toString();
}

QString verdictWho(const QJsonObject &diagnosis)
{
    return diagnosis.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("who_fixes")).toString();
}

QByteArray describeDiagnosis(const CliResult &result)
{
    if (result.json.isEmpty())
        return result.describe().toUtf8();
    QJsonObject brief;
    brief.insert(QStringLiteral("exit"), result.exitCode);
    brief.insert(QStringLiteral("verdict"), result.json.value(QStringLiteral("verdict")));
    QJsonArray findings;
    for (const QJsonValue &f : result.json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        findings.append(QJsonObject {{QStringLiteral("code"), o.value(QStringLiteral("code"))},
            {QStringLiteral("severity"), o.value(QStringLiteral("severity"))},
            {QStringLiteral("title"), o.value(QStringLiteral("title"))}});
    }
    brief.insert(QStringLiteral("findings"), findings);
    const QJsonObject evidence = result.json.value(QStringLiteral("evidence")).toObject();
    QJsonArray observations;
    for (const char *kind : {"dns", "http", "tcp", "tls", "status"})
        for (const QJsonValue &v : evidence.value(QLatin1String(kind)).toArray()) {
            const QJsonObject o = v.toObject();
            QJsonObject small {{QStringLiteral("id"), o.value(QStringLiteral("id"))},
                {QStringLiteral("error"), o.value(QStringLiteral("error"))}};
            for (const char *key : {"addresses", "status", "connected", "handshake_ok", "trusted_by_public_roots",
                     "path", "proxy", "ok", "tls_issuer"})
                if (o.contains(QLatin1String(key)))
                    small.insert(QLatin1String(key), o.value(QLatin1String(key)));
            observations.append(small);
        }
    brief.insert(QStringLiteral("evidence"), observations);
    return QJsonDocument(brief).toJson(QJsonDocument::Compact);
}

} // namespace gatecheck::rig
