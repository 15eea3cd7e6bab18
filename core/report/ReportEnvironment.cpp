// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence pages about this computer (proxy, VPN, extensions, roots, DNS settings, clock),
// the watch timeline and "about this report".
#include "report/ReportOutline.h"

#include <QCoreApplication>

namespace gatecheck::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

Section computerSection(const Report &r)
{
    const EnvironmentFacts &env = r.evidence.environment;
    Section s {QStringLiteral("computer"), Text::tr("This computer"), {}};
    if (!env.collected) {
        Block b;
        b.text = Text::tr("The settings of this computer were not collected in this run.");
        s.blocks << b;
        return s;
    }
    Block facts;
    facts.kind = Block::Kind::Facts;
    facts.facts.append({Text::tr("System"), QStringLiteral("%1 %2").arg(env.os, env.osVersion).trimmed()});
    facts.facts.append({Text::tr("DNS servers"), orDash(env.dnsServers.join(QStringLiteral(", ")))});
    if (env.systemdResolvedStub)
        facts.facts.append(
            {Text::tr("DNS upstreams (systemd-resolved)"), orDash(env.dnsUpstreams.join(QStringLiteral(", ")))});
    if (!env.browserDohSettings.isEmpty())
        facts.facts.append({Text::tr("Browser DNS over HTTPS"), env.browserDohSettings.join(QStringLiteral("; "))});
    if (env.clockChecked)
        facts.facts.append({Text::tr("Clock"),
            Text::tr("%1 s off the servers' time (%2 samples)").arg(env.clockOffsetSeconds).arg(env.clockSamples)});
    if (env.captiveChecked)
        facts.facts.append({Text::tr("Captive portal"),
            env.captivePortal ? Text::tr("yes: %1").arg(env.captiveDetail) : Text::tr("no")});
    s.blocks << facts;

    if (!env.proxies.isEmpty()) {
        Table t;
        t.headers = {Text::tr("Source"), Text::tr("Mode"), Text::tr("Proxy or PAC"), Text::tr("For this address"),
            Text::tr("Bypass")};
        for (const ProxySetting &p : env.proxies)
            t.rows.append({p.source, p.mode, orDash(p.proxy.isEmpty() ? p.pacUrl : p.proxy),
                orDash(p.effectiveForTarget), orDash(p.bypass.join(QStringLiteral(", ")))});
        s.blocks << Block::tableOf(Text::tr("Proxy settings"), t);
    }
    if (!env.interfaces.isEmpty()) {
        Table t;
        t.headers = {Text::tr("Interface"), Text::tr("Kind"), Text::tr("Addresses"), Text::tr("VPN"),
            Text::tr("Default route"), Text::tr("Carries this traffic")};
        t.toneColumn = 3;
        for (const NetworkInterfaceInfo &i : env.interfaces) {
            t.rows.append({i.name, i.ssid.isEmpty() ? i.kind : QStringLiteral("%1 (%2)").arg(i.kind, i.ssid),
                orDash(i.addresses.join(QStringLiteral(", "))), i.isVpn ? orDash(i.vpnProduct) : Text::tr("no"),
                yesNo(i.carriesDefaultRoute), yesNo(i.carriesTargetTraffic)});
            t.rowTones << (i.isVpn ? Tone::Info : Tone::Neutral);
        }
        s.blocks << Block::tableOf(Text::tr("Network interfaces and VPN"), t);
    }
    if (!env.extensions.isEmpty()) {
        Table t;
        t.headers = {Text::tr("Browser"), Text::tr("Extension"), Text::tr("On"), Text::tr("Can change requests"),
            Text::tr("Why")};
        t.toneColumn = 3;
        for (const BrowserExtensionInfo &x : env.extensions) {
            const bool risky = x.risk == QLatin1String("can_alter_requests") || x.risk == QLatin1String("can_proxy");
            t.rows.append({QStringLiteral("%1 (%2)").arg(x.browser, x.profile),
                QStringLiteral("%1 %2").arg(x.name, x.version), yesNo(x.enabled), risky ? x.risk : Text::tr("no"),
                orDash(x.riskReasons.join(QStringLiteral("; ")))});
            t.rowTones << (risky && x.enabled ? Tone::Warning : Tone::Neutral);
        }
        s.blocks << Block::tableOf(Text::tr("Browser extensions"), t);
    }
    if (!env.nonPublicRoots.isEmpty()) {
        Table t;
        t.headers = {Text::tr("Root certificate"), Text::tr("Organisation"), Text::tr("Product"), Text::tr("Store")};
        t.toneColumn = 2;
        for (const TrustRootInfo &root : env.nonPublicRoots) {
            t.rows.append({root.subject, orDash(root.organization), orDash(root.product), root.store});
            t.rowTones << (root.product.isEmpty() ? Tone::Info : Tone::Warning);
        }
        s.blocks << Block::tableOf(Text::tr("Trusted root certificates that are not public"), t);
    }
    if (!env.hostsOverrides.isEmpty()) {
        Table t;
        t.headers = {Text::tr("Name"), Text::tr("Address"), Text::tr("File")};
        for (const HostsOverride &h : env.hostsOverrides)
            t.rows.append({h.host, h.address, h.file});
        s.blocks << Block::tableOf(Text::tr("Entries in the hosts file"), t);
    }
    if (!env.notes.isEmpty()) {
        Block notes;
        notes.kind = Block::Kind::Bullets;
        notes.title = Text::tr("Could not be read");
        notes.items = env.notes;
        s.blocks << notes;
    }
    return s;
}

Section aboutSection(const Report &r)
{
    Block facts;
    facts.kind = Block::Kind::Facts;
    facts.facts = {{Text::tr("Report made"), formatTime(r.generatedAt, r.timeZone)},
        {Text::tr("Test started"), formatTime(r.evidence.startedAt, r.timeZone)},
        {Text::tr("Test finished"), formatTime(r.evidence.finishedAt, r.timeZone)},
        {Text::tr("Time zone"), QString::fromUtf8(r.timeZone.id())}, {Text::tr("Tested address"), r.evidence.targetUrl},
        {Text::tr("Service profile"), QStringLiteral("%1 (%2)").arg(vendorName(r), r.profile.id)},
        {Text::tr("Gatecheck version"),
            Text::tr("%1 (report); %2 (test)").arg(r.appVersion, orDash(r.evidence.appVersion))}};
    if (!r.network.label.isEmpty())
        facts.facts.append({Text::tr("Network"), r.network.label});
    if (r.evidence.cancelled)
        facts.facts.append({Text::tr("Note"), Text::tr("the test was stopped before it finished")});
    QStringList kinds;
    for (const QString &k : r.redactedKinds)
        kinds << redactionKindLabel(k);
    facts.facts.append({Text::tr("Redaction"),
        !r.redacted           ? Text::tr("off: nothing was removed")
            : kinds.isEmpty() ? Text::tr("on; nothing private was found")
                              : Text::tr("on; removed %1").arg(kinds.join(QStringLiteral(", ")))});
    return {QStringLiteral("about"), Text::tr("About this report"), {facts}};
}

} // namespace

QList<Section> environmentSections(const Report &r)
{
    QList<Section> out {computerSection(r)};
    if (!r.options.timelineChart.isNull()) {
        Block image;
        image.kind = Block::Kind::Image;
        image.image = r.options.timelineChart;
        image.title = Text::tr("Response time and result of each run while watching.");
        out << Section {QStringLiteral("timeline"), Text::tr("Timeline"), {image}};
    }
    out << aboutSection(r);
    return out;
}

} // namespace gatecheck::report
