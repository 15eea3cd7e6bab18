// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceJson.h"

#include <QJsonArray>

namespace gatecheck {

namespace {

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFromJson(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

QString dateToJson(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

qint64 int64FromJson(const QJsonValue &v, qint64 fallback = -1)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
}

template<typename T, typename F> QJsonArray listToJson(const QList<T> &list, F convert)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(convert(item));
    return out;
}

template<typename T, typename F> QList<T> listFromJson(const QJsonValue &v, F convert)
{
    QList<T> out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out.append(convert(item.toObject()));
    return out;
}

} // namespace

QJsonObject ProbeError::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

ProbeError ProbeError::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("message")).toString()};
}

// ---- DNS ---------------------------------------------------------------------------

QJsonObject toJson(const DnsObservation &o)
{
    QJsonArray addresses;
    for (const DnsAddress &a : o.addresses)
        addresses.append(QJsonObject {{QStringLiteral("address"), a.address}, {QStringLiteral("ttl"), a.ttl}});
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("host"), o.host}, {QStringLiteral("method"), o.method},
        {QStringLiteral("resolver"), o.resolver}, {QStringLiteral("rcode"), o.rcode},
        {QStringLiteral("addresses"), addresses}, {QStringLiteral("cnames"), stringsToJson(o.cnames)},
        {QStringLiteral("elapsed_ms"), o.elapsedMs}, {QStringLiteral("error"), o.error.toJson()}};
}

DnsObservation dnsFromJson(const QJsonObject &o)
{
    DnsObservation d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.host = o.value(QStringLiteral("host")).toString();
    d.method = o.value(QStringLiteral("method")).toString();
    d.resolver = o.value(QStringLiteral("resolver")).toString();
    d.rcode = o.value(QStringLiteral("rcode")).toString();
    const QJsonArray addresses = o.value(QStringLiteral("addresses")).toArray();
    for (const QJsonValue &a : addresses) {
        const QJsonObject ao = a.toObject();
        d.addresses.append({ao.value(QStringLiteral("address")).toString(), ao.value(QStringLiteral("ttl")).toInt(-1)});
    }
    d.cnames = stringsFromJson(o.value(QStringLiteral("cnames")));
    d.elapsedMs = int64FromJson(o.value(QStringLiteral("elapsed_ms")));
    d.error = ProbeError::fromJson(o.value(QStringLiteral("error")).toObject());
    return d;
}

// ---- TCP ---------------------------------------------------------------------------

QJsonObject toJson(const TcpObservation &o)
{
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("host"), o.host}, {QStringLiteral("address"), o.address},
        {QStringLiteral("port"), o.port}, {QStringLiteral("connected"), o.connected},
        {QStringLiteral("elapsed_ms"), o.elapsedMs}, {QStringLiteral("error"), o.error.toJson()}};
}

TcpObservation tcpFromJson(const QJsonObject &o)
{
    TcpObservation t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.host = o.value(QStringLiteral("host")).toString();
    t.address = o.value(QStringLiteral("address")).toString();
    t.port = static_cast<quint16>(o.value(QStringLiteral("port")).toInt());
    t.connected = o.value(QStringLiteral("connected")).toBool();
    t.elapsedMs = int64FromJson(o.value(QStringLiteral("elapsed_ms")));
    t.error = ProbeError::fromJson(o.value(QStringLiteral("error")).toObject());
    return t;
}

// ---- TLS ---------------------------------------------------------------------------

QJsonObject toJson(const CertificateInfo &c)
{
    return {{QStringLiteral("subject"), c.subject}, {QStringLiteral("subject_cn"), c.subjectCommonName},
        {QStringLiteral("subject_o"), c.subjectOrganization}, {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("issuer_cn"), c.issuerCommonName}, {QStringLiteral("issuer_o"), c.issuerOrganization},
        {QStringLiteral("not_before"), dateToJson(c.notBefore)}, {QStringLiteral("not_after"), dateToJson(c.notAfter)},
        {QStringLiteral("sha256"), c.sha256}, {QStringLiteral("san"), stringsToJson(c.subjectAltNames)},
        {QStringLiteral("embedded_sct"), c.hasEmbeddedSct}, {QStringLiteral("self_signed"), c.selfSigned},
        {QStringLiteral("pem"), c.pem}};
}

CertificateInfo certificateFromJson(const QJsonObject &o)
{
    CertificateInfo c;
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.subjectCommonName = o.value(QStringLiteral("subject_cn")).toString();
    c.subjectOrganization = o.value(QStringLiteral("subject_o")).toString();
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    c.issuerCommonName = o.value(QStringLiteral("issuer_cn")).toString();
    c.issuerOrganization = o.value(QStringLiteral("issuer_o")).toString();
    c.notBefore = dateFromJson(o.value(QStringLiteral("not_before")));
    c.notAfter = dateFromJson(o.value(QStringLiteral("not_after")));
    c.sha256 = o.value(QStringLiteral("sha256")).toString();
    c.subjectAltNames = stringsFromJson(o.value(QStringLiteral("san")));
    c.hasEmbeddedSct = o.value(QStringLiteral("embedded_sct")).toBool();
    c.selfSigned = o.value(QStringLiteral("self_signed")).toBool();
    c.pem = o.value(QStringLiteral("pem")).toString();
    return c;
}

QJsonObject toJson(const TlsObservation &o)
{
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("host"), o.host}, {QStringLiteral("address"), o.address},
        {QStringLiteral("port"), o.port}, {QStringLiteral("handshake_ok"), o.handshakeOk},
        {QStringLiteral("protocol"), o.protocol}, {QStringLiteral("cipher"), o.cipher},
        {QStringLiteral("alpn"), o.alpn},
        {QStringLiteral("chain"), listToJson(o.chain, [](const CertificateInfo &c) { return toJson(c); })},
        {QStringLiteral("trusted_by_system"), o.trustedBySystem},
        {QStringLiteral("system_errors"), stringsToJson(o.systemErrors)},
        {QStringLiteral("trusted_by_public_roots"), o.trustedByPublicRoots},
        {QStringLiteral("public_root_errors"), stringsToJson(o.publicRootErrors)},
        {QStringLiteral("anchor_subject"), o.anchorSubject}, {QStringLiteral("elapsed_ms"), o.elapsedMs},
        {QStringLiteral("error"), o.error.toJson()}};
}

TlsObservation tlsFromJson(const QJsonObject &o)
{
    TlsObservation t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.host = o.value(QStringLiteral("host")).toString();
    t.address = o.value(QStringLiteral("address")).toString();
    t.port = static_cast<quint16>(o.value(QStringLiteral("port")).toInt(443));
    t.handshakeOk = o.value(QStringLiteral("handshake_ok")).toBool();
    t.protocol = o.value(QStringLiteral("protocol")).toString();
    t.cipher = o.value(QStringLiteral("cipher")).toString();
    t.alpn = o.value(QStringLiteral("alpn")).toString();
    t.chain = listFromJson<CertificateInfo>(o.value(QStringLiteral("chain")), certificateFromJson);
    t.trustedBySystem = o.value(QStringLiteral("trusted_by_system")).toBool();
    t.systemErrors = stringsFromJson(o.value(QStringLiteral("system_errors")));
    t.trustedByPublicRoots = o.value(QStringLiteral("trusted_by_public_roots")).toBool();
    t.publicRootErrors = stringsFromJson(o.value(QStringLiteral("public_root_errors")));
    t.anchorSubject = o.value(QStringLiteral("anchor_subject")).toString();
    t.elapsedMs = int64FromJson(o.value(QStringLiteral("elapsed_ms")));
    t.error = ProbeError::fromJson(o.value(QStringLiteral("error")).toObject());
    return t;
}

// ---- HTTP --------------------------------------------------------------------------

QJsonObject toJson(const HttpObservation &o)
{
    QJsonObject headers;
    for (auto it = o.headers.cbegin(); it != o.headers.cend(); ++it)
        headers.insert(it.key(), it.value());
    QJsonArray redirects;
    for (const RedirectHop &r : o.redirects)
        redirects.append(QJsonObject {{QStringLiteral("status"), r.status}, {QStringLiteral("location"), r.location}});
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("url"), o.url}, {QStringLiteral("path"), o.path},
        {QStringLiteral("proxy"), o.proxy}, {QStringLiteral("pinned_address"), o.pinnedAddress},
        {QStringLiteral("remote_address"), o.remoteAddress}, {QStringLiteral("status"), o.status},
        {QStringLiteral("reason"), o.reason}, {QStringLiteral("http_version"), o.httpVersion},
        {QStringLiteral("headers"), headers}, {QStringLiteral("body_bytes"), o.bodyBytes},
        {QStringLiteral("body_truncated"), o.bodyTruncated},
        {QStringLiteral("body_head"), QString::fromUtf8(o.bodyHead)}, {QStringLiteral("title"), o.title},
        {QStringLiteral("redirects"), redirects},
        {QStringLiteral("timings"),
            QJsonObject {{QStringLiteral("connect_ms"), o.timings.connectMs},
                {QStringLiteral("tls_ms"), o.timings.tlsMs}, {QStringLiteral("first_byte_ms"), o.timings.firstByteMs},
                {QStringLiteral("total_ms"), o.timings.totalMs}}},
        {QStringLiteral("tls_issuer"), o.tlsIssuer}, {QStringLiteral("error"), o.error.toJson()}};
}

HttpObservation httpFromJson(const QJsonObject &o)
{
    HttpObservation h;
    h.id = o.value(QStringLiteral("id")).toString();
    h.url = o.value(QStringLiteral("url")).toString();
    h.path = o.value(QStringLiteral("path")).toString();
    h.proxy = o.value(QStringLiteral("proxy")).toString();
    h.pinnedAddress = o.value(QStringLiteral("pinned_address")).toString();
    h.remoteAddress = o.value(QStringLiteral("remote_address")).toString();
    h.status = o.value(QStringLiteral("status")).toInt();
    h.reason = o.value(QStringLiteral("reason")).toString();
    h.httpVersion = o.value(QStringLiteral("http_version")).toString();
    const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        h.headers.insert(it.key(), it.value().toString());
    h.bodyBytes = int64FromJson(o.value(QStringLiteral("body_bytes")), 0);
    h.bodyTruncated = o.value(QStringLiteral("body_truncated")).toBool();
    h.bodyHead = o.value(QStringLiteral("body_head")).toString().toUtf8();
    h.title = o.value(QStringLiteral("title")).toString();
    const QJsonArray redirects = o.value(QStringLiteral("redirects")).toArray();
    for (const QJsonValue &r : redirects) {
        const QJsonObject ro = r.toObject();
        h.redirects.append(
            {ro.value(QStringLiteral("status")).toInt(), ro.value(QStringLiteral("location")).toString()});
    }
    const QJsonObject t = o.value(QStringLiteral("timings")).toObject();
    h.timings.connectMs = int64FromJson(t.value(QStringLiteral("connect_ms")));
    h.timings.tlsMs = int64FromJson(t.value(QStringLiteral("tls_ms")));
    h.timings.firstByteMs = int64FromJson(t.value(QStringLiteral("first_byte_ms")));
    h.timings.totalMs = int64FromJson(t.value(QStringLiteral("total_ms")));
    h.tlsIssuer = o.value(QStringLiteral("tls_issuer")).toString();
    h.error = ProbeError::fromJson(o.value(QStringLiteral("error")).toObject());
    return h;
}

// ---- Status page -------------------------------------------------------------------

QJsonObject toJson(const StatusObservation &o)
{
    QJsonArray components;
    for (const StatusComponent &c : o.components)
        components.append(QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), c.status}, {QStringLiteral("group"), c.groupName}});
    QJsonArray incidents;
    for (const StatusIncident &i : o.incidents)
        incidents.append(QJsonObject {{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name},
            {QStringLiteral("status"), i.status}, {QStringLiteral("impact"), i.impact},
            {QStringLiteral("shortlink"), i.shortlink}, {QStringLiteral("latest_update"), i.latestUpdate},
            {QStringLiteral("updated_at"), dateToJson(i.updatedAt)},
            {QStringLiteral("started_at"), dateToJson(i.startedAt)},
            {QStringLiteral("component_ids"), stringsToJson(i.componentIds)},
            {QStringLiteral("maintenance"), i.isMaintenance}});
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("url"), o.url}, {QStringLiteral("path"), o.path},
        {QStringLiteral("ok"), o.ok}, {QStringLiteral("page_name"), o.pageName},
        {QStringLiteral("page_url"), o.pageUrl}, {QStringLiteral("indicator"), o.indicator},
        {QStringLiteral("description"), o.description}, {QStringLiteral("components"), components},
        {QStringLiteral("incidents"), incidents}, {QStringLiteral("elapsed_ms"), o.elapsedMs},
        {QStringLiteral("error"), o.error.toJson()}};
}

StatusObservation statusFromJson(const QJsonObject &o)
{
    StatusObservation s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.url = o.value(QStringLiteral("url")).toString();
    s.path = o.value(QStringLiteral("path")).toString();
    s.ok = o.value(QStringLiteral("ok")).toBool();
    s.pageName = o.value(QStringLiteral("page_name")).toString();
    s.pageUrl = o.value(QStringLiteral("page_url")).toString();
    s.indicator = o.value(QStringLiteral("indicator")).toString();
    s.description = o.value(QStringLiteral("description")).toString();
    const QJsonArray components = o.value(QStringLiteral("components")).toArray();
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        s.components.append({c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString(),
            c.value(QStringLiteral("status")).toString(), c.value(QStringLiteral("group")).toString()});
    }
    const QJsonArray incidents = o.value(QStringLiteral("incidents")).toArray();
    for (const QJsonValue &v : incidents) {
        const QJsonObject io = v.toObject();
        StatusIncident i;
        i.id = io.value(QStringLiteral("id")).toString();
        i.name = io.value(QStringLiteral("name")).toString();
        i.status = io.value(QStringLiteral("status")).toString();
        i.impact = io.value(QStringLiteral("impact")).toString();
        i.shortlink = io.value(QStringLiteral("shortlink")).toString();
        i.latestUpdate = io.value(QStringLiteral("latest_update")).toString();
        i.updatedAt = dateFromJson(io.value(QStringLiteral("updated_at")));
        i.startedAt = dateFromJson(io.value(QStringLiteral("started_at")));
        i.componentIds = stringsFromJson(io.value(QStringLiteral("component_ids")));
        i.isMaintenance = io.value(QStringLiteral("maintenance")).toBool();
        s.incidents.append(i);
    }
    s.elapsedMs = int64FromJson(o.value(QStringLiteral("elapsed_ms")));
    s.error = ProbeError::fromJson(o.value(QStringLiteral("error")).toObject());
    return s;
}

// ---- Environment -------------------------------------------------------------------

QJsonObject toJson(const EnvironmentFacts &e)
{
    QJsonArray proxies;
    for (const ProxySetting &p : e.proxies)
        proxies.append(QJsonObject {{QStringLiteral("source"), p.source}, {QStringLiteral("mode"), p.mode},
            {QStringLiteral("proxy"), p.proxy}, {QStringLiteral("pac_url"), p.pacUrl},
            {QStringLiteral("bypass"), stringsToJson(p.bypass)},
            {QStringLiteral("effective_for_target"), p.effectiveForTarget}, {QStringLiteral("detail"), p.detail}});
    QJsonArray interfaces;
    for (const NetworkInterfaceInfo &i : e.interfaces)
        interfaces.append(QJsonObject {{QStringLiteral("name"), i.name}, {QStringLiteral("kind"), i.kind},
            {QStringLiteral("addresses"), stringsToJson(i.addresses)}, {QStringLiteral("mtu"), i.mtu},
            {QStringLiteral("up"), i.up}, {QStringLiteral("is_vpn"), i.isVpn},
            {QStringLiteral("vpn_product"), i.vpnProduct},
            {QStringLiteral("carries_target_traffic"), i.carriesTargetTraffic},
            {QStringLiteral("carries_default_route"), i.carriesDefaultRoute}, {QStringLiteral("gateway"), i.gateway},
            {QStringLiteral("ssid"), i.ssid}, {QStringLiteral("description"), i.description},
            {QStringLiteral("tunnel_mode"), i.tunnelMode},
            {QStringLiteral("dns_servers"), stringsToJson(i.dnsServers)}});
    QJsonArray extensions;
    for (const BrowserExtensionInfo &x : e.extensions)
        extensions.append(QJsonObject {{QStringLiteral("browser"), x.browser}, {QStringLiteral("profile"), x.profile},
            {QStringLiteral("id"), x.id}, {QStringLiteral("name"), x.name}, {QStringLiteral("version"), x.version},
            {QStringLiteral("enabled"), x.enabled}, {QStringLiteral("permissions"), stringsToJson(x.permissions)},
            {QStringLiteral("host_permissions"), stringsToJson(x.hostPermissions)}, {QStringLiteral("risk"), x.risk},
            {QStringLiteral("category"), x.category}, {QStringLiteral("risk_reasons"), stringsToJson(x.riskReasons)}});
    QJsonArray roots;
    for (const TrustRootInfo &r : e.nonPublicRoots)
        roots.append(QJsonObject {{QStringLiteral("subject"), r.subject},
            {QStringLiteral("organization"), r.organization}, {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("product"), r.product}, {QStringLiteral("store"), r.store}});
    QJsonArray hosts;
    for (const HostsOverride &h : e.hostsOverrides)
        hosts.append(QJsonObject {{QStringLiteral("host"), h.host}, {QStringLiteral("address"), h.address},
            {QStringLiteral("file"), h.file}});
    return {{QStringLiteral("collected"), e.collected}, {QStringLiteral("os"), e.os},
        {QStringLiteral("os_version"), e.osVersion}, {QStringLiteral("proxies"), proxies},
        {QStringLiteral("interfaces"), interfaces}, {QStringLiteral("extensions"), extensions},
        {QStringLiteral("non_public_roots"), roots}, {QStringLiteral("dns_servers"), stringsToJson(e.dnsServers)},
        {QStringLiteral("systemd_resolved_stub"), e.systemdResolvedStub},
        {QStringLiteral("dns_upstreams"), stringsToJson(e.dnsUpstreams)},
        {QStringLiteral("browser_doh"), stringsToJson(e.browserDohSettings)},
        {QStringLiteral("hosts_overrides"), hosts}, {QStringLiteral("clock_checked"), e.clockChecked},
        {QStringLiteral("clock_offset_s"), e.clockOffsetSeconds}, {QStringLiteral("clock_samples"), e.clockSamples},
        {QStringLiteral("captive_checked"), e.captiveChecked}, {QStringLiteral("captive_portal"), e.captivePortal},
        {QStringLiteral("captive_detail"), e.captiveDetail}, {QStringLiteral("notes"), stringsToJson(e.notes)}};
}

EnvironmentFacts environmentFromJson(const QJsonObject &o)
{
    EnvironmentFacts e;
    e.collected = o.value(QStringLiteral("collected")).toBool();
    e.os = o.value(QStringLiteral("os")).toString();
    e.osVersion = o.value(QStringLiteral("os_version")).toString();
    e.proxies = listFromJson<ProxySetting>(o.value(QStringLiteral("proxies")), [](const QJsonObject &p) {
        return ProxySetting {p.value(QStringLiteral("source")).toString(), p.value(QStringLiteral("mode")).toString(),
            p.value(QStringLiteral("proxy")).toString(), p.value(QStringLiteral("pac_url")).toString(),
            stringsFromJson(p.value(QStringLiteral("bypass"))),
            p.value(QStringLiteral("effective_for_target")).toString(), p.value(QStringLiteral("detail")).toString()};
    });
    e.interfaces = listFromJson<NetworkInterfaceInfo>(o.value(QStringLiteral("interfaces")), [](const QJsonObject &i) {
        NetworkInterfaceInfo n;
        n.name = i.value(QStringLiteral("name")).toString();
        n.kind = i.value(QStringLiteral("kind")).toString();
        n.addresses = stringsFromJson(i.value(QStringLiteral("addresses")));
        n.mtu = i.value(QStringLiteral("mtu")).toInt();
        n.up = i.value(QStringLiteral("up")).toBool();
        n.isVpn = i.value(QStringLiteral("is_vpn")).toBool();
        n.vpnProduct = i.value(QStringLiteral("vpn_product")).toString();
        n.carriesTargetTraffic = i.value(QStringLiteral("carries_target_traffic")).toBool();
        n.carriesDefaultRoute = i.value(QStringLiteral("carries_default_route")).toBool();
        n.gateway = i.value(QStringLiteral("gateway")).toString();
        n.ssid = i.value(QStringLiteral("ssid")).toString();
        n.description = i.value(QStringLiteral("description")).toString();
        n.tunnelMode = i.value(QStringLiteral("tunnel_mode")).toString();
        n.dnsServers = stringsFromJson(i.value(QStringLiteral("dns_servers")));
        return n;
    });
    e.extensions = listFromJson<BrowserExtensionInfo>(o.value(QStringLiteral("extensions")), [](const QJsonObject &x) {
        BrowserExtensionInfo b;
        b.browser = x.value(QStringLiteral("browser")).toString();
        b.profile = x.value(QStringLiteral("profile")).toString();
        b.id = x.value(QStringLiteral("id")).toString();
        b.name = x.value(QStringLiteral("name")).toString();
        b.version = x.value(QStringLiteral("version")).toString();
        b.enabled = x.value(QStringLiteral("enabled")).toBool();
        b.permissions = stringsFromJson(x.value(QStringLiteral("permissions")));
        b.hostPermissions = stringsFromJson(x.value(QStringLiteral("host_permissions")));
        b.risk = x.value(QStringLiteral("risk")).toString();
        b.category = x.value(QStringLiteral("category")).toString();
        b.riskReasons = stringsFromJson(x.value(QStringLiteral("risk_reasons")));
        return b;
    });
    e.nonPublicRoots =
        listFromJson<TrustRootInfo>(o.value(QStringLiteral("non_public_roots")), [](const QJsonObject &r) {
            return TrustRootInfo {r.value(QStringLiteral("subject")).toString(),
                r.value(QStringLiteral("organization")).toString(), r.value(QStringLiteral("sha256")).toString(),
                r.value(QStringLiteral("product")).toString(), r.value(QStringLiteral("store")).toString()};
        });
    e.dnsServers = stringsFromJson(o.value(QStringLiteral("dns_servers")));
    e.systemdResolvedStub = o.value(QStringLiteral("systemd_resolved_stub")).toBool();
    e.dnsUpstreams = stringsFromJson(o.value(QStringLiteral("dns_upstreams")));
    e.browserDohSettings = stringsFromJson(o.value(QStringLiteral("browser_doh")));
    e.hostsOverrides =
        listFromJson<HostsOverride>(o.value(QStringLiteral("hosts_overrides")), [](const QJsonObject &h) {
            return HostsOverride {h.value(QStringLiteral("host")).toString(),
                h.value(QStringLiteral("address")).toString(), h.value(QStringLiteral("file")).toString()};
        });
    e.clockChecked = o.value(QStringLiteral("clock_checked")).toBool();
    e.clockOffsetSeconds = int64FromJson(o.value(QStringLiteral("clock_offset_s")), 0);
    e.clockSamples = o.value(QStringLiteral("clock_samples")).toInt();
    e.captiveChecked = o.value(QStringLiteral("captive_checked")).toBool();
    e.captivePortal = o.value(QStringLiteral("captive_portal")).toBool();
    e.captiveDetail = o.value(QStringLiteral("captive_detail")).toString();
    e.notes = stringsFromJson(o.value(QStringLiteral("notes")));
    return e;
}

// ---- Evidence ----------------------------------------------------------------------

QJsonObject toJson(const Evidence &e)
{
    return {{QStringLiteral("schema_version"), Evidence::SchemaVersion}, {QStringLiteral("app_version"), e.appVersion},
        {QStringLiteral("started_at"), dateToJson(e.startedAt)},
        {QStringLiteral("finished_at"), dateToJson(e.finishedAt)}, {QStringLiteral("target_url"), e.targetUrl},
        {QStringLiteral("profile"), e.profileId}, {QStringLiteral("hosts"), stringsToJson(e.hosts)},
        {QStringLiteral("status_url"), e.statusUrl}, {QStringLiteral("activity"), e.activity},
        {QStringLiteral("cancelled"), e.cancelled},
        {QStringLiteral("dns"), listToJson(e.dns, [](const DnsObservation &o) { return toJson(o); })},
        {QStringLiteral("tcp"), listToJson(e.tcp, [](const TcpObservation &o) { return toJson(o); })},
        {QStringLiteral("tls"), listToJson(e.tls, [](const TlsObservation &o) { return toJson(o); })},
        {QStringLiteral("http"), listToJson(e.http, [](const HttpObservation &o) { return toJson(o); })},
        {QStringLiteral("status"), listToJson(e.status, [](const StatusObservation &o) { return toJson(o); })},
        {QStringLiteral("environment"), toJson(e.environment)}};
}

std::optional<Evidence> evidenceFromJson(const QJsonObject &o, QString *error)
{
    const QJsonValue version = o.value(QStringLiteral("schema_version"));
    if (!version.isDouble()) {
        if (error)
            *error = QStringLiteral("not Gatecheck evidence: no schema_version");
        return std::nullopt;
    }
    if (version.toInt() > Evidence::SchemaVersion) {
        if (error)
            *error = QStringLiteral("evidence schema %1 is newer than this version of Gatecheck understands (%2)")
                         .arg(version.toInt())
                         .arg(Evidence::SchemaVersion);
        return std::nullopt;
    }
    Evidence e;
    e.appVersion = o.value(QStringLiteral("app_version")).toString();
    e.startedAt = dateFromJson(o.value(QStringLiteral("started_at")));
    e.finishedAt = dateFromJson(o.value(QStringLiteral("finished_at")));
    e.targetUrl = o.value(QStringLiteral("target_url")).toString();
    e.profileId = o.value(QStringLiteral("profile")).toString();
    e.hosts = stringsFromJson(o.value(QStringLiteral("hosts")));
    e.statusUrl = o.value(QStringLiteral("status_url")).toString();
    e.activity = o.value(QStringLiteral("activity")).toString();
    e.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    e.dns = listFromJson<DnsObservation>(o.value(QStringLiteral("dns")), dnsFromJson);
    e.tcp = listFromJson<TcpObservation>(o.value(QStringLiteral("tcp")), tcpFromJson);
    e.tls = listFromJson<TlsObservation>(o.value(QStringLiteral("tls")), tlsFromJson);
    e.http = listFromJson<HttpObservation>(o.value(QStringLiteral("http")), httpFromJson);
    e.status = listFromJson<StatusObservation>(o.value(QStringLiteral("status")), statusFromJson);
    e.environment = environmentFromJson(o.value(QStringLiteral("environment")).toObject());
    return e;
}

} // namespace gatecheck
