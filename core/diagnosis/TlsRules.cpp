// SPDX-License-Identifier: GPL-3.0-or-later
// tls_interception: the certificate chain for the vendor's host does not lead to a public
// root. This is applied also - above all - when the OS trusts the chain: that is the usual
// corporate case (a gateway's root pushed by IT) and antivirus HTTPS scanning, where browsers
// show no warning at all. The product is named from the certificate names.
#include "diagnosis/Codes.h"
#include "diagnosis/InspectionProducts.h"
#include "diagnosis/Rules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsRules)
};

// Only the dates are wrong (a wrong clock, or an expired certificate) - not interception.
bool onlyDateErrors(const TlsObservation &t, const VendorProfile &profile)
{
    const QStringList &errors = t.publicRootErrors;
    if (errors.isEmpty())
        return false;
    for (const QString &e : errors)
        if (!e.contains(QLatin1String("expired"), Qt::CaseInsensitive)
            && !e.contains(QLatin1String("not yet valid"), Qt::CaseInsensitive))
            return false;
    return issuerExpected(
               t.chain.first().issuerOrganization + QLatin1Char(' ') + t.chain.first().issuerCommonName, profile)
        || profile.expectedIssuerPatterns.isEmpty();
}

QStringList certificateNames(const TlsObservation &t)
{
    QStringList names;
    for (const CertificateInfo &c : t.chain)
        names << c.issuerOrganization << c.issuerCommonName << c.issuer << c.subjectOrganization << c.subject;
    names << t.anchorSubject;
    names.removeAll(QString());
    return names;
}

struct Interception
{
    QList<const TlsObservation *> tls; // direct handshakes that were intercepted
    QList<const PathView *> http; // paths whose certificate came from someone else
    QString issuer; // the leaf's issuer as shown to the user
    bool trustedBySystem = true; // every intercepted chain was trusted by the OS
    std::optional<InspectionProduct> product;
};

Interception collect(const RuleContext &ctx)
{
    Interception in;
    const VendorProfile &profile = ctx.profile();
    for (const TlsObservation *t : ctx.tls()) {
        if (t->chain.isEmpty() || t->trustedByPublicRoots || onlyDateErrors(*t, profile))
            continue;
        const CertificateInfo &leaf = t->chain.first();
        // An interceptor mints a certificate for the name asked for; one for another name is
        // a different server (captive portal, wrong address), judged by other rules.
        if (!RuleContext::certificateCovers(leaf, t->host))
            continue;
        const auto product = inspectionProductInfo(certificateNames(*t));
        const bool unexpectedIssuer = !profile.expectedIssuerPatterns.isEmpty()
            && !issuerExpected(leaf.issuerOrganization + QLatin1Char(' ') + leaf.issuerCommonName, profile);
        // A public CA's chain that fails only for a missing intermediate is not interception.
        if (!product && !unexpectedIssuer && !t->trustedBySystem && profile.expectedIssuerPatterns.size() > 0)
            continue;
        in.tls << t;
        in.trustedBySystem &= t->trustedBySystem;
        if (in.issuer.isEmpty())
            in.issuer = leaf.issuerCommonName.isEmpty() ? leaf.issuer : leaf.issuerCommonName;
        if (!in.product)
            in.product = product;
    }
    // The browser's path may go through an inspecting proxy that the direct handshakes never see.
    for (const PathView &p : ctx.paths()) {
        const QString &issuer = p.http->tlsIssuer;
        if (issuer.isEmpty() || !p.http->url.startsWith(QLatin1String("https:")))
            continue;
        const auto product = inspectionProductInfo(issuer);
        const bool unexpected = !profile.expectedIssuerPatterns.isEmpty() && !issuerExpected(issuer, profile);
        if (!product && !unexpected)
            continue;
        in.http << &p;
        if (in.issuer.isEmpty())
            in.issuer = issuer;
        if (!in.product)
            in.product = product;
    }
    if (!in.tls.isEmpty() || !in.http.isEmpty()) {
        // The trust store may name the product when the certificate's own names do not.
        for (const TrustRootInfo &root : ctx.evidence().environment.nonPublicRoots) {
            if (in.product)
                break;
            if (!root.product.isEmpty())
                in.product = InspectionProduct {root.product,
                    inspectionProductInfo(root.product) ? inspectionProductInfo(root.product)->kind
                                                        : InspectionKind::SecureWebGateway};
            else
                in.product = inspectionProductInfo(QList<QString> {root.organization, root.subject});
        }
    }
    return in;
}

} // namespace

QList<Finding> tlsRules(const RuleContext &ctx)
{
    const Interception in = collect(ctx);
    if (in.tls.isEmpty() && in.http.isEmpty())
        return {};
    const QString vendor = ctx.vendor();
    const InspectionKind kind = in.product ? in.product->kind : InspectionKind::SecureWebGateway;
    const QString product = in.product ? in.product->name : QString();

    // Is the interception what breaks things here?
    bool interceptedPathFails = false;
    for (const PathView *p : in.http)
        interceptedPathFails |= p->hop.outcome != Outcome::Good && p->hop.outcome != Outcome::VendorError;
    if (!in.tls.isEmpty())
        for (const PathView &p : ctx.paths())
            if (p.http->proxy.isEmpty() && (p.hop.outcome == Outcome::Failed || p.hop.outcome == Outcome::ProxyError))
                interceptedPathFails = true;
    bool cleanPathWorks = false;
    for (const PathView &p : ctx.paths()) {
        bool intercepted = false;
        for (const PathView *x : in.http)
            intercepted |= x->http == p.http;
        cleanPathWorks |= !intercepted && in.tls.isEmpty() && p.hop.outcome == Outcome::Good;
    }
    const bool browserFails = !ctx.browserPathWorks();
    const bool problem = !in.trustedBySystem || interceptedPathFails || (cleanPathWorks && browserFails);

    // Antivirus is this computer's; a debugging proxy is the user's when it runs here (no proxy
    // set, or one on this computer), otherwise whoever runs that machine - IT.
    bool remoteProxy = false;
    for (const PathView *p : in.http) {
        const QString host = QUrl::fromUserInput(p->http->proxy).host();
        remoteProxy |=
            !p->http->proxy.isEmpty() && host != QLatin1String("localhost") && !QHostAddress(host).isLoopback();
    }
    const WhoFixes who = kind == InspectionKind::Antivirus         ? WhoFixes::User
        : (kind == InspectionKind::DebuggingProxy && !remoteProxy) ? WhoFixes::User
                                                                   : WhoFixes::It;
    Finding f = makeFinding(
        FindingCode::TlsInterception, problem ? Severity::Problem : Severity::Warning, who, in.product ? 0.95 : 0.85);
    const QString named = product.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(product);
    if (kind == InspectionKind::Antivirus)
        f.title =
            Text::tr("Security software on this computer%1 is intercepting %2's secure connection").arg(named, vendor);
    else if (kind == InspectionKind::DebuggingProxy)
        f.title = Text::tr("A debugging proxy%1 is intercepting %2's secure connection").arg(named, vendor);
    else
        f.title = Text::tr("Your office network is intercepting %1's secure connection%2 - this is for your IT team")
                      .arg(vendor, named);

    QStringList parts;
    parts << Text::tr("The certificate this computer receives for %1 is not %2's own: it was issued by \"%3\", and it "
                      "does not lead to any publicly trusted certificate authority.")
                 .arg(ctx.targetHost(), vendor, in.issuer);
    parts << (in.trustedBySystem ? Text::tr("This computer trusts it anyway (a certificate installed by your IT "
                                            "department or by security software), so browsers show no warning.")
                                 : Text::tr("This computer does not trust it either, so browsers show a certificate "
                                            "warning or refuse to open %1.")
                                       .arg(vendor));
    parts << Text::tr("It means %1 decrypts, inspects and re-encrypts your connection to %2. When that inspection "
                      "fails, the error page (502, \"connection reset\") comes from it, not from %2.")
                 .arg(product.isEmpty() ? Text::tr("a device or program between you and %1").arg(vendor) : product,
                     vendor);
    if (problem && interceptedPathFails)
        parts << Text::tr("Here the inspected connection does fail.");
    else if (problem && cleanPathWorks)
        parts << Text::tr("A connection that is not inspected works.");
    else if (!problem)
        parts << Text::tr("Right now the inspected connection still works, so this may not be what caused your error.");
    f.detail = parts.join(QLatin1Char(' '));

    const QString hosts = ctx.profile().hosts.join(QStringLiteral(", "));
    if (kind == InspectionKind::Antivirus)
        f.nextSteps
            << Text::tr("Open %1's settings and turn off HTTPS or SSL scanning (often called \"Web Shield\", "
                        "\"Scan encrypted connections\" or \"SSL/TLS filtering\"), or add %2 as an exception.")
                   .arg(product.isEmpty() ? Text::tr("your security software") : product, hosts)
            << Text::tr("Try %1 again. If your security software is managed by your company, ask IT.").arg(vendor);
    else if (kind == InspectionKind::DebuggingProxy)
        f.nextSteps << Text::tr("Close %1, or stop it from intercepting, and remove its proxy setting.")
                           .arg(product.isEmpty() ? Text::tr("the debugging proxy") : product)
                    << Text::tr("Try %1 again.").arg(vendor);
    else
        f.nextSteps << Text::tr("Send this report to your IT team.")
                    << Text::tr("Ask them to exempt %1 from TLS/SSL inspection (a \"do not decrypt\" rule) - %2 is a "
                                "business application that does not need it.")
                           .arg(hosts, vendor);
    for (const TlsObservation *t : in.tls)
        f.evidence << t->id;
    for (const PathView *p : in.http)
        f.evidence << p->http->id;
    return {f};
}

} // namespace gatecheck
