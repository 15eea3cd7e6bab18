// SPDX-License-Identifier: GPL-3.0-or-later
#include "Unbound.h"

#include <QHostAddress>

namespace gatecheck::rig {

namespace {

QString fqdn(const QString &name)
{
    return name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
}

QString withPort(const QString &address, quint16 port)
{
    return QStringLiteral("%1@%2").arg(address).arg(port);
}

// A port for a server that may live inside a namespace, where the address does not exist
// on the host: any free loopback port is free in a fresh namespace too.
quint16 pickPort(const QHostAddress &address, bool udp)
{
    const quint16 port = udp ? freeUdpPort(address) : freeTcpPort(address);
    return port ? port : (udp ? freeUdpPort() : freeTcpPort());
}

} // namespace

Unbound::Unbound(QString address, QStringList prefix)
    : m_address(std::move(address))
    , m_prefix(std::move(prefix))
{ }

Unbound::~Unbound() = default;

void Unbound::addHost(const QString &name, const QStringList &addresses, int ttl)
{
    // "static" makes the name's other types NODATA and its unknown children NXDOMAIN.
    m_serverLines << QStringLiteral("local-zone: \"%1\" static").arg(fqdn(name));
    for (const QString &address : addresses) {
        const bool v6 = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
        m_serverLines << QStringLiteral("local-data: \"%1 %2 IN %3 %4\"")
                             .arg(fqdn(name))
                             .arg(ttl)
                             .arg(v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), address);
    }
}

void Unbound::nxdomain(const QString &name)
{
    m_serverLines << QStringLiteral("local-zone: \"%1\" always_nxdomain").arg(fqdn(name));
}

void Unbound::refuse(const QString &name)
{
    m_serverLines << QStringLiteral("local-zone: \"%1\" always_refuse").arg(fqdn(name));
}

void Unbound::servfail(const QString &name)
{
    // Checked on this machine: a UDP upstream on a dead port gets silence (and unbound then
    // waits for seconds), but a TCP upstream is refused at once, so unbound says SERVFAIL.
    const quint16 deadPort = pickPort(QHostAddress(m_address), false);
    m_serverLines << QStringLiteral("local-zone: \"%1\" transparent").arg(fqdn(name));
    m_forwardZones << QStringLiteral("forward-zone:\n  name: \"%1\"\n  forward-addr: %2\n  forward-tcp-upstream: yes\n")
                          .arg(fqdn(name), withPort(m_address, deadPort));
}

void Unbound::enableDoh(const QString &certChainPath, const QString &keyPath)
{
    m_dohCert = certChainPath;
    m_dohKey = keyPath;
}

QUrl Unbound::dohUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_address);
    url.setPort(m_dohPort);
    url.setPath(QStringLiteral("/dns-query"));
    return url;
}

QByteArray Unbound::config() const
{
    QStringList server = {
        QStringLiteral("server:"),
        QStringLiteral("interface: %1").arg(withPort(m_address, m_port)),
        QStringLiteral("port: %1").arg(m_port),
        QStringLiteral("do-daemonize: no"),
        QStringLiteral("username: \"\""),
        QStringLiteral("chroot: \"\""),
        QStringLiteral("directory: \"%1\"").arg(m_process.dir()),
        QStringLiteral("pidfile: \"\""),
        QStringLiteral("use-syslog: no"),
        QStringLiteral("logfile: \"\""),
        QStringLiteral("verbosity: 1"),
        QStringLiteral("log-queries: yes"),
        QStringLiteral("num-threads: 1"),
        QStringLiteral("outgoing-range: 32"),
        QStringLiteral("num-queries-per-thread: 16"),
        QStringLiteral("msg-cache-size: 256k"),
        QStringLiteral("rrset-cache-size: 256k"),
        QStringLiteral("module-config: \"iterator\""),
        QStringLiteral("do-not-query-localhost: no"),
        QStringLiteral("access-control: 0.0.0.0/0 allow"),
        QStringLiteral("access-control: ::/0 allow"),
        // Never recurse: a name not given to this server is NXDOMAIN, and no query ever
        // leaves for the root servers.
        QStringLiteral("local-zone: \".\" static"),
    };
    if (m_dohPort) {
        server << QStringLiteral("interface: %1").arg(withPort(m_address, m_dohPort))
               << QStringLiteral("https-port: %1").arg(m_dohPort) << QStringLiteral("http-endpoint: \"/dns-query\"")
               << QStringLiteral("tls-service-pem: \"%1\"").arg(m_dohCert)
               << QStringLiteral("tls-service-key: \"%1\"").arg(m_dohKey);
    }
    server += m_serverLines;
    QString text = server.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    text += QStringLiteral("remote-control:\n  control-enable: no\n");
    text += m_forwardZones.join(QString());
    return text.toUtf8();
}

bool Unbound::start(QString *error)
{
    const QString program = findProgram(QStringLiteral("unbound"));
    const QHostAddress host(m_address);
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = pickPort(host, true);
        m_dohPort = m_dohCert.isEmpty() ? 0 : pickPort(host, false);
        m_process.writeFile(QStringLiteral("unbound.conf"), config());
        if (!m_process.start(program,
                {QStringLiteral("-d"), QStringLiteral("-c"), m_process.filePath(QStringLiteral("unbound.conf"))},
                m_prefix)) {
            if (error)
                *error = m_process.lastError();
            return false;
        }
        if (m_process.waitForOutput(QStringLiteral("start of service"), std::chrono::seconds(20)))
            return true;
        // A port taken between picking and binding: pick again.
        if (!m_process.output().contains(QLatin1String("in use")))
            break;
    }
    if (error)
        *error = m_process.lastError();
    return false;
}

} // namespace gatecheck::rig
