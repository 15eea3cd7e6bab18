#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the golden evidence files in this directory.

Each file is an `evidence` object exactly as `gatecheck-cli diagnose --json` records it
(docs/report-schema.md): one scenario per finding code plus hostile and inconsistent ones.
The expected verdicts live in tests/unit/tst_diagnosegolden.cpp, not here. Addresses are from
the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or
private ranges where a scenario needs them. Run with /usr/bin/python3 from this directory;
the JSON files are committed, so this script only matters when a scenario changes.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS_DIR = os.path.join(HERE, "..", "statuspage")

RESOLVERS = ["1.1.1.1:53", "8.8.8.8:53", "9.9.9.9:53"]
DOH = "https://1.1.1.1/dns-query"
STARTED = "2026-11-22T20:31:05.120Z"
FINISHED = "2026-11-22T20:31:09.874Z"

PROFILES = {
    "xero": {"url": "https://go.xero.com/", "hosts": ["go.xero.com", "login.xero.com", "identity.xero.com", "api.xero.com"],
             "status_url": "https://status.xero.com/api/v2/summary.json", "status_fixture": "xero-all-green.json"},
    "intuit-developer": {"url": "https://developer.intuit.com/", "hosts": ["developer.intuit.com", "quickbooks.api.intuit.com",
                                                                      "oauth.platform.intuit.com", "appcenter.intuit.com"],
                         "status_url": "https://status.developer.intuit.com/api/v2/summary.json", "status_fixture": None},
    "custom": {"url": "https://books.example.net/", "hosts": ["books.example.net"], "status_url": "", "status_fixture": None},
    "quickbooks": {"url": "https://qbo.intuit.com/", "hosts": ["qbo.intuit.com", "app.qbo.intuit.com", "accounts.intuit.com"],
                   "status_url": "https://status.quickbooks.intuit.com/api/v2/summary.json", "status_fixture": None},
}

NO_ERROR = {"code": "", "message": ""}


def err(code, message):
    return {"code": code, "message": message}


# ---- certificates ----------------------------------------------------------------------

def cert(host, issuer_cn="DigiCert Global G2 TLS RSA SHA256 2020 CA1", issuer_o="DigiCert Inc",
         not_before="2026-06-03T00:00:00.000Z", not_after="2027-06-02T23:59:59.000Z", sans=None, sct=True,
         sha="9F2C6D1E4B7A0C3D5E8F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D"):
    domain = ".".join(host.split(".")[-2:])
    sans = sans if sans is not None else [host, "*." + domain]
    return {"subject": f"CN={host}", "subject_cn": host, "subject_o": "",
            "issuer": f"CN={issuer_cn},O={issuer_o},C=US", "issuer_cn": issuer_cn, "issuer_o": issuer_o,
            "not_before": not_before, "not_after": not_after, "sha256": sha, "san": sans,
            "embedded_sct": sct, "self_signed": False, "pem": ""}


def intermediate(cn="DigiCert Global G2 TLS RSA SHA256 2020 CA1", o="DigiCert Inc",
                 issuer_cn="DigiCert Global Root G2", issuer_o="DigiCert Inc"):
    return {"subject": f"CN={cn},O={o},C=US", "subject_cn": cn, "subject_o": o,
            "issuer": f"CN={issuer_cn},OU=www.digicert.com,O={issuer_o},C=US", "issuer_cn": issuer_cn,
            "issuer_o": issuer_o, "not_before": "2021-03-30T00:00:00.000Z", "not_after": "2031-03-29T23:59:59.000Z",
            "sha256": "C8025F9FC65FDFC95B3CA8CC7867B9A587B917973ADC1B6C2C6C3A3B3E1E0C11", "san": [],
            "embedded_sct": False, "self_signed": False, "pem": ""}


PUBLIC_ANCHOR = "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US"


# ---- building blocks ---------------------------------------------------------------------

def dns(host, method, resolver, addresses, rcode="NOERROR", error=None, ttl=60, elapsed=14, cnames=None):
    if method == "system":
        ident, ttl = f"dns:system:{host}", -1
    elif method == "doh":
        ident = f"dns:doh:{resolver}:{host}"
    else:
        ident = f"dns:{resolver}:{host}"
    return {"id": ident, "host": host, "method": method, "resolver": resolver,
            "rcode": "" if method == "system" else rcode,
            "addresses": [{"address": a, "ttl": ttl} for a in addresses], "cnames": cnames or [],
            "elapsed_ms": elapsed, "error": error or NO_ERROR}


def all_dns(host, system, alternates=None, doh=None, system_error=None, alt_error=None, doh_error=None):
    """System answer, then every port-53 alternate and DoH (each defaults to the system's)."""
    alternates = system if alternates is None else alternates
    doh = alternates if doh is None else doh
    out = [dns(host, "system", "system", [] if system_error else system, error=system_error)]
    for r in RESOLVERS:
        rcode = "NOERROR"
        if alt_error:
            rcode = {"nxdomain": "NXDOMAIN", "refused": "REFUSED", "servfail": "SERVFAIL"}.get(alt_error["code"], "")
        out.append(dns(host, "udp", r, [] if alt_error else alternates, rcode=rcode, error=alt_error, ttl=287))
    out.append(dns(host, "doh", DOH, [] if doh_error else doh, rcode="" if doh_error else "NOERROR",
                   error=doh_error, ttl=291, elapsed=48))
    return out


def tcp(host, address, connected=True, error=None, elapsed=11):
    return {"id": f"tcp:{address}:443", "host": host, "address": address, "port": 443, "connected": connected,
            "elapsed_ms": elapsed if connected else (8000 if error and error["code"] == "timeout" else elapsed),
            "error": error or NO_ERROR}


def tls(host, address, chain=None, ok=True, system=True, public=True, system_errors=None, public_errors=None,
        anchor=PUBLIC_ANCHOR, error=None):
    chain = [cert(host), intermediate()] if chain is None else chain
    return {"id": f"tls:{host}:{address}:443", "host": host, "address": address, "port": 443,
            "handshake_ok": ok, "protocol": "TLSv1.3" if ok else "", "cipher": "TLS_AES_128_GCM_SHA256" if ok else "",
            "alpn": "h2" if ok else "", "chain": chain, "trusted_by_system": system,
            "system_errors": system_errors or [], "trusted_by_public_roots": public,
            "public_root_errors": public_errors or [], "anchor_subject": anchor if ok and chain else "",
            "elapsed_ms": 42 if ok else 8000, "error": error or NO_ERROR}


CF_HEADERS = {"server": "cloudflare", "cf-ray": "8e5c1a2b3c4d5e6f-SYD", "content-type": "text/html; charset=utf-8"}


def http(url, path, status=200, reason="OK", headers=None, proxy="", pinned="", remote="", body="", title="",
         issuer="CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US", error=None, redirects=None,
         body_bytes=None, timings=None):
    ident = f"http:{path}:{url}" + (f"@{pinned}" if pinned else "")
    if status == 0:
        issuer_value = ""
    else:
        issuer_value = issuer
    return {"id": ident, "url": url, "path": path, "proxy": proxy, "pinned_address": pinned,
            "remote_address": remote or pinned, "status": status, "reason": reason if status else "",
            "http_version": "2" if status and url.startswith("https") and not proxy else ("1.1" if status else ""),
            "headers": headers if headers is not None else (dict(CF_HEADERS) if status else {}),
            "body_bytes": len(body) if body_bytes is None else body_bytes, "body_truncated": False,
            "body_head": body, "title": title, "redirects": redirects or [],
            "timings": timings or ({"connect_ms": 12, "tls_ms": 31, "first_byte_ms": 188, "total_ms": 203} if status
                                   else {"connect_ms": -1, "tls_ms": -1, "first_byte_ms": -1, "total_ms": 8000}),
            "tls_issuer": issuer_value, "error": error or NO_ERROR}


def summary_to_status(fixture, path, url):
    """The StatusObservation the parser makes of a fixture (kept in step with StatuspageParser)."""
    with open(os.path.join(STATUS_DIR, fixture)) as f:
        doc = json.load(f)
    groups = {c["id"]: c["name"] for c in doc.get("components", []) if c.get("group")}
    referenced = {c.get("group_id") for c in doc.get("components", []) if c.get("group_id")}
    comps = []
    for c in doc.get("components", []):
        if c.get("group") and c["id"] in referenced:
            continue
        comps.append({"id": c["id"], "name": c["name"], "status": c["status"], "group": groups.get(c.get("group_id"), "")})

    def incident(i, maintenance):
        updates = i.get("incident_updates") or []
        latest = max(updates, key=lambda u: u.get("display_at") or u.get("created_at") or "")["body"] if updates else ""
        ids = [c["id"] for c in i.get("components", [])]
        for u in updates:
            for a in u.get("affected_components", []):
                if a["code"] not in ids:
                    ids.append(a["code"])
        started = i.get("started_at") or (i.get("scheduled_for") if maintenance else i.get("created_at"))
        return {"id": i["id"], "name": i["name"], "status": i["status"],
                "impact": i.get("impact") or ("maintenance" if maintenance else ""), "shortlink": i.get("shortlink", ""),
                "latest_update": latest, "updated_at": iso_utc(i.get("updated_at")), "started_at": iso_utc(started),
                "component_ids": ids, "maintenance": maintenance}

    incidents = [incident(i, False) for i in doc.get("incidents", []) if i["status"] not in ("resolved", "postmortem", "completed")]
    incidents += [incident(m, True) for m in doc.get("scheduled_maintenances", []) if m["status"] in ("in_progress", "verifying")]
    return {"id": f"status:{path}:{url}", "url": url, "path": path, "ok": True,
            "page_name": doc["page"]["name"], "page_url": doc["page"]["url"],
            "indicator": doc["status"]["indicator"], "description": doc["status"]["description"],
            "components": comps, "incidents": incidents, "elapsed_ms": 96 if path == "direct" else 131,
            "error": NO_ERROR}


def iso_utc(value):
    if not value:
        return ""
    from datetime import datetime, timezone
    d = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def status_failed(path, url, code="timeout", message="The status page did not answer within 8 s."):
    return {"id": f"status:{path}:{url}", "url": url, "path": path, "ok": False, "page_name": "", "page_url": "",
            "indicator": "", "description": "", "components": [], "incidents": [], "elapsed_ms": 8000,
            "error": err(code, message)}


def environment(**changes):
    env = {"collected": True, "os": "windows", "os_version": "10.0.22631",
           "proxies": [{"source": "system", "mode": "none", "proxy": "", "pac_url": "", "bypass": [],
                        "effective_for_target": "DIRECT", "detail": ""}],
           "interfaces": [{"name": "Ethernet", "kind": "ethernet", "addresses": ["192.168.1.23", "fe80::1c2d:3e4f:5a6b:7c8d"],
                           "mtu": 1500, "up": True, "is_vpn": False, "vpn_product": "", "carries_target_traffic": True,
                           "carries_default_route": True}],
           "extensions": [], "non_public_roots": [], "dns_servers": ["192.168.1.1"], "systemd_resolved_stub": False,
           "dns_upstreams": [], "browser_doh": [], "hosts_overrides": [], "clock_checked": True, "clock_offset_s": 1,
           "clock_samples": 3, "captive_checked": True, "captive_portal": False, "captive_detail": "", "notes": []}
    env.update(changes)
    return env


class Scenario:
    """A healthy run against a profile; each scenario then breaks one thing."""

    def __init__(self, profile="xero", activity="", v4="192.0.2.10", v6="2001:db8:10::1", alt="198.51.100.20"):
        p = PROFILES[profile]
        self.url = p["url"]
        self.host = p["url"].split("/")[2]
        self.v4, self.v6, self.alt = v4, v6, alt
        self.e = {"schema_version": 1, "app_version": "0.1.0", "started_at": STARTED, "finished_at": FINISHED,
                  "target_url": self.url, "profile": profile, "hosts": list(p["hosts"]), "status_url": p["status_url"],
                  "activity": activity, "cancelled": False, "dns": [], "tcp": [], "tls": [], "http": [], "status": [],
                  "environment": environment()}
        # DNS: the CDN answers differently per resolver (that alone is no problem).
        for i, host in enumerate(p["hosts"]):
            if host == self.host:
                self.e["dns"] += all_dns(host, [v4, v6], [alt, v6])
            else:
                self.e["dns"] += all_dns(host, [f"192.0.2.{30 + i}"])
        for a in (v4, v6, alt):
            self.e["tcp"].append(tcp(self.host, a))
            self.e["tls"].append(tls(self.host, a))
        self.e["http"] = [http(self.url, "as-browser"), http(self.url, "direct"),
                          http(self.url, "ipv4", pinned=v4), http(self.url, "ipv6", pinned=v6),
                          http(self.url, "alt-dns", pinned=alt)]
        fixture = p["status_fixture"]
        if fixture:
            self.e["status"] = [summary_to_status(fixture, "as-browser", p["status_url"]),
                                summary_to_status(fixture, "direct", p["status_url"])]

    def status_from(self, fixture):
        url = self.e["status_url"]
        self.e["status"] = [summary_to_status(fixture, "as-browser", url), summary_to_status(fixture, "direct", url)]
        return self

    def paths(self, **changes):
        """Replace the HTTP answer of each named path (keys: as_browser, direct, ipv4, ipv6, alt_dns)."""
        for key, fields in changes.items():
            name = key.replace("_", "-")
            for h in self.e["http"]:
                if h["path"] == name:
                    pinned = h["pinned_address"]
                    h.clear()
                    h.update(http(self.url, name, pinned=pinned, **fields))
        return self

    def every_path(self, **fields):
        return self.paths(**{p: fields for p in ("as_browser", "direct", "ipv4", "ipv6", "alt_dns")})

    def write(self, name):
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(self.e, f, indent=1, ensure_ascii=False)
            f.write("\n")


def tls_of(s, address):
    return next(t for t in s.e["tls"] if t["address"] == address)


def tcp_of(s, address):
    return next(t for t in s.e["tcp"] if t["address"] == address)


def dns_of(s, host, method, resolver=None):
    return [d for d in s.e["dns"] if d["host"] == host and d["method"] == method and (resolver is None or d["resolver"] == resolver)]


TIMEOUT = err("timeout", "No answer within 8000 ms")
REFUSED = err("connection_refused", "Connection refused")


# ---- the scenarios ---------------------------------------------------------------------------

def main():
    # ok: everything answers, the status page is green.
    Scenario().write("ok-all-green")

    # vendor_outage: Xero's payroll is partly down; the start page still loads.
    Scenario(activity="payroll").status_from("xero-partial-outage-payroll.json").write("vendor-outage-payroll")

    # vendor_outage, QuickBooks: every path gets 503 from Intuit's CDN and the page says critical.
    s = Scenario(profile="quickbooks", activity="login", v4="192.0.2.80", v6="2001:db8:80::1", alt="198.51.100.80")
    url = s.e["status_url"]
    s.e["status"] = [summary_to_status("quickbooks-major-outage.json", "as-browser", url),
                     summary_to_status("quickbooks-major-outage.json", "direct", url)]
    s.every_path(status=503, reason="Service Unavailable",
                 headers={"server": "AkamaiGHost", "content-type": "text/html", "akamai-grn": "0.5c1f2d17.1732307465.1a2b3c4d"},
                 body="<HTML><HEAD><TITLE>Service Unavailable</TITLE></HEAD><BODY>...", title="Service Unavailable")
    s.write("vendor-outage-quickbooks-major")

    # vendor_outage, Intuit developer platform: the Accounting API is degraded; no activity given.
    s = Scenario(profile="intuit-developer", v4="192.0.2.90", v6="2001:db8:90::1", alt="198.51.100.90")
    s.status_from("intuit-developer-api-degraded.json")
    s.write("vendor-outage-intuit-developer-api")

    # vendor_maintenance: planned work in progress; Xero answers 503 itself.
    s = Scenario().status_from("xero-maintenance-in-progress.json")
    s.every_path(status=503, reason="Service Unavailable",
                 headers=dict(CF_HEADERS, **{"retry-after": "3600"}), title="Xero is down for maintenance",
                 body="<!DOCTYPE html><html><head><title>Xero is down for maintenance</title>")
    s.write("vendor-maintenance")

    # vendor_error: Xero's gateway answers 502 on every path while the status page is green.
    s = Scenario()
    s.every_path(status=502, reason="Bad Gateway", headers=dict(CF_HEADERS, **{"cf-ray": "8e5c1f0a9b8c7d6e-SYD"}),
                 title="502 Bad Gateway", body="<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center>")
    s.write("vendor-error-502")

    # vendor_error when the status page cannot be read either (504 from the vendor's envoy).
    s = Scenario()
    s.every_path(status=504, reason="Gateway Timeout",
                 headers={"server": "envoy", "x-envoy-upstream-service-time": "15001", "content-type": "text/plain"},
                 body="upstream request timeout")
    s.e["status"] = [status_failed("as-browser", s.e["status_url"]), status_failed("direct", s.e["status_url"])]
    s.write("vendor-error-504-status-unknown")

    # vendor_incident_elsewhere: Hubdoc is degraded; the user was invoicing and Xero works.
    s = Scenario(activity="invoicing")
    st = summary_to_status("xero-all-green.json", "direct", s.e["status_url"])
    for c in st["components"]:
        if c["name"] == "Hubdoc":
            c["status"] = "degraded_performance"
    st["indicator"], st["description"] = "minor", "Minor Service Outage"
    st["incidents"] = [{"id": "hb7k2m9q1z3x", "name": "Delays processing documents in Hubdoc", "status": "monitoring",
                        "impact": "minor", "shortlink": "https://stspg.io/hb2q8z1k",
                        "latest_update": "A fix has been implemented and we are monitoring the results.",
                        "updated_at": "2026-11-22T19:58:10.000Z", "started_at": "2026-11-22T18:40:00.000Z",
                        "component_ids": ["n1m3b5v7c9xz"], "maintenance": False}]
    s.e["status"] = [dict(st, id="status:as-browser:" + s.e["status_url"], path="as-browser"), st]
    s.write("vendor-incident-elsewhere")

    # waf_challenge: Cloudflare asks for a browser check on every path.
    s = Scenario()
    s.every_path(status=403, reason="Forbidden",
                 headers=dict(CF_HEADERS, **{"cf-mitigated": "challenge", "cf-ray": "8e5c2b7d1a0f4e3c-SYD"}),
                 title="Just a moment...",
                 body="<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title><meta http-equiv=\"refresh\" content=\"390\"><script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\">")
    s.write("waf-challenge-cloudflare")

    # waf_challenge (hard block): Akamai "Access Denied" for QuickBooks.
    s = Scenario(profile="quickbooks", v4="192.0.2.81", v6="2001:db8:81::1", alt="198.51.100.81")
    s.every_path(status=403, reason="Forbidden", headers={"server": "AkamaiGHost", "content-type": "text/html"},
                 title="Access Denied",
                 body="<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access \"http&#58;&#47;&#47;qbo&#46;intuit&#46;com&#47;\" on this server.<P>\nReference&#32;&#35;18&#46;5c1f2d17&#46;1732307465&#46;1a2b3c4d\n</BODY>\n</HTML>")
    s.e["status"] = [summary_to_status("quickbooks-major-outage.json", "direct", s.e["status_url"])]
    st = s.e["status"][0]
    st.update(indicator="none", description="All Systems Operational", incidents=[])
    for c in st["components"]:
        c["status"] = "operational"
    s.write("waf-block-akamai")

    # proxy_error: the office squid cannot connect to Xero (503 ERR_CONNECT_FAIL); only the proxy may go out.
    s = Scenario()
    s.e["environment"]["proxies"] = [{"source": "system", "mode": "manual", "proxy": "10.0.0.2:3128", "pac_url": "",
                                      "bypass": ["*.local"], "effective_for_target": "PROXY 10.0.0.2:3128", "detail": ""}]
    squid = {"server": "squid/5.7", "mime-version": "1.0", "content-type": "text/html;charset=utf-8",
             "x-squid-error": "ERR_CONNECT_FAIL 111", "via": "1.1 proxy.office.lan (squid/5.7)",
             "x-cache": "MISS from proxy.office.lan"}
    s.paths(as_browser=dict(status=503, reason="Service Unavailable", proxy="http://10.0.0.2:3128", headers=squid,
                            issuer="", title="ERROR: The requested URL could not be retrieved",
                            body="<!DOCTYPE html><html><head><title>ERROR: The requested URL could not be retrieved</title>"))
    for p in ("direct", "ipv4", "ipv6", "alt_dns"):
        s.paths(**{p: dict(status=0, error=TIMEOUT)})
    for t in s.e["tcp"]:
        t.update(tcp(t["host"], t["address"], connected=False, error=TIMEOUT))
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=[], ok=False, system=False, public=False, error=TIMEOUT))
    s.e["status"] = [status_failed("as-browser", s.e["status_url"], "proxy_error",
                                   "Proxy server answered 503 Service Unavailable"),
                     status_failed("direct", s.e["status_url"])]
    s.write("proxy-error-squid-connect-fail")

    # proxy_error: squid gets an empty answer (502 ERR_ZERO_SIZE_OBJECT) while Xero works directly.
    s = Scenario()
    squid = dict(squid, **{"x-squid-error": "ERR_ZERO_SIZE_OBJECT 0"})
    s.paths(as_browser=dict(status=502, reason="Bad Gateway", proxy="http://10.0.0.2:3128", headers=squid, issuer="",
                            title="ERROR: The requested URL could not be retrieved",
                            body="<p>The following error was encountered while trying to retrieve the URL: <a href=\"https://go.xero.com/\">https://go.xero.com/</a></p><blockquote id=\"error\"><p><b>Zero Sized Reply</b></p></blockquote><p>Generated Sun, 22 Nov 2026 20:31:06 GMT by proxy.office.lan (squid/5.7)</p>"))
    s.write("proxy-error-squid-zero-size")

    # proxy_error: an intercepting mitmproxy answers 502 itself; direct works.
    s = Scenario()
    s.paths(as_browser=dict(status=502, reason="Bad Gateway", proxy="http://10.1.1.5:8080",
                            headers={"server": "mitmproxy 8.1.1", "content-type": "text/html"},
                            issuer="CN=mitmproxy,O=mitmproxy", title="502 Bad Gateway",
                            body="<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>Certificate verify failed: unable to get local issuer certificate</p></body></html>"))
    s.write("proxy-error-mitmproxy")

    # proxy_error: tinyproxy cannot connect (500).
    s = Scenario()
    s.paths(as_browser=dict(status=500, reason="Unable to connect", proxy="http://10.0.0.3:8888",
                            headers={"server": "tinyproxy/1.11.1", "content-type": "text/html"}, issuer="",
                            title="500 Unable to connect",
                            body="<html><head><title>500 Unable to connect</title></head><body><h1>Unable to connect</h1><p>Tinyproxy was unable to connect to the remote web server.</p><hr /><p><em>Generated by tinyproxy version 1.11.1.</em></p>"))
    s.write("proxy-error-tinyproxy")

    # proxy_auth_required: the proxy asks for Basic sign-in.
    s = Scenario()
    s.paths(as_browser=dict(status=407, reason="Proxy Authentication Required", proxy="http://10.0.0.2:3128", issuer="",
                            headers={"server": "squid/5.7", "proxy-authenticate": "Basic realm=\"Office proxy\"",
                                     "x-squid-error": "ERR_CACHE_ACCESS_DENIED 0", "content-type": "text/html"},
                            title="ERROR: Cache Access Denied"))
    s.write("proxy-auth-required")

    # tls_interception: Zscaler decrypts everything and its own gateway answers 502.
    s = Scenario()
    zs_chain = [cert("go.xero.com", issuer_cn="Zscaler Intermediate Root CA (zscalertwo.net) (t)", issuer_o="Zscaler Inc.",
                     sct=False, not_before="2026-11-15T00:00:00.000Z", not_after="2026-11-29T00:00:00.000Z"),
                intermediate("Zscaler Intermediate Root CA (zscalertwo.net) (t)", "Zscaler Inc.", "Zscaler Root CA", "Zscaler Inc.")]
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=zs_chain, system=True, public=False,
                     public_errors=["The issuer certificate of a locally looked up certificate could not be found"],
                     anchor="CN=Zscaler Root CA,OU=Zscaler Inc.,O=Zscaler Inc.,L=San Jose,ST=California,C=US"))
    s.every_path(status=502, reason="Bad Gateway", headers={"server": "Zscaler/6.2", "content-type": "text/html"},
                 issuer="CN=Zscaler Intermediate Root CA (zscalertwo.net) (t),O=Zscaler Inc.",
                 title="Website Unreachable", body="<html><head><title>Website Unreachable</title></head><body>... Zscaler ...")
    s.e["environment"]["non_public_roots"] = [{"subject": "CN=Zscaler Root CA", "organization": "Zscaler Inc.",
                                               "sha256": "1C9A1F8B2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A",
                                               "product": "Zscaler", "store": "LocalMachine\\Root"}]
    s.write("tls-interception-zscaler")

    # tls_interception (antivirus, still working): Kaspersky scans HTTPS; nothing fails.
    s = Scenario()
    k_chain = [cert("go.xero.com", issuer_cn="Kaspersky Anti-Virus Personal Root Certificate", issuer_o="AO Kaspersky Lab", sct=False)]
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=k_chain, system=True, public=False,
                     public_errors=["The issuer certificate of a locally looked up certificate could not be found"],
                     anchor="CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab"))
    for h in s.e["http"]:
        h["tls_issuer"] = "CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab"
    s.write("tls-interception-antivirus-working")

    # tls_interception, not trusted: a FortiGate with its default CA that this computer does not trust.
    s = Scenario()
    f_chain = [cert("go.xero.com", issuer_cn="FortiGate CA", issuer_o="Fortinet", sct=False)]
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=f_chain, system=False, public=False,
                     system_errors=["The issuer certificate of a locally looked up certificate could not be found"],
                     public_errors=["The issuer certificate of a locally looked up certificate could not be found"],
                     anchor=""))
        t["handshake_ok"] = False
        t["error"] = err("tls_verify_failed", "The issuer certificate of a locally looked up certificate could not be found")
    s.every_path(status=0, error=err("tls_verify_failed", "The issuer certificate of a locally looked up certificate could not be found"))
    for h in s.e["http"]:
        h["tls_issuer"] = "CN=FortiGate CA,O=Fortinet,OU=Certificate Authority"
    s.write("tls-interception-fortigate-untrusted")

    # dns_stale: the system still has Xero's old address; the alternates' address works.
    s = Scenario(v4="192.0.2.99")
    for d in dns_of(s, "go.xero.com", "system"):
        d["addresses"] = [{"address": "192.0.2.99", "ttl": -1}]
    s.e["tcp"] = [t for t in s.e["tcp"] if t["address"] != s.v6]
    s.e["tls"] = [t for t in s.e["tls"] if t["address"] != s.v6]
    s.e["http"] = [h for h in s.e["http"] if h["path"] != "ipv6"]
    tcp_of(s, "192.0.2.99").update(tcp("go.xero.com", "192.0.2.99", connected=False, error=TIMEOUT))
    tls_of(s, "192.0.2.99").update(tls("go.xero.com", "192.0.2.99", chain=[], ok=False, system=False, public=False, error=TIMEOUT))
    s.paths(as_browser=dict(status=0, error=TIMEOUT, remote="192.0.2.99"), direct=dict(status=0, error=TIMEOUT, remote="192.0.2.99"),
            ipv4=dict(status=0, error=TIMEOUT))
    for d in dns_of(s, "go.xero.com", "udp") + dns_of(s, "go.xero.com", "doh"):
        d["addresses"] = [{"address": "198.51.100.20", "ttl": 287}]
    s.write("dns-stale")

    # dns_failure: the router's DNS fails for Xero's names; public resolvers answer.
    s = Scenario()
    servfail = err("servfail", "Server failure")
    for d in s.e["dns"]:
        if d["method"] == "system" and d["host"] in ("go.xero.com", "login.xero.com"):
            d["addresses"], d["error"], d["elapsed_ms"] = [], servfail, 5012
    s.e["http"] = [h for h in s.e["http"] if h["path"] not in ("ipv4", "ipv6")]
    s.paths(as_browser=dict(status=0, error=err("nxdomain", "Host go.xero.com not found")),
            direct=dict(status=0, error=err("nxdomain", "Host go.xero.com not found")))
    s.e["tcp"] = [t for t in s.e["tcp"] if t["address"] == s.alt]
    s.e["tls"] = [t for t in s.e["tls"] if t["address"] == s.alt]
    s.write("dns-failure")

    # dns_hijack: the network's DNS gives a private address where a block page with another name answers.
    s = Scenario(v4="10.10.10.10")
    for d in dns_of(s, "go.xero.com", "system"):
        d["addresses"] = [{"address": "10.10.10.10", "ttl": -1}]
    s.e["tcp"] = [t for t in s.e["tcp"] if t["address"] != s.v6]
    s.e["tls"] = [t for t in s.e["tls"] if t["address"] != s.v6]
    s.e["http"] = [h for h in s.e["http"] if h["path"] != "ipv6"]
    tls_of(s, "10.10.10.10").update(tls("go.xero.com", "10.10.10.10",
                                        chain=[cert("block.filter.office.lan", issuer_cn="office-CA", issuer_o="Office", sans=["block.filter.office.lan"])],
                                        ok=False, system=False, public=False,
                                        system_errors=["The host name did not match any of the valid hosts for this certificate"],
                                        public_errors=["The host name did not match any of the valid hosts for this certificate"],
                                        error=err("tls_verify_failed", "The host name did not match any of the valid hosts for this certificate")))
    s.paths(as_browser=dict(status=0, error=err("tls_verify_failed", "The host name did not match any of the valid hosts for this certificate")),
            direct=dict(status=0, error=err("tls_verify_failed", "The host name did not match any of the valid hosts for this certificate")),
            ipv4=dict(status=0, error=err("tls_verify_failed", "The host name did not match any of the valid hosts for this certificate")))
    for d in dns_of(s, "go.xero.com", "udp") + dns_of(s, "go.xero.com", "doh"):
        d["addresses"] = [{"address": "198.51.100.20", "ttl": 287}]
    s.write("dns-hijack-private-address")

    # dns_hijack (canary): a name that cannot exist resolves; Xero itself works.
    s = Scenario()
    s.e["hosts"].append("gatecheck-q7x2rk.invalid")
    s.e["dns"].append(dns("gatecheck-q7x2rk.invalid", "system", "system", ["203.0.113.53"]))
    s.e["dns"].append(dns("gatecheck-q7x2rk.invalid", "doh", DOH, [], rcode="NXDOMAIN", error=err("nxdomain", "Domain name not found")))
    s.write("dns-hijack-nxdomain-rewriting")

    # port53_intercepted: every port-53 resolver repeats the router's dead private answer; DoH works.
    s = Scenario(v4="10.20.30.40")
    for d in dns_of(s, "go.xero.com", "system") + dns_of(s, "go.xero.com", "udp"):
        d["addresses"] = [{"address": "10.20.30.40", "ttl": -1 if d["method"] == "system" else 300}]
    for d in dns_of(s, "go.xero.com", "doh"):
        d["addresses"] = [{"address": "198.51.100.20", "ttl": 291}]
    s.e["tcp"] = [t for t in s.e["tcp"] if t["address"] != s.v6]
    s.e["tls"] = [t for t in s.e["tls"] if t["address"] != s.v6]
    s.e["http"] = [h for h in s.e["http"] if h["path"] != "ipv6"]
    tcp_of(s, "10.20.30.40").update(tcp("go.xero.com", "10.20.30.40", connected=False, error=REFUSED))
    tls_of(s, "10.20.30.40").update(tls("go.xero.com", "10.20.30.40", chain=[], ok=False, system=False, public=False, error=REFUSED))
    s.paths(as_browser=dict(status=0, error=REFUSED), direct=dict(status=0, error=REFUSED), ipv4=dict(status=0, error=REFUSED))
    s.write("port53-intercepted")

    # hosts_override: a hosts-file line pins go.xero.com to an address Xero left long ago.
    s = Scenario(v4="192.0.2.200")
    s.e["environment"]["hosts_overrides"] = [{"host": "go.xero.com", "address": "192.0.2.200",
                                              "file": "C:\\Windows\\System32\\drivers\\etc\\hosts"}]
    for d in dns_of(s, "go.xero.com", "system"):
        d["addresses"] = [{"address": "192.0.2.200", "ttl": -1}]
    s.e["tcp"] = [t for t in s.e["tcp"] if t["address"] != s.v6]
    s.e["tls"] = [t for t in s.e["tls"] if t["address"] != s.v6]
    s.e["http"] = [h for h in s.e["http"] if h["path"] != "ipv6"]
    tcp_of(s, "192.0.2.200").update(tcp("go.xero.com", "192.0.2.200", connected=False, error=TIMEOUT))
    tls_of(s, "192.0.2.200").update(tls("go.xero.com", "192.0.2.200", chain=[], ok=False, system=False, public=False, error=TIMEOUT))
    s.paths(as_browser=dict(status=0, error=TIMEOUT), direct=dict(status=0, error=TIMEOUT), ipv4=dict(status=0, error=TIMEOUT))
    s.write("hosts-override")

    # firewall_block: every connection to Xero is refused; its status page loads fine.
    s = Scenario()
    for t in s.e["tcp"]:
        t.update(tcp(t["host"], t["address"], connected=False, error=REFUSED, elapsed=2))
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=[], ok=False, system=False, public=False, error=REFUSED))
    s.every_path(status=0, error=REFUSED)
    s.write("firewall-block")

    # ipv6_broken: IPv6 connections hang; the browser's path (IPv6 first) times out; IPv4 works.
    s = Scenario()
    tcp_of(s, s.v6).update(tcp("go.xero.com", s.v6, connected=False, error=TIMEOUT))
    tls_of(s, s.v6).update(tls("go.xero.com", s.v6, chain=[], ok=False, system=False, public=False, error=TIMEOUT))
    s.paths(as_browser=dict(status=0, error=TIMEOUT), direct=dict(status=0, error=TIMEOUT), ipv6=dict(status=0, error=TIMEOUT))
    s.write("ipv6-broken")

    # captive_portal: hotel Wi-Fi; everything goes to the sign-in page.
    s = Scenario()
    s.e["environment"].update(captive_portal=True, captive_detail="http://connectivitycheck.gstatic.com/generate_204 was redirected to http://wifi.hotel-example.net/login?orig=1")
    portal_cert = [cert("wifi.hotel-example.net", issuer_cn="R11", issuer_o="Let's Encrypt", sans=["wifi.hotel-example.net"])]
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=portal_cert, ok=False, system=False, public=False,
                     system_errors=["The host name did not match any of the valid hosts for this certificate"],
                     public_errors=["The host name did not match any of the valid hosts for this certificate"],
                     error=err("tls_verify_failed", "The host name did not match any of the valid hosts for this certificate")))
    s.every_path(status=0, error=err("tls_verify_failed", "The host name did not match any of the valid hosts for this certificate"))
    s.e["status"] = [status_failed("as-browser", s.e["status_url"], "tls_verify_failed", "The host name did not match"),
                     status_failed("direct", s.e["status_url"], "tls_verify_failed", "The host name did not match")]
    for d in s.e["dns"]:
        if d["method"] == "doh":
            d["addresses"], d["error"] = [], err("tls_verify_failed", "The host name did not match")
    s.write("captive-portal")

    # clock_skew: this computer thinks it is a year earlier; Xero's certificate is "not yet valid".
    s = Scenario()
    s.e["started_at"], s.e["finished_at"] = "2025-11-22T20:31:05.120Z", "2025-11-22T20:31:09.874Z"
    s.e["environment"].update(clock_offset_s=-31536000, clock_samples=2)
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], ok=False, system=False, public=False,
                     system_errors=["The certificate is not yet valid"], public_errors=["The certificate is not yet valid"],
                     error=err("tls_verify_failed", "The certificate is not yet valid")))
    s.every_path(status=0, error=err("tls_verify_failed", "The certificate is not yet valid"))
    s.e["status"] = [status_failed("as-browser", s.e["status_url"], "tls_verify_failed", "The certificate is not yet valid"),
                     status_failed("direct", s.e["status_url"], "tls_verify_failed", "The certificate is not yet valid")]
    s.write("clock-skew")

    # no_connectivity: nothing answers at all - no DNS, no connection, no status page.
    s = Scenario()
    for d in s.e["dns"]:
        d["addresses"], d["error"], d["rcode"], d["elapsed_ms"] = [], TIMEOUT, "", 8000
    s.e["tcp"], s.e["tls"] = [], []
    s.e["http"] = [h for h in s.e["http"] if h["path"] in ("as-browser", "direct")]
    s.every_path(status=0, error=err("host_unreachable", "Host go.xero.com not found"))
    s.e["status"] = [status_failed("as-browser", s.e["status_url"]), status_failed("direct", s.e["status_url"])]
    s.e["environment"].update(captive_checked=False, clock_checked=False, clock_samples=0)
    s.write("no-connectivity")

    # vpn_path: a VPN carries everything; TLS handshakes stall (a classic MTU black hole) while small things work.
    s = Scenario()
    s.e["environment"]["interfaces"].append({"name": "GlobalProtect", "kind": "ethernet", "addresses": ["10.250.4.17"],
                                             "mtu": 1400, "up": True, "is_vpn": True,
                                             "vpn_product": "Palo Alto GlobalProtect", "carries_target_traffic": True,
                                             "carries_default_route": True})
    s.e["environment"]["interfaces"][0]["carries_default_route"] = False
    s.e["environment"]["interfaces"][0]["carries_target_traffic"] = False
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=[], ok=False, system=False, public=False,
                     error=err("timeout", "TLS handshake did not finish within 8000 ms")))
    s.every_path(status=0, error=err("timeout", "No answer within 8000 ms"))
    s.write("vpn-path")

    # extension_interference: the network path works; a proxy extension can reroute the browser.
    s = Scenario()
    s.e["environment"]["extensions"] = [
        {"browser": "chrome", "profile": "Default", "id": "padekgcemlokbadohgkifijomclgjgif", "name": "Proxy SwitchyOmega",
         "version": "2.5.21", "enabled": True, "permissions": ["proxy", "tabs", "alarms", "storage", "webRequest", "webRequestBlocking"],
         "host_permissions": ["<all_urls>"], "risk": "can_proxy", "category": "vpn", "risk_reasons": ["proxy"]},
        {"browser": "chrome", "profile": "Default", "id": "cjpalhdlnbpafiamejdnhcphjbkeiagm", "name": "uBlock Origin",
         "version": "1.60.0", "enabled": True, "permissions": ["webRequest", "webRequestBlocking", "storage"],
         "host_permissions": ["<all_urls>"], "risk": "can_alter_requests", "category": "ad_blocker", "risk_reasons": ["webRequestBlocking"]}]
    s.write("extension-interference")

    # inconclusive: the name resolves, TCP and TLS work, yet every HTTP exchange breaks oddly.
    s = Scenario()
    s.every_path(status=0, error=err("protocol_error", "Error in the HTTP/2 framing layer"))
    s.e["status"] = [status_failed("as-browser", s.e["status_url"], "protocol_error", "Error in the HTTP/2 framing layer"),
                     status_failed("direct", s.e["status_url"], "protocol_error", "Error in the HTTP/2 framing layer")]
    s.write("inconclusive-protocol-errors")

    # Local and vendor at once: Xero payroll is partly down AND the proxy wants a sign-in.
    s = Scenario(activity="payroll").status_from("xero-partial-outage-payroll.json")
    s.paths(as_browser=dict(status=407, reason="Proxy Authentication Required", proxy="http://10.0.0.2:3128", issuer="",
                            headers={"server": "squid/5.7", "proxy-authenticate": "Basic realm=\"Office proxy\""}))
    s.write("mixed-proxy-auth-and-vendor-outage")

    # ---- hostile and inconsistent ---------------------------------------------------------
    with open(os.path.join(HERE, "hostile-empty.json"), "w") as f:
        f.write('{"schema_version": 1}\n')

    s = Scenario()
    s.e["cancelled"] = True
    s.e["dns"] = s.e["dns"][:3]
    s.e["tcp"], s.e["tls"], s.e["status"] = [], [], []
    s.e["http"] = [h for h in s.e["http"] if h["path"] in ("as-browser", "direct")]
    s.every_path(status=0, error=err("cancelled", "The check was cancelled"))
    s.write("hostile-cancelled")

    s = Scenario()
    for d in s.e["dns"]:
        d["addresses"], d["error"], d["rcode"], d["elapsed_ms"] = [], TIMEOUT, "", 8000
    for t in s.e["tcp"]:
        t.update(tcp(t["host"], t["address"], connected=False, error=TIMEOUT))
    for t in s.e["tls"]:
        t.update(tls(t["host"], t["address"], chain=[], ok=False, system=False, public=False, error=TIMEOUT))
    s.every_path(status=0, error=TIMEOUT)
    s.e["status"] = [status_failed("as-browser", s.e["status_url"]), status_failed("direct", s.e["status_url"])]
    s.write("hostile-timeouts-everywhere")

    # Inconsistent: the browser's path gets the vendor's 502, the direct one works; odd values throughout.
    s = Scenario()
    s.paths(as_browser=dict(status=502, reason="Bad Gateway", headers=dict(CF_HEADERS), title="502 Bad Gateway"))
    s.e["dns"][0]["addresses"].append({"address": "not-an-address", "ttl": 99999999})
    s.e["tls"][0]["chain"] = []
    s.e["tls"][0]["anchor_subject"] = ""
    s.e["http"][1]["status"] = 999
    s.e["tcp"].append({"id": "tcp:?", "host": "", "address": "", "port": 70000, "connected": "yes", "elapsed_ms": "fast", "error": []})
    s.e["status"][0]["components"].append({"id": None, "name": ["x"], "status": 5, "group": {}})
    s.write("hostile-inconsistent")

    # Custom URL, no status page, no profile knowledge: a plain 503 from the site's own nginx.
    s = Scenario(profile="custom")
    s.every_path(status=503, reason="Service Temporarily Unavailable",
                 headers={"server": "nginx/1.22.1", "content-type": "text/html"},
                 title="503 Service Temporarily Unavailable",
                 body="<html><head><title>503 Service Temporarily Unavailable</title></head>")
    s.write("custom-url-vendor-error")


if __name__ == "__main__":
    main()
