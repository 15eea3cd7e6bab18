// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/EnvironmentReaders.h"

#include "env/FileRead.h"
#include "env/ProxyRules.h"
#include "env/ResolverConfig.h"
#include "env/TrustStoreAudit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QNetworkProxyFactory>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

QString describeQtProxies(const QList<QNetworkProxy> &proxies)
{
    QStringList items;
    for (const QNetworkProxy &p : proxies) {
        const QString hostPort = QStringLiteral("%1:%2").arg(p.hostName()).arg(p.port());
        switch (p.type()) {
        case QNetworkProxy::HttpProxy:
            items << QStringLiteral("PROXY ") + hostPort;
            break;
        case QNetworkProxy::Socks5Proxy:
            items << QStringLiteral("SOCKS5 ") + hostPort;
            break;
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::DefaultProxy:
            items << QStringLiteral("DIRECT");
            break;
        default:
            items << QStringLiteral("PROXY ") + hostPort;
            break;
        }
    }
    items.removeDuplicates();
    return items.isEmpty() ? QStringLiteral("DIRECT") : items.join(QLatin1String("; "));
}

} // namespace

ProxyPart readProxies(const platform::Context &context)
{
    ProxyPart part;
    if (context.target.isValid() && !context.target.host().isEmpty()) {
        // What Gatecheck's own "as-browser" path will use: Qt's system proxy lookup (libproxy or
        // the environment on Linux, WinHTTP with PAC/WPAD on Windows, CFNetwork on macOS).
        ProxySetting system;
        system.source = QStringLiteral("system");
        const QString effective =
            describeQtProxies(QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(context.target)));
        system.mode = effective == QLatin1String("DIRECT") ? QStringLiteral("none") : QStringLiteral("manual");
        system.effectiveForTarget = effective;
        if (effective != QLatin1String("DIRECT"))
            system.proxy = effective.section(QLatin1Char(' '), 1, 1).section(QLatin1Char(';'), 0, 0);
        system.detail = Text::tr("the proxy this computer's system settings give for %1 — what Gatecheck's "
                                 "\"as the browser\" path uses")
                            .arg(context.target.host());
        part.proxies << system;
    }
    if (auto fromEnv = envProxySetting(context.env, context.target))
        part.proxies << *fromEnv;
    part.proxies << platform::systemProxySettings(context, &part.notes);
    return part;
}

NetworkPart readNetwork(const platform::Context &context)
{
    NetworkPart part;
    part.samples = platform::interfaceSamples(&part.notes);
    part.defaultRouteInterfaces = platform::defaultRouteInterfaces(&part.notes);
    part.dns = platform::dnsSettings(context, &part.notes);
    for (InterfaceSample &s : part.samples)
        if (s.dnsServers.isEmpty())
            s.dnsServers = part.dns.perInterface.value(s.name);
    if (!part.dns.hostsFile.isEmpty() && QFile::exists(part.dns.hostsFile)) {
        QString error;
        // Ad-blocking hosts files reach tens of MB; bigger than 64 MiB is not a hosts file.
        if (const auto data = readCapped(part.dns.hostsFile, 64 * 1024 * 1024, &error)) {
            const QList<HostsEntry> entries = parseHostsFile(decodeText(*data));
            part.hostsOverrides = hostsOverridesFor(entries, context.hosts, part.dns.hostsFile);
        } else {
            part.notes << error;
        }
    }
    return part;
}

TrustPart readTrust(QList<QSslCertificate> publicRoots)
{
    TrustPart part;
    if (publicRoots.isEmpty()) {
        // The bundled public set (parsing ~150 roots is work for this thread, not the caller's).
        QFile bundled(QStringLiteral(":/gatecheck/certs/public-roots.pem"));
        if (bundled.open(QIODevice::ReadOnly))
            publicRoots = QSslCertificate::fromData(bundled.readAll(), QSsl::Pem);
    }
    const platform::TrustStore store = platform::trustStore(&part.notes);
    QList<StoreCertificate> current;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An expired root anchors nothing today; old code-signing roots would only add noise.
    for (const StoreCertificate &c : store.roots)
        if (!c.certificate.expiryDate().isValid() || c.certificate.expiryDate() >= now)
            current << c;
    part.roots = nonPublicRoots(current, publicRoots + store.alsoPublic);
    return part;
}

} // namespace gatecheck::env
