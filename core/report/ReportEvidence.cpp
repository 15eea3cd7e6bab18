// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence pages for IT: findings, paths, DNS comparison, certificates, TCP, status page.
#include "report/ReportOutline.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace gatecheck::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

Block paragraph(const QString &text)
{
    Block b;
    b.text = text;
    return b;
}

Tone httpTone(const HttpObservation &h)
{
    if (h.status >= 500 || (h.status == 0 && h.error.isError()))
        return Tone::Problem;
    if (h.status >= 400)
        return Tone::Warning;
    return h.status > 0 ? Tone::Good : Tone::Neutral;
}

Section findingsSection(const Report &r)
{
    Section s {QStringLiteral("findings"), Text::tr("Findings"), {}};
    if (r.diagnosis.findings.isEmpty())
        s.blocks << paragraph(Text::tr("No findings."));
    for (const Finding &f : r.diagnosis.findings) {
        Block b;
        b.kind = Block::Kind::Callout;
        b.tone = f.code == QLatin1String("ok") ? Tone::Good : toneFor(f.severity);
        b.toneLabel = severityLabel(f.severity);
        b.title = f.title.isEmpty() ? f.code : f.title;
        QStringList meta {Text::tr("Who should act: %1").arg(whoActsTitle(f.whoFixes, vendorName(r))),
            Text::tr("confidence %1%").arg(qRound(f.confidence * 100)), Text::tr("code %1").arg(f.code)};
        b.text = f.detail.isEmpty() ? meta.join(QStringLiteral(" · "))
                                    : f.detail + QStringLiteral("\n") + meta.join(QStringLiteral(" · "));
        b.items = f.nextSteps;
        s.blocks << b;
    }
    if (!r.rediagnosedAt.isNull())
        s.blocks << paragraph(Text::tr("Re-diagnosed on %1 with the rules of Gatecheck %2; the saved verdict was "
                                       "\u201c%3\u201d (%4).")
                                  .arg(formatTime(r.rediagnosedAt, r.timeZone), r.appVersion,
                                      r.originalVerdict.headline, r.originalVerdict.code));
    return s;
}

Section pathsSection(const Report &r)
{
    Section s {QStringLiteral("paths"), Text::tr("Paths to %1").arg(vendorName(r)), {}};
    if (r.evidence.http.isEmpty()) {
        s.blocks << paragraph(Text::tr("No web requests were made."));
        return s;
    }
    Table t;
    t.headers = {Text::tr("Path"), Text::tr("Host"), Text::tr("Route"), Text::tr("Result"), Text::tr("Answered by"),
        Text::tr("Time"), Text::tr("Certificate issuer")};
    t.toneColumn = 3;
    for (const HttpObservation &h : r.evidence.http) {
        const QString route = !h.proxy.isEmpty() ? Text::tr("proxy %1").arg(h.proxy)
            : !h.pinnedAddress.isEmpty()         ? h.pinnedAddress
                                                 : Text::tr("direct");
        t.rows.append({pathLabel(h.path), QUrl(h.url).host(), route, httpResult(h), answeredBy(h),
            formatDuration(h.timings.totalMs), h.tlsIssuer.isEmpty() ? QStringLiteral("-") : h.tlsIssuer});
        t.rowTones << httpTone(h);
    }
    s.blocks << Block::tableOf({}, t);
    return s;
}

Section dnsSection(const Report &r)
{
    Section s {QStringLiteral("dns"), Text::tr("Name lookups (DNS)"), {}};
    if (r.evidence.dns.isEmpty()) {
        s.blocks << paragraph(Text::tr("No name lookups were made."));
        return s;
    }
    QHash<QString, QSet<QString>> systemAnswers;
    for (const DnsObservation &d : r.evidence.dns)
        if (d.method == QLatin1String("system"))
            for (const DnsAddress &a : d.addresses)
                systemAnswers[d.host].insert(a.address);
    Table t;
    t.headers = {Text::tr("Name"), Text::tr("Asked"), Text::tr("Answer"), Text::tr("Compared"), Text::tr("Time")};
    t.toneColumn = 2;
    int differing = 0;
    for (const DnsObservation &d : r.evidence.dns) {
        QString compared = QStringLiteral("-");
        Tone tone = Tone::Neutral;
        if (d.error.isError()) {
            tone = Tone::Problem;
        } else if (d.method != QLatin1String("system") && systemAnswers.contains(d.host)) {
            QSet<QString> mine;
            for (const DnsAddress &a : d.addresses)
                mine.insert(a.address);
            const bool agrees = mine.intersects(systemAnswers.value(d.host));
            compared = agrees ? Text::tr("agrees with this computer") : Text::tr("differs from this computer");
            tone = agrees ? Tone::Good : Tone::Warning;
            differing += agrees ? 0 : 1;
        }
        t.rows.append({d.host, resolverLabel(d), dnsAnswerText(d), compared, formatDuration(d.elapsedMs)});
        t.rowTones << tone;
    }
    s.blocks << Block::tableOf({}, t);
    if (differing > 0)
        s.blocks << paragraph(Text::tr("%n resolver answer(s) differ from what this computer uses. Big services answer "
                                       "differently by region, so a difference alone is not a fault; an address that "
                                       "fails where others work is.",
            nullptr, differing));
    return s;
}

Section certificatesSection(const Report &r)
{
    Section s {QStringLiteral("certificates"), Text::tr("Certificates (TLS)"), {}};
    QSet<QString> seen;
    for (const TlsObservation &t : r.evidence.tls) {
        const QString key = t.host + QLatin1Char('|') + (t.chain.isEmpty() ? t.address : t.chain.constFirst().sha256);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Block facts;
        facts.kind = Block::Kind::Facts;
        facts.title = Text::tr("%1 at %2").arg(t.host, t.address);
        facts.facts = {
            {Text::tr("Handshake"),
                t.handshakeOk ? QStringLiteral("%1 %2").arg(t.protocol, t.cipher).trimmed()
                              : Text::tr("failed: %1").arg(t.error.message.isEmpty() ? t.error.code : t.error.message)},
            {Text::tr("Trusted by this computer"),
                t.trustedBySystem ? Text::tr("yes")
                                  : Text::tr("no: %1").arg(t.systemErrors.join(QStringLiteral("; ")))},
            {Text::tr("Chains to a public root"),
                t.trustedByPublicRoots ? Text::tr("yes")
                                       : Text::tr("no: %1").arg(t.publicRootErrors.join(QStringLiteral("; ")))}};
        if (!t.anchorSubject.isEmpty())
            facts.facts.append({Text::tr("Root"), t.anchorSubject});
        s.blocks << facts;
        if (t.chain.isEmpty())
            continue;
        Table chain;
        chain.headers = {Text::tr("#"), Text::tr("Subject"), Text::tr("Issuer"), Text::tr("Valid until"),
            Text::tr("SHA-256 (start)")};
        for (qsizetype i = 0; i < t.chain.size(); ++i) {
            const CertificateInfo &c = t.chain.at(i);
            chain.rows.append({QString::number(i + 1), c.subjectCommonName.isEmpty() ? c.subject : c.subjectCommonName,
                c.issuerOrganization.isEmpty()
                    ? c.issuer
                    : QStringLiteral("%1 (%2)").arg(c.issuerCommonName, c.issuerOrganization),
                c.notAfter.isValid() ? c.notAfter.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-"),
                c.sha256.left(16)});
        }
        s.blocks << Block::tableOf({}, chain);
    }
    if (s.blocks.isEmpty())
        s.blocks << paragraph(Text::tr("No TLS handshakes were made."));

    if (!r.evidence.tcp.isEmpty()) {
        Table tcp;
        tcp.headers = {Text::tr("Host"), Text::tr("Address"), Text::tr("Port"), Text::tr("Result"), Text::tr("Time")};
        tcp.toneColumn = 3;
        for (const TcpObservation &c : r.evidence.tcp) {
            tcp.rows.append({c.host, c.address, QString::number(c.port),
                c.connected ? Text::tr("connected") : Text::tr("failed: %1").arg(c.error.code),
                formatDuration(c.elapsedMs)});
            tcp.rowTones << (c.connected ? Tone::Good : Tone::Problem);
        }
        s.blocks << Block::tableOf(Text::tr("Connections (TCP)"), tcp);
    }
    return s;
}

Section statusSection(const Report &r)
{
    Section s {QStringLiteral("status"), Text::tr("%1 status page").arg(vendorName(r)), {}};
    for (const StatusObservation &o : r.evidence.status) {
        Block facts;
        facts.kind = Block::Kind::Facts;
        facts.title = Text::tr("Read over the route \u201c%1\u201d").arg(pathLabel(o.path));
        if (!o.ok) {
            facts.facts = {{Text::tr("Address"), o.url},
                {Text::tr("Result"),
                    Text::tr("not readable: %1").arg(o.error.message.isEmpty() ? o.error.code : o.error.message)}};
            s.blocks << facts;
            continue;
        }
        facts.facts = {
            {Text::tr("Page"), o.pageName.isEmpty() ? o.url : QStringLiteral("%1 (%2)").arg(o.pageName, o.pageUrl)},
            {Text::tr("Says"), QStringLiteral("%1 (%2)").arg(o.description, o.indicator)},
            {Text::tr("Open incidents"), QString::number(o.incidents.size())}};
        s.blocks << facts;
        Block incidents;
        incidents.kind = Block::Kind::Bullets;
        for (const StatusIncident &i : o.incidents)
            incidents.items << Text::tr("%1 — %2, impact %3, since %4. %5 %6")
                                   .arg(i.name, i.status, i.impact, formatTime(i.startedAt, r.timeZone), i.latestUpdate,
                                       i.shortlink)
                                   .trimmed();
        QStringList degraded;
        for (const StatusComponent &c : o.components)
            if (c.status != QLatin1String("operational"))
                degraded << QStringLiteral("%1: %2").arg(c.name, c.status);
        if (!degraded.isEmpty())
            incidents.items << Text::tr("Components not operational: %1").arg(degraded.join(QStringLiteral(", ")));
        if (!incidents.items.isEmpty())
            s.blocks << incidents;
    }
    if (s.blocks.isEmpty())
        s.blocks << paragraph(Text::tr("No status page was read."));
    return s;
}

} // namespace

QList<Section> evidenceSections(const Report &r)
{
    return {findingsSection(r), pathsSection(r), dnsSection(r), certificatesSection(r), statusSection(r)};
}

} // namespace gatecheck::report
