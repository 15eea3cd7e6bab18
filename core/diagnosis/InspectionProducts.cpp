// SPDX-License-Identifier: GPL-3.0-or-later
// Patterns over the names these products put into the certificates they mint (issuer CN/O of
// the leaf, and the subject of their root). Sources: Chrome's ssl_error_assistant MITM list,
// the products' documentation and user reports (see research notes). Corporate appliances
// often use customer-generated CA names, so organisation names and appliance defaults are
// matched rather than exact CNs. Public CAs must never match: "Cloudflare Inc ECC CA-3",
// "Symantec Class 3 ..." and "Trend" alone are real public issuers or words, hence the anchors.
#include "diagnosis/InspectionProducts.h"

#include <QRegularExpression>

namespace gatecheck {

namespace {

struct Entry
{
    const char *name;
    InspectionKind kind;
    const char *pattern; // case-insensitive, searched anywhere in the text
};

using K = InspectionKind;

// Order matters only where two entries could match the same text; the more specific first.
const Entry kTable[] = {
    {"Zscaler", K::SecureWebGateway, R"(\bzscaler)"},
    {"Netskope", K::SecureWebGateway, R"(\bnetskope\b|goskope\.com)"},
    {"Fortinet FortiGate", K::Firewall, R"(\bforti(gate|net|proxy|web)|fortinet_ca_ssl)"},
    {"Palo Alto Networks", K::Firewall,
        R"(palo ?alto|\bprisma access\b|\bpan[- ](fw|ngfw|os)\b|\bforward[- ]trust(\b|_))"},
    {"Symantec Blue Coat ProxySG", K::SecureWebGateway,
        R"(blue ?coat|\bproxysg\b|symantec (web security|secure web gateway)|\bedge ?swg\b|broadcom.*(proxy|web security))"},
    {"Cisco Umbrella", K::SecureWebGateway, R"(cisco umbrella|\bopendns\b)"},
    {"Cisco Secure Web Appliance", K::SecureWebGateway,
        R"(cisco.*(web security appliance|secure web appliance|\bwsa\b|ironport)|\bironport\b)"},
    {"Sophos", K::Firewall, R"(\bsophos)"},
    {"Kaspersky", K::Antivirus, R"(\bkaspersky)"},
    {"Norton", K::Antivirus, R"(\bnorton\b|nortonlifelock|gen digital)"},
    {"Avast", K::Antivirus, R"(\bavast)"},
    {"AVG", K::Antivirus, R"(\bavg (web|mail|technologies|antivirus|internet))"},
    {"ESET", K::Antivirus, R"(\beset\b)"},
    {"Bitdefender", K::Antivirus, R"(\bbitdefender)"},
    {"Avira", K::Antivirus, R"(\bavira\b)"},
    {"Dr.Web", K::Antivirus, R"(\bdr\.? ?web\b|doctor web)"},
    {"G DATA", K::Antivirus, R"(\bg ?data (software|security|internet|antivirus|web|mail))"},
    {"Forcepoint", K::SecureWebGateway, R"(\bforcepoint|\bwebsense)"},
    {"Skyhigh Security (McAfee Web Gateway)", K::SecureWebGateway, R"(\bmcafee|\bskyhigh)"},
    {"Check Point", K::Firewall, R"(check ?point)"},
    {"SonicWall", K::Firewall, R"(sonic ?wall)"},
    {"Barracuda", K::Firewall, R"(\bbarracuda)"},
    {"Trend Micro", K::SecureWebGateway, R"(trend ?micro|iwss\.trend|\binterscan\b)"},
    {"Cloudflare Gateway", K::SecureWebGateway,
        R"(cloudflare.*\bgateway\b|\bgateway\b.*cloudflare|cloudflare for teams|cloudflare zero trust)"},
    {"iboss", K::SecureWebGateway, R"(\biboss\b)"},
    {"Menlo Security", K::SecureWebGateway, R"(menlo security)"},
    {"WatchGuard", K::Firewall, R"(\bwatchguard)"},
    {"Untangle", K::Firewall, R"(\buntangle\b|\barista edge threat)"},
    {"ContentKeeper", K::SecureWebGateway, R"(\bcontentkeeper)"},
    {"Cyberoam", K::Firewall, R"(\bcyberoam)"},
    {"Smoothwall", K::SecureWebGateway, R"(\bsmoothwall)"},
    {"NetSpark", K::ParentalControl, R"(\bnetspark)"},
    {"Lightspeed Systems", K::ParentalControl, R"(lightspeed systems|\blightspeed (filter|web))"},
    {"Securly", K::ParentalControl, R"(\bsecurly)"},
    {"GoGuardian", K::ParentalControl, R"(\bgoguardian)"},
    {"Qustodio", K::ParentalControl, R"(\bqustodio)"},
    {"Kerio Control", K::Firewall, R"(\bkerio\b)"},
    {"mitmproxy", K::DebuggingProxy, R"(\bmitmproxy\b)"},
    {"Fiddler", K::DebuggingProxy, R"(\bfiddler|do_not_trust)"},
    {"Charles Proxy", K::DebuggingProxy, R"(\bcharles ?proxy|\bcharlesproxy)"},
    {"Burp Suite", K::DebuggingProxy, R"(\bportswigger\b|\bburp\b)"},
    {"HTTP Toolkit", K::DebuggingProxy, R"(\bhttp toolkit\b)"},
    {"Proxyman", K::DebuggingProxy, R"(\bproxyman\b)"},
    {"Superfish adware", K::Antivirus, R"(\bsuperfish\b)"},
    {"BadSSL test", K::DebuggingProxy, R"(badssl mitm software test)"},
};

struct Compiled
{
    const Entry *entry;
    QRegularExpression re;
};

const QList<Compiled> &compiled()
{
    static const QList<Compiled> table = [] {
        QList<Compiled> out;
        for (const Entry &e : kTable)
            out.append(
                {&e, QRegularExpression(QString::fromUtf8(e.pattern), QRegularExpression::CaseInsensitiveOption)});
        return out;
    }();
    return table;
}

} // namespace

std::optional<InspectionProduct> inspectionProductInfo(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // Certificate names are short; a hostile multi-megabyte "name" need not be searched whole.
    const QString bounded = text.left(4096);
    for (const Compiled &c : compiled())
        if (c.re.match(bounded).hasMatch())
            return InspectionProduct {QString::fromUtf8(c.entry->name), c.entry->kind};
    return std::nullopt;
}

std::optional<InspectionProduct> inspectionProductInfo(const QList<QString> &texts)
{
    for (const QString &t : texts)
        if (auto p = inspectionProductInfo(t))
            return p;
    return std::nullopt;
}

QString inspectionProductFor(const QString &certificateNameText)
{
    const auto p = inspectionProductInfo(certificateNameText);
    return p ? p->name : QString();
}

QString toString(InspectionKind kind)
{
    switch (kind) {
    case InspectionKind::SecureWebGateway:
        return QStringLiteral("secure_web_gateway");
    case InspectionKind::Firewall:
        return QStringLiteral("firewall");
    case InspectionKind::Antivirus:
        return QStringLiteral("antivirus");
    case InspectionKind::ParentalControl:
        return QStringLiteral("parental_control");
    case InspectionKind::DebuggingProxy:
        return QStringLiteral("debugging_proxy");
    }
    return QStringLiteral("secure_web_gateway");
}

QList<InspectionProduct> knownInspectionProducts()
{
    QList<InspectionProduct> out;
    for (const Entry &e : kTable)
        out.append({QString::fromUtf8(e.name), e.kind});
    return out;
}

} // namespace gatecheck
