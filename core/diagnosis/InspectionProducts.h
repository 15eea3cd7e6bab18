// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gatecheck {

// What kind of product inspects TLS: it decides who can switch it off.
enum class InspectionKind {
    SecureWebGateway, // corporate cloud or on-site proxy (Zscaler, Netskope, ProxySG...): IT
    Firewall, // next-generation firewall with TLS decryption (FortiGate, Palo Alto...): IT
    Antivirus, // HTTPS scanning in security software on this computer: the user
    ParentalControl, // content filter (school/family products): whoever set it up
    DebuggingProxy, // developer tools (mitmproxy, Fiddler, Charles, Burp): the user
};

struct InspectionProduct
{
    QString name; // "Zscaler", "Kaspersky", ...
    InspectionKind kind = InspectionKind::SecureWebGateway;
};

// Names the TLS-inspection product (corporate proxy, secure web gateway or antivirus HTTPS
// scanning) that a certificate's issuer or subject text belongs to, e.g. "Zscaler",
// "Netskope", "Fortinet", "Kaspersky". Empty when unknown. Shared by the diagnosis rules and
// the trust-store inspector so both name products the same way.
QString inspectionProductFor(const QString &certificateNameText);

// The same lookup with the product's kind.
std::optional<InspectionProduct> inspectionProductInfo(const QString &certificateNameText);

// The first product any of the texts names (issuer CN, issuer O, root subject, ...).
std::optional<InspectionProduct> inspectionProductInfo(const QList<QString> &texts);

// "secure_web_gateway" | "firewall" | "antivirus" | "parental_control" | "debugging_proxy"
QString toString(InspectionKind kind);

// The names of every product in the table, for documentation and tests.
QList<InspectionProduct> knownInspectionProducts();

} // namespace gatecheck
