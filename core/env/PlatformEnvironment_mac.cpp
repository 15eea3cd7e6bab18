// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: `scutil --proxy` / `scutil --dns` (the system configuration as configd publishes
// it), `route -n get default`, and the admin/user trust settings of the Security framework.
#include "env/MacScutil.h"
#include "env/PlatformEnvironment.h"

#include <QCoreApplication>
#include <QRegularExpression>

// Keep AssertMacros.h (pulled in by Security) from defining check()/verify()/require().
#define __ASSERT_MACROS_DEFINE_VERSIONS_WITHOUT_UNDERSCORES 0
#include <CoreFoundation/CoreFoundation.h>
#include <Security/Security.h>

namespace gatecheck::env::platform {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

void readTrustDomain(SecTrustSettingsDomain domain, const QString &label, QList<StoreCertificate> &out)
{
    CFArrayRef certificates = nullptr;
    if (SecTrustSettingsCopyCertificates(domain, &certificates) != errSecSuccess || !certificates)
        return; // errSecNoTrustSettings: nothing added in this domain
    const CFIndex count = CFArrayGetCount(certificates);
    for (CFIndex i = 0; i < count; ++i) {
        auto certificate = static_cast<SecCertificateRef>(const_cast<void *>(CFArrayGetValueAtIndex(certificates, i)));
        CFDataRef data = SecCertificateCopyData(certificate);
        if (!data)
            continue;
        const QByteArray der(reinterpret_cast<const char *>(CFDataGetBytePtr(data)), int(CFDataGetLength(data)));
        CFRelease(data);
        const QSslCertificate c(der, QSsl::Der);
        if (!c.isNull())
            out.append(StoreCertificate {c, label});
    }
    CFRelease(certificates);
}

} // namespace

QList<ProxySetting> systemProxySettings(const Context &context, QStringList *notes)
{
    const auto output = runTool(QStringLiteral("scutil"), {QStringLiteral("--proxy")});
    if (!output) {
        if (notes)
            *notes << Text::tr("the system proxy settings could not be read (scutil --proxy)");
        return {};
    }
    QString error;
    const auto proxies = parseScutilDictionary(*output, &error);
    if (!proxies) {
        if (notes)
            *notes << error;
        return {};
    }
    return {macProxySetting(*proxies, context.target)};
}

QList<InterfaceSample> interfaceSamples(QStringList *notes)
{
    QList<InterfaceSample> samples = qtInterfaceSamples();
    // Per-interface resolvers come from the scoped section of scutil --dns.
    const DnsSettings dns = dnsSettings(Context {}, notes);
    for (InterfaceSample &s : samples)
        s.dnsServers = dns.perInterface.value(s.name);
    return samples;
}

QStringList defaultRouteInterfaces(QStringList *)
{
    QStringList out;
    static const QRegularExpression iface(
        QStringLiteral("^\\s*interface:\\s*(\\S+)"), QRegularExpression::MultilineOption);
    for (const QStringList &args :
        {QStringList {QStringLiteral("-n"), QStringLiteral("get"), QStringLiteral("default")},
            QStringList {
                QStringLiteral("-n"), QStringLiteral("get"), QStringLiteral("-inet6"), QStringLiteral("default")}}) {
        if (const auto text = runTool(QStringLiteral("route"), args)) {
            const auto m = iface.match(*text);
            if (m.hasMatch() && !out.contains(m.captured(1)))
                out << m.captured(1);
        }
    }
    return out;
}

DnsSettings dnsSettings(const Context &, QStringList *notes)
{
    DnsSettings dns;
    dns.hostsFile = QStringLiteral("/etc/hosts");
    const auto output = runTool(QStringLiteral("scutil"), {QStringLiteral("--dns")});
    if (!output) {
        if (notes)
            *notes << Text::tr("the DNS configuration could not be read (scutil --dns)");
        return dns;
    }
    for (const MacResolver &r : parseScutilDns(*output)) {
        if (r.scoped && !r.interfaceName.isEmpty()) {
            QStringList &list = dns.perInterface[r.interfaceName];
            for (const QString &s : r.nameservers)
                if (!list.contains(s))
                    list << s;
        } else if (!r.scoped && r.domain.isEmpty()) {
            for (const QString &s : r.nameservers)
                if (!dns.servers.contains(s))
                    dns.servers << s;
        }
    }
    return dns;
}

TrustStore trustStore(QStringList *)
{
    TrustStore store;
    // Apple's own roots are in the system domain; roots added by an administrator, a profile
    // (MDM) or the user are in these two.
    readTrustDomain(kSecTrustSettingsDomainAdmin, QStringLiteral("admin trust settings"), store.roots);
    readTrustDomain(kSecTrustSettingsDomainUser, QStringLiteral("user trust settings"), store.roots);
    return store;
}

} // namespace gatecheck::env::platform
