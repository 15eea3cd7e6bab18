// SPDX-License-Identifier: GPL-3.0-or-later
// Linux (and other Unix without a vendor configuration store): GNOME/KDE proxy settings,
// /sys and /proc for interfaces and routes, resolv.conf and systemd-resolved for DNS, and
// the distributions' certificate directories.
#include "env/DesktopProxy.h"
#include "env/FileRead.h"
#include "env/PlatformEnvironment.h"
#include "env/ResolverConfig.h"
#include "env/RouteLookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gatecheck::env::platform {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

QString readSmall(const QString &path)
{
    const auto data = readCapped(path, 1024 * 1024);
    return data ? QString::fromUtf8(*data) : QString();
}

bool desktopIs(const QProcessEnvironment &env, const QStringList &names)
{
    const QString desktop = env.value(QStringLiteral("XDG_CURRENT_DESKTOP")) + QLatin1Char(':')
        + env.value(QStringLiteral("DESKTOP_SESSION"));
    for (const QString &n : names)
        if (desktop.contains(n, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QList<ProxySetting> systemProxySettings(const Context &context, QStringList *notes)
{
    QList<ProxySetting> out;
    // GNOME (also Unity, Cinnamon, MATE, Budgie): Chrome and Edge follow these on such desktops.
    const bool gnomeDesktop = desktopIs(context.env,
        {QStringLiteral("GNOME"), QStringLiteral("Unity"), QStringLiteral("Cinnamon"), QStringLiteral("MATE"),
            QStringLiteral("Budgie"), QStringLiteral("Pantheon")});
    if (const auto output = runTool(QStringLiteral("gsettings"),
            {QStringLiteral("list-recursively"), QStringLiteral("org.gnome.system.proxy")})) {
        if (auto gnome = gnomeProxySetting(parseGsettingsList(*output), context.target)) {
            // Outside a GNOME session a "none" is only the schema default, not a choice.
            if (gnome->mode != QLatin1String("none") || gnomeDesktop)
                out << *gnome;
        }
    } else if (gnomeDesktop && notes) {
        *notes << Text::tr("GNOME proxy settings could not be read (gsettings missing or not answering)");
    }
    const QString config =
        context.env.value(QStringLiteral("XDG_CONFIG_HOME"), QDir(context.home).filePath(QStringLiteral(".config")));
    const QString kioslaverc = QDir(config).filePath(QStringLiteral("kioslaverc"));
    if (QFile::exists(kioslaverc)) {
        QString error;
        if (const auto data = readCapped(kioslaverc, 1024 * 1024, &error)) {
            if (auto kde =
                    kdeProxySetting(parseKdeIni(decodeText(*data), QStringLiteral("Proxy Settings")), context.target))
                out << *kde;
        } else if (notes) {
            *notes << error;
        }
    }
    return out;
}

QList<InterfaceSample> interfaceSamples(QStringList *)
{
    QList<InterfaceSample> samples = qtInterfaceSamples();
    for (InterfaceSample &s : samples) {
        const QString sys = QStringLiteral("/sys/class/net/") + s.name;
        s.tunDevice = QFileInfo::exists(sys + QLatin1String("/tun_flags"));
        QString devtype;
        for (const QString &line : readSmall(sys + QLatin1String("/uevent")).split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("DEVTYPE=")))
                devtype = line.mid(8);
        const QString driver = QFileInfo(sys + QLatin1String("/device/driver")).symLinkTarget();
        QStringList description;
        if (!devtype.isEmpty())
            description << devtype;
        if (s.tunDevice)
            description << (s.hardwareKind == QLatin1String("ethernet") ? QStringLiteral("tap")
                                                                        : QStringLiteral("tun"));
        if (!driver.isEmpty())
            description << QFileInfo(driver).fileName();
        s.description = description.join(QLatin1Char(' '));
        // ARPHRD_NONE (65534) is what tun and WireGuard devices report.
        if (readSmall(sys + QLatin1String("/type")).trimmed() == QLatin1String("65534")
            || devtype == QLatin1String("wireguard"))
            s.hardwareKind = QStringLiteral("tunnel");
        if (devtype == QLatin1String("wlan"))
            s.hardwareKind = QStringLiteral("wifi");
    }
    return samples;
}

QStringList defaultRouteInterfaces(QStringList *)
{
    QStringList out;
    QList<RouteEntry> routes = parseProcNetRoute(readSmall(QStringLiteral("/proc/net/route")));
    routes += parseProcNetIpv6Route(readSmall(QStringLiteral("/proc/net/ipv6_route")));
    for (const RouteEntry &r : std::as_const(routes))
        if (isDefaultRoute(r) && r.interfaceName != QLatin1String("lo") && !out.contains(r.interfaceName))
            out << r.interfaceName;
    return out;
}

DnsSettings dnsSettings(const Context &, QStringList *notes)
{
    DnsSettings dns;
    dns.hostsFile = QStringLiteral("/etc/hosts");
    QString error;
    const auto resolv = readCapped(QStringLiteral("/etc/resolv.conf"), 1024 * 1024, &error);
    if (!resolv) {
        if (notes)
            *notes << error;
        return dns;
    }
    const ResolvConf conf = parseResolvConf(QString::fromUtf8(*resolv));
    dns.servers = conf.nameservers;
    dns.resolvedStub = std::any_of(conf.nameservers.cbegin(), conf.nameservers.cend(), isResolvedStub);
    if (!dns.resolvedStub)
        return dns;
    dns.upstreams = parseResolvConf(readSmall(QStringLiteral("/run/systemd/resolve/resolv.conf"))).nameservers;
    if (const auto status =
            runTool(QStringLiteral("resolvectl"), {QStringLiteral("status"), QStringLiteral("--no-pager")})) {
        for (const ResolvedLink &link : parseResolvectlStatus(*status)) {
            if (link.name == QLatin1String("Global")) {
                for (const QString &s : link.dnsServers)
                    if (!dns.upstreams.contains(s))
                        dns.upstreams << s;
            } else if (!link.dnsServers.isEmpty()) {
                dns.perInterface.insert(link.name, link.dnsServers);
                for (const QString &s : link.dnsServers)
                    if (!dns.upstreams.contains(s))
                        dns.upstreams << s;
            }
        }
    } else if (dns.upstreams.isEmpty() && notes) {
        *notes << Text::tr("resolv.conf points at systemd-resolved's local stub, but its upstream servers could "
                           "not be read");
    }
    return dns;
}

TrustStore trustStore(QStringList *notes)
{
    TrustStore store;
    store.roots = readCertificateFiles(linuxTrustStorePaths(), notes);
    if (store.roots.isEmpty() && notes)
        *notes << Text::tr("no system certificate store found in the usual places");
    return store;
}

} // namespace gatecheck::env::platform
