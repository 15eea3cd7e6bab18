// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dnsmasq.h"
#include "Netns.h"
#include "Nginx.h"
#include "RigCli.h"
#include "TestCa.h"
#include "Unbound.h"

#include <QMap>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace gatecheck::rig {

// One live scenario for `gatecheck-cli diagnose`: a network namespace of its own in which
//
//   go.vendor.test      the vendor's app: nginx on 203.0.113.10 (a documentation address, so
//                       the rules treat it as public; it exists only on the namespace's lo)
//   status.vendor.test  its status page: the same nginx on 203.0.113.20, serving
//                       /status/api/v2/summary.json (green unless the test writes another)
//   203.0.113.66        an address where nothing listens (a stale or forged answer)
//   127.0.0.1:53        the system resolver (dnsmasq, via the namespace's resolv.conf)
//   127.0.0.2:53        an alternate resolver "playing 8.8.8.8" (dnsmasq)
//   127.0.0.3           a DNS-over-HTTPS resolver (unbound)
//
// all signed by a scenario CA that the CLI is told is both public and trusted by the OS.
// The test changes what it needs between create() and start(); diagnose() runs the real CLI
// inside the namespace with a fake $HOME and no proxy variables unless given.
class Scenario
{
public:
    static constexpr const char *VendorHost = "go.vendor.test";
    static constexpr const char *StatusHost = "status.vendor.test";
    static constexpr const char *VendorIp = "203.0.113.10";
    static constexpr const char *StatusIp = "203.0.113.20";
    static constexpr const char *DeadIp = "203.0.113.66";

    // `cli`: the built gatecheck-cli.
    Scenario(const QString &purpose, QString cli);
    ~Scenario();

    // The namespace, the addresses, the CA and the certificates; every resolver is given the
    // right answers for both names (change them before start()).
    bool create(QString *error);
    Netns &ns() { return m_ns; }
    TestCa &ca() { return *m_ca; }
    Nginx &vendor() { return *m_nginx; }
    Dnsmasq &systemDns() { return *m_system; }
    Dnsmasq &altDns() { return *m_alt; }
    Unbound &doh() { return *m_doh; }
    QString dir() const { return m_dir.path(); }
    QString writeFile(const QString &name, const QByteArray &content) const; // returns the path

    // Replace the default answers of one resolver (all three when `which` is empty):
    // "system", "alt", "doh".
    void answer(const QString &which, const QString &name, const QStringList &addresses);
    void setStartSystemDns(bool on) { m_startSystem = on; }
    // The status page body (a Statuspage summary.json); green by default.
    void setStatusSummary(const QByteArray &json) { m_summary = json; }

    bool start(QString *error);

    QUrl vendorUrl(const QString &path = QStringLiteral("/")) const;
    QUrl statusUrl() const;
    // The roots the CLI trusts as the OS's: the scenario CA plus `extraPems`.
    QStringList baseArguments() const;
    // `diagnose --json --no-history` with the scenario's URL, resolvers, DoH, status page, roots.
    CliResult diagnose(
        const QStringList &extra = {}, const QMap<QString, QString> &environment = {}, const QStringList &wrapper = {});
    qint64 lastElapsedMs() const { return m_elapsed; }

private:
    QString m_cli;
    QTemporaryDir m_dir;
    Netns m_ns;
    std::unique_ptr<TestCa> m_ca;
    std::unique_ptr<Nginx> m_nginx;
    std::unique_ptr<Dnsmasq> m_system;
    std::unique_ptr<Dnsmasq> m_alt;
    std::unique_ptr<Unbound> m_doh;
    QMap<QString, QMap<QString, QStringList>> m_answers; // which -> name -> addresses
    QByteArray m_summary;
    QString m_rootsPath;
    bool m_startSystem = true;
    qint64 m_elapsed = 0;
};

// Helpers for assertions on `diagnose --json`.
QStringList findingCodes(const QJsonObject &diagnosis);
QJsonObject findingNamed(const QJsonObject &diagnosis, const QString &code);
QString verdictCode(const QJsonObject &diagnosis);
QString verdictWho(const QJsonObject &diagnosis);
// A compact dump of the verdict, findings and evidence errors, for failure messages.
QByteArray describeDiagnosis(const CliResult &result);

} // namespace gatecheck::rig
