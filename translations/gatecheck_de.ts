<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Finds out why a cloud app shows 502 Bad Gateway, and who has to act.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>No rules yet for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Measures every way this computer can reach a cloud service - DNS from the system and from
alternate resolvers and DNS-over-HTTPS, HTTP(S) through the browser&apos;s proxy, directly, pinned
to other addresses, over IPv4 and IPv6, the TLS chain - plus the vendor&apos;s status page, and
prints the evidence. Exit status: 0 no problem found, 1 a problem found, 2 usage error,
3 internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor profile: an id (xero, quickbooks, ...) or a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL that shows the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate DNS server to compare with the system&apos;s (repeatable; default 1.1.1.1, 8.8.8.8, 9.9.9.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS-over-HTTPS endpoint (repeatable; default https://1.1.1.1/dns-query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage summary URL (…/api/v2/summary.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM bundle of publicly trusted roots (default: the bundled set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM bundle trusted as if it were in the OS store (a private CA, or a test rig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall deadline in seconds (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of each single probe in seconds (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url needs an http:// or https:// URL with a host, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status-url is not a valid URL: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to diagnose: --url URL or --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--doh needs an https:// URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 0 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probe-timeout takes a number of seconds from 0 to 600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>no addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 [%2] - who should act: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Target: %1   started %2   %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
DNS
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Paths
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS ISSUER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
TLS
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS TRUST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC ROOTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
TCP
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Status page
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolverEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a resolver address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an IP address such as 1.1.1.1 or [2606:4700::1111]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustAnchors</name>
    <message>
        <source>Cannot read certificates from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no PEM certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatecheck::Probe</name>
    <message>
        <source>Cancelled before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::MainWindow</name>
    <message>
        <source>Gatecheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Gatecheck&lt;/h1&gt;&lt;p&gt;Why does my cloud app say &quot;502 Bad Gateway&quot;?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address that shows the error, e.g. https://go.xero.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the address that shows the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
