// SPDX-License-Identifier: GPL-3.0-or-later
// "This network vs that one": what differs between two runs, causes before symptoms.
#include "report/Compare.h"

#include "report/CompareFacts.h"
#include "report/ReportOutline.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gatecheck {

namespace {

using namespace compare;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Compare)
};

// Causes first (they explain the problem), then the symptoms, then context.
enum Weight {
    TlsInterception = 100,
    StaleDns = 95,
    StatusPage = 90,
    Proxy = 85,
    Vpn = 80,
    CaptivePortal = 78,
    HostsFile = 77,
    Extensions = 75,
    TrustRoots = 70,
    Clock = 65,
    PathResult = 60,
    VerdictChange = 55,
    FindingChange = 50,
    DirectResult = 45,
    TlsIssuerChange = 40,
    DnsAnswers = 35,
    Latency = 20,
    NetworkChange = 10,
};

// ---- the comparison -------------------------------------------------------------------------

class Comparer
{
public:
    Comparer(const ComparedRun &left, const ComparedRun &right)
        : a(left)
        , b(right)
        , la(quoted(left.label))
        , lb(quoted(right.label))
    { }

    QList<Difference> run()
    {
        certificate();
        dns();
        statusPage();
        sideFacts();
        paths();
        verdictAndFindings();
        context();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Difference &x, const Difference &y) {
            if (x.explains != y.explains)
                return x.explains;
            return x.weight > y.weight;
        });
        return m_out;
    }

private:
    // The side with the problem: where `bad` holds and the run found a problem (or failed).
    int sideOf(bool badLeft, bool badRight) const
    {
        if (badLeft == badRight)
            return 0;
        return badLeft ? 1 : 2;
    }

    void add(const QString &code, int weight, const QString &topic, const QString &left, const QString &right,
        const QString &sentence, int problemSide)
    {
        const bool sideHasProblem =
            (problemSide == 1
                && (hasProblem(a) || failed(report::pathResult(a.evidence, QStringLiteral("as-browser")))))
            || (problemSide == 2
                && (hasProblem(b) || failed(report::pathResult(b.evidence, QStringLiteral("as-browser")))));
        m_out.append({code, weight, problemSide != 0 && sideHasProblem && weight >= PathResult, problemSide, topic,
            left, right, sentence});
    }

    void certificate()
    {
        const IssuerSeen x = issuerSeen(a), y = issuerSeen(b);
        if (x.text.isEmpty() || y.text.isEmpty() || x.text == y.text)
            return;
        const QString host = primaryHost(a);
        if (x.inspected != y.inspected) {
            const bool leftBad = x.inspected;
            const IssuerSeen &bad = leftBad ? x : y;
            const IssuerSeen &good = leftBad ? y : x;
            const QString who = bad.product.isEmpty() ? Text::tr("a filter or security product") : bad.product;
            add(QStringLiteral("tls_issuer"), TlsInterception, Text::tr("Certificate"), x.text, y.text,
                Text::tr("On %1 the certificate for %2 was issued by %3, not by a public certificate authority: "
                         "%4 on that network or computer opens and inspects encrypted traffic. On %5 it was issued "
                         "by %6, as expected.")
                    .arg(leftBad ? la : lb, host, bad.text, who, leftBad ? lb : la, good.text),
                leftBad ? 1 : 2);
            return;
        }
        add(QStringLiteral("tls_issuer"), TlsIssuerChange, Text::tr("Certificate"), x.text, y.text,
            Text::tr("The certificate for %1 came from %2 on %3 and from %4 on %5; both are public authorities, so "
                     "this alone is no fault.")
                .arg(host, x.text, la, y.text, lb),
            0);
    }

    void dns()
    {
        const DnsView x = dnsView(a), y = dnsView(b);
        if (x.system == y.system && x.systemFailed == y.systemFailed)
            return;
        const QString host = primaryHost(a);
        const bool badX = x.systemFailed || (x.mismatch && x.unreachable);
        const bool badY = y.systemFailed || (y.mismatch && y.unreachable);
        const QString left = x.systemFailed ? Text::tr("lookup failed") : joined(x.system);
        const QString right = y.systemFailed ? Text::tr("lookup failed") : joined(y.system);
        if (badX != badY) {
            const DnsView &bad = badX ? x : y;
            const DnsView &good = badX ? y : x;
            const QString badAnswer = bad.systemFailed
                ? Text::tr("could not look up %1 at all").arg(host)
                : Text::tr("answered %1 with %2, which is not what public resolvers give (%3) and did not accept "
                           "connections")
                      .arg(host, joined(bad.system), joined(bad.alternates));
            add(QStringLiteral("system_dns"), StaleDns, Text::tr("DNS"), left, right,
                Text::tr("On %1 this computer's DNS %2: a stale or wrong DNS entry. On %3 it answered %4, %5.")
                    .arg(badX ? la : lb, badAnswer, badX ? lb : la, joined(good.system),
                        good.mismatch ? Text::tr("and that address worked")
                                      : Text::tr("matching the public resolvers")),
                badX ? 1 : 2);
            return;
        }
        add(QStringLiteral("system_dns"), DnsAnswers, Text::tr("DNS"), left, right,
            Text::tr("This computer's DNS answered %1 with %2 on %3 and %4 on %5. Big services hand out different "
                     "addresses, so this alone is no fault.")
                .arg(host, left, la, right, lb),
            0);
    }

    void statusPage()
    {
        const StatusObservation *x = statusOf(a), *y = statusOf(b);
        if (!x || !y)
            return;
        const int rx = indicatorRank(*x), ry = indicatorRank(*y);
        if (rx == ry && x->description == y->description)
            return;
        const QString vendor = a.profile.displayName.isEmpty() ? primaryHost(a) : a.profile.displayName;
        add(QStringLiteral("status_page"), StatusPage, Text::tr("Status page"), statusText(x), statusText(y),
            Text::tr("%1's status page said \u201c%2\u201d at the time of %3 and \u201c%4\u201d at the time of %5.")
                .arg(vendor, statusText(x), la, statusText(y), lb),
            rx == ry ? 0 : (rx > ry ? 1 : 2));
    }

    void presence(const QString &code, int weight, const QString &topic, const QString &x, const QString &y,
        const QString &presentText, const QString &absentText)
    {
        if (x == y)
            return;
        const QString none = Text::tr("none");
        if (!x.isEmpty() && !y.isEmpty()) {
            add(code, weight - 5, topic, x, y, presentText.arg(la, x) + QLatin1Char(' ') + presentText.arg(lb, y), 0);
            return;
        }
        const bool leftHas = !x.isEmpty();
        add(code, weight, topic, leftHas ? x : none, leftHas ? none : y,
            presentText.arg(leftHas ? la : lb, leftHas ? x : y) + QLatin1Char(' ') + absentText.arg(leftHas ? lb : la),
            leftHas ? 1 : 2);
    }

    void sideFacts()
    {
        presence(QStringLiteral("proxy"), Proxy, Text::tr("Proxy"), proxyRoute(a), proxyRoute(b),
            Text::tr("On %1 the browser's traffic goes through the proxy %2."),
            Text::tr("On %1 it connects directly, with no proxy."));
        presence(QStringLiteral("vpn"), Vpn, Text::tr("VPN"), activeVpn(a), activeVpn(b),
            Text::tr("On %1 the traffic runs through the VPN %2."), Text::tr("On %1 no VPN carries it."));
        presence(QStringLiteral("captive_portal"), CaptivePortal, Text::tr("Sign-in page"),
            a.evidence.environment.captivePortal ? Text::tr("captive portal") : QString(),
            b.evidence.environment.captivePortal ? Text::tr("captive portal") : QString(),
            Text::tr("On %1 the network showed a %2 (a Wi-Fi sign-in page) instead of the internet."),
            Text::tr("On %1 there was none."));
        presence(QStringLiteral("hosts_file"), HostsFile, Text::tr("Hosts file"),
            hostsOverrides(a).join(QStringLiteral(", ")), hostsOverrides(b).join(QStringLiteral(", ")),
            Text::tr("On %1 the hosts file pins %2, whatever DNS says."), Text::tr("On %1 it pins nothing."));
        presence(QStringLiteral("extensions"), Extensions, Text::tr("Browser extensions"),
            riskyExtensions(a).join(QStringLiteral(", ")), riskyExtensions(b).join(QStringLiteral(", ")),
            Text::tr("On %1 these browser extensions can change requests: %2."),
            Text::tr("On %1 there are none that can."));
        presence(QStringLiteral("trust_roots"), TrustRoots, Text::tr("Extra root certificates"),
            inspectionRoots(a).join(QStringLiteral(", ")), inspectionRoots(b).join(QStringLiteral(", ")),
            Text::tr("On %1 the computer trusts non-public root certificates (%2), as inspection products install."),
            Text::tr("On %1 it trusts only public ones."));
        const auto skew = [](const ComparedRun &r) {
            const EnvironmentFacts &e = r.evidence.environment;
            return e.clockChecked && qAbs(e.clockOffsetSeconds) > 300 ? Text::tr("%1 s off").arg(e.clockOffsetSeconds)
                                                                      : QString();
        };
        presence(QStringLiteral("clock"), Clock, Text::tr("Clock"), skew(a), skew(b),
            Text::tr("On %1 the computer's clock was %2, enough to break secure connections."),
            Text::tr("On %1 it was right."));
    }

    void paths()
    {
        const HttpObservation *x = report::pathResult(a.evidence, QStringLiteral("as-browser"));
        const HttpObservation *y = report::pathResult(b.evidence, QStringLiteral("as-browser"));
        if (x && y && (x->status != y->status || x->error.code != y->error.code)) {
            const auto text = [](const HttpObservation *h) {
                const QString by = report::answeredBy(*h);
                return by == QLatin1String("-") ? report::httpResult(*h)
                                                : Text::tr("%1 (answered by %2)").arg(report::httpResult(*h), by);
            };
            add(QStringLiteral("path_result"), PathResult, Text::tr("Browser's route"), text(x), text(y),
                Text::tr("The browser's route got %1 on %2 and %3 on %4.").arg(text(x), la, text(y), lb),
                sideOf(failed(x), failed(y)));
        }
        const HttpObservation *dx = report::pathResult(a.evidence, QStringLiteral("direct"));
        const HttpObservation *dy = report::pathResult(b.evidence, QStringLiteral("direct"));
        if (dx && dy && (dx->status != dy->status || dx->error.code != dy->error.code))
            add(QStringLiteral("direct_result"), DirectResult, Text::tr("Direct route"), report::httpResult(*dx),
                report::httpResult(*dy),
                Text::tr("A direct connection (no proxy) got %1 on %2 and %3 on %4.")
                    .arg(report::httpResult(*dx), la, report::httpResult(*dy), lb),
                sideOf(failed(dx), failed(dy)));
        if (x && y && x->status > 0 && y->status > 0) {
            const qint64 tx = x->timings.totalMs, ty = y->timings.totalMs;
            if (tx >= 0 && ty >= 0 && qAbs(tx - ty) > 500 && (std::max(tx, ty) > 2 * std::min(tx, ty)))
                add(QStringLiteral("latency"), Latency, Text::tr("Response time"), report::formatDuration(tx),
                    report::formatDuration(ty),
                    Text::tr("The page took %1 on %2 and %3 on %4.")
                        .arg(report::formatDuration(tx), la, report::formatDuration(ty), lb),
                    0);
        }
    }

    void verdictAndFindings()
    {
        const Verdict &x = a.diagnosis.verdict, &y = b.diagnosis.verdict;
        if (x.code != y.code)
            add(QStringLiteral("verdict"), VerdictChange, Text::tr("Verdict"), x.headline, y.headline,
                Text::tr("Gatecheck concluded \u201c%1\u201d on %2 and \u201c%3\u201d on %4.")
                    .arg(x.headline, la, y.headline, lb),
                sideOf(hasProblem(a), hasProblem(b)));
        QSet<QString> codesA, codesB;
        for (const Finding &f : a.diagnosis.findings)
            codesA.insert(f.code);
        for (const Finding &f : b.diagnosis.findings)
            codesB.insert(f.code);
        const auto only = [&](const ComparedRun &run, const QSet<QString> &other, int side) {
            for (const Finding &f : run.diagnosis.findings) {
                if (other.contains(f.code) || f.code == x.code || f.code == y.code || f.severity == Severity::Info)
                    continue;
                add(QStringLiteral("finding"), FindingChange, Text::tr("Finding"),
                    side == 1 ? f.title : Text::tr("none"), side == 1 ? Text::tr("none") : f.title,
                    Text::tr("Only on %1: %2").arg(side == 1 ? la : lb, f.title), side);
            }
        };
        only(a, codesB, 1);
        only(b, codesA, 2);
    }

    void context()
    {
        const NetworkIdentity &x = a.network, &y = b.network;
        if (x.isEmpty() || y.isEmpty() || x.sameNetworkAs(y))
            return;
        if (x.label == y.label && x.interfaceKind == y.interfaceKind && x.gatewayHash == y.gatewayHash)
            return;
        add(QStringLiteral("network"), NetworkChange, Text::tr("Network"), x.label, y.label,
            Text::tr("The runs were made on different networks: %1 on %2, %3 on %4.").arg(la, x.label, lb, y.label), 0);
    }

    const ComparedRun &a;
    const ComparedRun &b;
    const QString la;
    const QString lb;
    QList<Difference> m_out;
};

} // namespace

RunComparison compareRuns(const ComparedRun &left, const ComparedRun &right)
{
    RunComparison c;
    c.leftLabel = left.label;
    c.rightLabel = right.label;
    c.leftStartedAt = left.evidence.startedAt;
    c.rightStartedAt = right.evidence.startedAt;
    c.leftVerdict = left.diagnosis.verdict.headline;
    c.rightVerdict = right.diagnosis.verdict.headline;
    c.sameNetwork = left.network.sameNetworkAs(right.network);
    c.differences = Comparer(left, right).run();

    const auto explaining =
        std::find_if(c.differences.cbegin(), c.differences.cend(), [](const Difference &d) { return d.explains; });
    if (c.differences.isEmpty())
        c.headline = Text::tr("The two runs found the same: no difference that matters.");
    else if (explaining != c.differences.cend())
        c.headline = Text::tr("The difference that most likely explains the problem: %1").arg(explaining->sentence);
    else
        c.headline = Text::tr("The runs differ, but none of the differences clearly explains a problem.");
    return c;
}

} // namespace gatecheck
