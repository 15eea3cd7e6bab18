// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dnsmasq.h"

#include "Unbound.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace gatecheck::rig {

Dnsmasq::Dnsmasq(QString address, QStringList prefix, quint16 port)
    : m_address(std::move(address))
    , m_prefix(std::move(prefix))
    , m_fixedPort(port)
{ }

Dnsmasq::~Dnsmasq()
{
    m_process.stop(); // before its SERVFAIL upstream
}

void Dnsmasq::addHost(const QString &name, const QStringList &addresses, int ttl)
{
    for (const QString &address : addresses)
        m_lines << QStringLiteral("host-record=%1,%2,%3").arg(name, address).arg(ttl);
    // Without this, a type the name lacks would be "forwarded" and so REFUSED.
    m_lines << QStringLiteral("local=/%1/").arg(name);
}

void Dnsmasq::addCname(const QString &alias, const QString &target, int ttl)
{
    m_lines << QStringLiteral("cname=%1,%2,%3").arg(alias, target).arg(ttl);
}

void Dnsmasq::addNameWithoutAddress(const QString &name)
{
    m_lines << QStringLiteral("txt-record=%1,\"no address here\"").arg(name) << QStringLiteral("local=/%1/").arg(name);
}

void Dnsmasq::nxdomain(const QString &name)
{
    m_lines << QStringLiteral("address=/%1/").arg(name);
}

void Dnsmasq::servfail(const QString &name)
{
    m_servfailNames << name;
}

void Dnsmasq::hijackAll(const QString &address)
{
    m_lines << QStringLiteral("address=/#/%1").arg(address);
}

QStringList Dnsmasq::queries() const
{
    static const QRegularExpression query(QStringLiteral(R"(query\[(\w+)\] (\S+) from)"));
    QStringList out;
    auto it = query.globalMatch(m_process.output());
    while (it.hasNext()) {
        const auto match = it.next();
        out << match.captured(1) + QLatin1Char(' ') + match.captured(2);
    }
    return out;
}

bool Dnsmasq::start(QString *error)
{
    QStringList lines = m_lines;
    if (!m_servfailNames.isEmpty()) {
        m_servfailUpstream = std::make_unique<Unbound>(m_address, m_prefix);
        for (const QString &name : std::as_const(m_servfailNames))
            m_servfailUpstream->servfail(name);
        if (!m_servfailUpstream->start(error))
            return false;
        for (const QString &name : std::as_const(m_servfailNames))
            lines << QStringLiteral("server=/%1/%2#%3").arg(name, m_address).arg(m_servfailUpstream->port());
    }
    const QString program = findProgram(QStringLiteral("dnsmasq"));
    const QHostAddress host(m_address);
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = m_fixedPort ? m_fixedPort : freeUdpPort(host);
        if (!m_port)
            m_port = freeUdpPort(); // an address that exists only inside the namespace
        const QStringList config =
            QStringList {
                QStringLiteral("no-resolv"),
                QStringLiteral("no-hosts"),
                QStringLiteral("no-poll"),
                QStringLiteral("port=%1").arg(m_port),
                QStringLiteral("listen-address=%1").arg(m_address),
                QStringLiteral("bind-interfaces"),
                QStringLiteral("cache-size=0"),
                QStringLiteral("log-queries"),
                QStringLiteral("log-facility=-"),
                QStringLiteral("pid-file="),
                QStringLiteral("user=root"),
            }
            + lines;
        m_process.writeFile(QStringLiteral("dnsmasq.conf"), config.join(QLatin1Char('\n')).toUtf8() + '\n');
        if (!m_process.start(program,
                {QStringLiteral("--keep-in-foreground"),
                    QStringLiteral("--conf-file=") + m_process.filePath(QStringLiteral("dnsmasq.conf"))},
                m_prefix)) {
            if (error)
                *error = m_process.lastError();
            return false;
        }
        // dnsmasq binds its sockets before it logs that it started.
        if (m_process.waitForOutput(QStringLiteral("started, version"), std::chrono::seconds(20))) {
            m_process.waitForOutput(QStringLiteral("compile time options"), std::chrono::seconds(5));
            return true;
        }
        if (m_fixedPort || !m_process.output().contains(QLatin1String("in use")))
            break;
    }
    if (error)
        *error = m_process.lastError();
    return false;
}

} // namespace gatecheck::rig
