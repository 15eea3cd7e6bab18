// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: WinINet (per-user Internet Options) and WinHTTP (machine) proxies through the
// WinHTTP API, adapters and routes through the IP Helper API, root stores through CryptoAPI.
#include "env/PlatformEnvironment.h"
#include "env/WindowsProxy.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QNetworkInterface>

// clang-format off
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <iphlpapi.h>
#include <netioapi.h>
#include <wincrypt.h>
#include <winhttp.h>
// clang-format on

#include <memory>
#include <vector>

namespace gatecheck::env::platform {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

QString takeWinHttpString(LPWSTR s)
{
    if (!s)
        return {};
    const QString out = QString::fromWCharArray(s);
    GlobalFree(s);
    return out;
}

QString sockaddrToString(const SOCKADDR *sa)
{
    if (!sa)
        return {};
    QHostAddress a(sa);
    a.setScopeId(QString());
    return a.toString();
}

QString kindFromIfType(ULONG type)
{
    switch (type) {
    case IF_TYPE_ETHERNET_CSMACD:
        return QStringLiteral("ethernet");
    case IF_TYPE_IEEE80211:
        return QStringLiteral("wifi");
    case IF_TYPE_SOFTWARE_LOOPBACK:
        return QStringLiteral("loopback");
    case IF_TYPE_PPP:
        return QStringLiteral("ppp");
    case IF_TYPE_TUNNEL:
        return QStringLiteral("tunnel");
    case IF_TYPE_PROP_VIRTUAL:
        return QStringLiteral("virtual");
    default:
        return QStringLiteral("unknown");
    }
}

std::vector<unsigned char> adapterAddresses()
{
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer;
    for (int attempt = 0; attempt < 4; ++attempt) {
        buffer.resize(size);
        const ULONG flags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST;
        const ULONG rc = GetAdaptersAddresses(
            AF_UNSPEC, flags, nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES *>(buffer.data()), &size);
        if (rc == NO_ERROR)
            return buffer;
        if (rc != ERROR_BUFFER_OVERFLOW)
            break;
    }
    return {};
}

void readStore(DWORD location, const wchar_t *name, const QString &label, QList<StoreCertificate> &out,
    QList<QSslCertificate> *publicOut = nullptr)
{
    HCERTSTORE store = CertOpenStore(
        CERT_STORE_PROV_SYSTEM_W, 0, 0, location | CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG, name);
    if (!store)
        return;
    PCCERT_CONTEXT context = nullptr;
    while ((context = CertEnumCertificatesInStore(store, context)) != nullptr) {
        const QByteArray der(reinterpret_cast<const char *>(context->pbCertEncoded), int(context->cbCertEncoded));
        const QSslCertificate certificate(der, QSsl::Der);
        if (certificate.isNull())
            continue;
        if (publicOut)
            *publicOut << certificate;
        else
            out.append(StoreCertificate {certificate, label});
    }
    CertCloseStore(store, 0);
}

} // namespace

QList<ProxySetting> systemProxySettings(const Context &context, QStringList *notes)
{
    QList<ProxySetting> out;
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG ie {};
    if (WinHttpGetIEProxyConfigForCurrentUser(&ie)) {
        WinInetSettings s;
        s.autoDetect = ie.fAutoDetect;
        s.autoConfigUrl = takeWinHttpString(ie.lpszAutoConfigUrl);
        s.proxyServer = takeWinHttpString(ie.lpszProxy);
        s.proxyOverride = takeWinHttpString(ie.lpszProxyBypass);
        s.proxyEnable = !s.proxyServer.isEmpty();
        out << proxySettingFrom(s, context.target);
    } else if (notes) {
        *notes << Text::tr("the Internet Options proxy settings could not be read (error %1)").arg(GetLastError());
    }
    WINHTTP_PROXY_INFO machine {};
    if (WinHttpGetDefaultProxyConfiguration(&machine)) {
        WinHttpSettings s;
        s.proxyServer = takeWinHttpString(machine.lpszProxy);
        s.bypassList = takeWinHttpString(machine.lpszProxyBypass);
        s.direct = machine.dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY || s.proxyServer.isEmpty();
        out << proxySettingFrom(s, context.target);
    } else if (const auto text = runTool(QStringLiteral("netsh"),
                   {QStringLiteral("winhttp"), QStringLiteral("show"), QStringLiteral("proxy")})) {
        if (const auto s = parseNetshWinHttp(*text))
            out << proxySettingFrom(*s, context.target);
        else if (notes)
            *notes << Text::tr("the machine-wide WinHTTP proxy could not be read");
    }
    return out;
}

QList<InterfaceSample> interfaceSamples(QStringList *notes)
{
    QList<InterfaceSample> samples;
    const std::vector<unsigned char> buffer = adapterAddresses();
    if (buffer.empty()) {
        if (notes)
            *notes << Text::tr("the network adapters could not be listed; using Qt's view");
        return qtInterfaceSamples();
    }
    for (auto *a = reinterpret_cast<const IP_ADAPTER_ADDRESSES *>(buffer.data()); a; a = a->Next) {
        InterfaceSample s;
        s.index = int(a->IfIndex ? a->IfIndex : a->Ipv6IfIndex);
        s.name = QNetworkInterface::interfaceNameFromIndex(s.index);
        if (s.name.isEmpty())
            s.name = QString::fromLatin1(a->AdapterName);
        s.displayName = QString::fromWCharArray(a->FriendlyName);
        s.description = QString::fromWCharArray(a->Description);
        s.hardwareKind = kindFromIfType(a->IfType);
        s.up = a->OperStatus == IfOperStatusUp;
        s.mtu = a->Mtu == ULONG(-1) ? 0 : int(a->Mtu);
        for (auto *u = a->FirstUnicastAddress; u; u = u->Next)
            s.addresses << sockaddrToString(u->Address.lpSockaddr);
        for (auto *d = a->FirstDnsServerAddress; d; d = d->Next)
            s.dnsServers << sockaddrToString(d->Address.lpSockaddr);
        samples << s;
    }
    return samples;
}

QStringList defaultRouteInterfaces(QStringList *)
{
    QStringList out;
    PMIB_IPFORWARD_TABLE2 table = nullptr;
    if (GetIpForwardTable2(AF_UNSPEC, &table) != NO_ERROR || !table)
        return out;
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_IPFORWARD_ROW2 &row = table->Table[i];
        const int prefix = row.DestinationPrefix.PrefixLength;
        if (prefix != 0 && prefix != 1)
            continue;
        const QString name = QNetworkInterface::interfaceNameFromIndex(int(row.InterfaceIndex));
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    FreeMibTable(table);
    return out;
}

DnsSettings dnsSettings(const Context &context, QStringList *notes)
{
    DnsSettings dns;
    const QString systemRoot = context.env.value(QStringLiteral("SystemRoot"), QStringLiteral("C:\\Windows"));
    dns.hostsFile = QDir::fromNativeSeparators(systemRoot) + QLatin1String("/System32/drivers/etc/hosts");
    for (const InterfaceSample &s : interfaceSamples(notes)) {
        if (!s.up || s.dnsServers.isEmpty())
            continue;
        dns.perInterface.insert(s.displayName.isEmpty() ? s.name : s.displayName, s.dnsServers);
        for (const QString &server : s.dnsServers)
            if (!dns.servers.contains(server))
                dns.servers << server;
    }
    return dns;
}

TrustStore trustStore(QStringList *)
{
    TrustStore store;
    // Where administrators, Group Policy and users add roots. The logical CurrentUser\Root view
    // also shows the machine's roots, so it is read last and deduplicated by the caller.
    readStore(CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY, L"Root",
        QStringLiteral("LocalMachine\\Root (Group Policy)"), store.roots);
    readStore(CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE, L"Root", QStringLiteral("LocalMachine\\Root (Enterprise)"),
        store.roots);
    readStore(CERT_SYSTEM_STORE_CURRENT_USER_GROUP_POLICY, L"Root", QStringLiteral("CurrentUser\\Root (Group Policy)"),
        store.roots);
    readStore(CERT_SYSTEM_STORE_LOCAL_MACHINE, L"Root", QStringLiteral("LocalMachine\\Root"), store.roots);
    readStore(CERT_SYSTEM_STORE_CURRENT_USER, L"Root", QStringLiteral("CurrentUser\\Root"), store.roots);
    // Microsoft's own roots and the third-party roots Windows Update distributes (AuthRoot) are
    // the Windows equivalent of a public root program: not evidence of interception.
    readStore(CERT_SYSTEM_STORE_LOCAL_MACHINE, L"AuthRoot", QString(), store.roots, &store.alsoPublic);
    for (const StoreCertificate &c : std::as_const(store.roots)) {
        const QStringList org = c.certificate.subjectInfo(QSslCertificate::Organization);
        if (!org.isEmpty() && org.first().startsWith(QLatin1String("Microsoft Corp")))
            store.alsoPublic << c.certificate;
    }
    return store;
}

} // namespace gatecheck::env::platform
