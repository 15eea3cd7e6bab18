// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceText.h"

#include "EnvironmentText.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatecheck::cli {

namespace {

// lupdate finds strings through this context class.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
};

// A minimal column-aligned table for the terminal.
class Table
{
public:
    explicit Table(QStringList header) { m_rows << std::move(header); }
    void add(QStringList row) { m_rows << std::move(row); }
    QString render() const
    {
        QList<qsizetype> widths;
        for (const QStringList &row : m_rows)
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i)
                    widths << 0;
                widths[i] = std::max(widths[i], row[i].size());
            }
        QString text;
        for (const QStringList &row : m_rows) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i]);
            text += QStringLiteral("  ") + line.trimmed() + QLatin1Char('\n');
        }
        return text;
    }

private:
    QList<QStringList> m_rows;
};

QString ms(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(value);
}

QString errorText(const ProbeError &error)
{
    return error.isError() ? QStringLiteral("%1 (%2)").arg(error.code, error.message) : QString();
}

QString dnsAnswer(const DnsObservation &d)
{
    if (d.error.isError())
        return errorText(d.error);
    QStringList parts;
    for (const DnsAddress &a : d.addresses)
        parts << (a.ttl >= 0 ? QStringLiteral("%1 (ttl %2)").arg(a.address).arg(a.ttl) : a.address);
    return parts.isEmpty() ? Text::tr("no addresses") : parts.join(QStringLiteral(", "));
}

} // namespace

QString renderEvidenceText(const Evidence &e, const Diagnosis &diagnosis)
{
    QString text;
    text += Text::tr("Verdict: %1 [%2] - who should act: %3\n")
                .arg(diagnosis.verdict.headline, diagnosis.verdict.code, toString(diagnosis.verdict.whoFixes));
    if (!diagnosis.verdict.summary.isEmpty())
        text += QStringLiteral("  ") + diagnosis.verdict.summary + QLatin1Char('\n');
    if (!diagnosis.findings.isEmpty() && !diagnosis.findings.constFirst().nextSteps.isEmpty()) {
        text += Text::tr("What to do:\n");
        int n = 0;
        for (const QString &step : diagnosis.findings.constFirst().nextSteps)
            text += QStringLiteral("  %1. %2\n").arg(++n).arg(step);
    }
    for (const Finding &f : diagnosis.findings)
        text += QStringLiteral("  - [%1] %2: %3\n").arg(toString(f.severity), f.code, f.title);
    text += Text::tr("\nTarget: %1   started %2   %3\n")
                .arg(e.targetUrl, e.startedAt.toString(Qt::ISODate), e.cancelled ? Text::tr("(cancelled)") : QString());

    text += Text::tr("\nDNS\n");
    Table dns({Text::tr("HOST"), Text::tr("RESOLVER"), Text::tr("METHOD"), Text::tr("RCODE"), Text::tr("TIME"),
        Text::tr("ANSWER")});
    for (const DnsObservation &d : e.dns)
        dns.add({d.host, d.resolver, d.method, d.rcode.isEmpty() ? QStringLiteral("-") : d.rcode, ms(d.elapsedMs),
            dnsAnswer(d)});
    text += dns.render();

    text += Text::tr("\nPaths\n");
    Table http({Text::tr("PATH"), Text::tr("VIA"), Text::tr("STATUS"), Text::tr("SERVER"), Text::tr("TIME"),
        Text::tr("TLS ISSUER"), Text::tr("ERROR")});
    for (const HttpObservation &h : e.http) {
        QString via = h.pinnedAddress.isEmpty() ? (h.proxy.isEmpty() ? Text::tr("direct") : h.proxy) : h.pinnedAddress;
        http.add({h.path, via, h.status ? QString::number(h.status) : QStringLiteral("-"),
            h.headers.value(QStringLiteral("server"), QStringLiteral("-")), ms(h.timings.totalMs),
            h.tlsIssuer.isEmpty() ? QStringLiteral("-") : h.tlsIssuer, errorText(h.error)});
    }
    text += http.render();

    if (!e.tls.isEmpty()) {
        text += Text::tr("\nTLS\n");
        Table tls({Text::tr("HOST"), Text::tr("ADDRESS"), Text::tr("PROTOCOL"), Text::tr("ISSUER"),
            Text::tr("OS TRUST"), Text::tr("PUBLIC ROOTS"), Text::tr("ERROR")});
        for (const TlsObservation &t : e.tls)
            tls.add({t.host, t.address, t.protocol.isEmpty() ? QStringLiteral("-") : t.protocol,
                t.chain.isEmpty() ? QStringLiteral("-") : t.chain.constFirst().issuer,
                t.trustedBySystem ? Text::tr("trusted") : Text::tr("not trusted"),
                t.trustedByPublicRoots ? Text::tr("public") : Text::tr("not public"), errorText(t.error)});
        text += tls.render();
    }
    if (!e.tcp.isEmpty()) {
        text += Text::tr("\nTCP\n");
        Table tcp({Text::tr("ADDRESS"), Text::tr("PORT"), Text::tr("RESULT"), Text::tr("TIME")});
        for (const TcpObservation &t : e.tcp)
            tcp.add({t.address, QString::number(t.port), t.connected ? Text::tr("connected") : errorText(t.error),
                ms(t.elapsedMs)});
        text += tcp.render();
    }
    if (!e.status.isEmpty()) {
        text += Text::tr("\nStatus page\n");
        Table status({Text::tr("PATH"), Text::tr("PAGE"), Text::tr("INDICATOR"), Text::tr("DESCRIPTION"),
            Text::tr("INCIDENTS"), Text::tr("ERROR")});
        for (const StatusObservation &s : e.status)
            status.add({s.path, s.pageName.isEmpty() ? s.url : s.pageName,
                s.indicator.isEmpty() ? QStringLiteral("-") : s.indicator, s.description,
                QString::number(s.incidents.size()), errorText(s.error)});
        text += status.render();
    }
    // This computer's side (core/env), beside the network results.
    if (e.environment.collected)
        text += QLatin1Char('\n') + renderEnvironmentText(e.environment, QString());
    return text;
}

} // namespace gatecheck::cli
