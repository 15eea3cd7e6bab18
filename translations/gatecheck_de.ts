<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>The alternate DNS server &quot;%1&quot; in Settings was skipped: %2</source>
        <translation>Der alternative DNS-Server „%1“ aus den Einstellungen wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (like 1.1.1.1 or 9.9.9.9:53): %2</source>
        <translation>„%1“ ist keine DNS-Server-Adresse (wie 1.1.1.1 oder 9.9.9.9:53): %2</translation>
    </message>
    <message>
        <source>The DNS-over-HTTPS address must start with https:// and name a server, like https://1.1.1.1/dns-query.</source>
        <translation>Die DNS-over-HTTPS-Adresse muss mit https:// beginnen und einen Server nennen, z. B. https://1.1.1.1/dns-query.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Finds out why a cloud app shows 502 Bad Gateway, and who has to act.</source>
        <translation>Findet heraus, warum eine Cloud-Anwendung „502 Bad Gateway“ zeigt und wer handeln muss.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>What %1&apos;s status page says</source>
        <translation>Was die Statusseite von %1 meldet</translation>
    </message>
    <message>
        <source>Finding %1&apos;s servers (this computer&apos;s DNS)</source>
        <translation>Server von %1 suchen (DNS dieses Computers)</translation>
    </message>
    <message>
        <source>Asking other DNS servers for comparison</source>
        <translation>Andere DNS-Server zum Vergleich fragen</translation>
    </message>
    <message>
        <source>Asking over encrypted DNS (DNS-over-HTTPS)</source>
        <translation>Über verschlüsseltes DNS fragen (DNS-over-HTTPS)</translation>
    </message>
    <message>
        <source>Reaching %1 the way your browser does</source>
        <translation>%1 so erreichen, wie Ihr Browser es tut</translation>
    </message>
    <message>
        <source>Reaching %1 directly, without a proxy</source>
        <translation>%1 direkt erreichen, ohne Proxy</translation>
    </message>
    <message>
        <source>Reaching %1 at the addresses other DNS servers gave</source>
        <translation>%1 unter den Adressen anderer DNS-Server erreichen</translation>
    </message>
    <message>
        <source>Trying IPv4 and IPv6 separately</source>
        <translation>IPv4 und IPv6 einzeln versuchen</translation>
    </message>
    <message>
        <source>Opening a connection to each server</source>
        <translation>Verbindung zu jedem Server aufbauen</translation>
    </message>
    <message>
        <source>Checking the encryption certificate</source>
        <translation>Verschlüsselungszertifikat prüfen</translation>
    </message>
    <message>
        <source>Looking at this computer&apos;s network settings</source>
        <translation>Netzwerkeinstellungen dieses Computers ansehen</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking… (%1 of %2 done)</source>
        <translation>Prüft … (%1 von %2 fertig)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüft …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No good answer</source>
        <translation>Keine gute Antwort</translation>
    </message>
    <message>
        <source>%1 of %2 without a good answer</source>
        <translation>%1 von %2 ohne gute Antwort</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ComparePresenter</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Who should act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Proxy used by the browser</source>
        <translation>Vom Browser genutzter Proxy</translation>
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
    <name>EvidencePresenter</name>
    <message>
        <source>This computer (system resolver)</source>
        <translation>Dieser Computer (System-Resolver)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The browser&apos;s path</source>
        <translation>Weg des Browsers</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Direkt (ohne Proxy)</translation>
    </message>
    <message>
        <source>Address from other DNS</source>
        <translation>Adresse von anderem DNS</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>Through a proxy</source>
        <translation>Über einen Proxy</translation>
    </message>
    <message>
        <source>Not measured in this version</source>
        <translation>In dieser Version nicht gemessen</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Keine Antwort (%1)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Via: %1</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>pinned to %1</source>
        <translation>fest auf %1</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>erreicht: %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>erstes Byte %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>Status page (%1)</source>
        <translation>Statusseite (%1)</translation>
    </message>
    <message>
        <source>Incident: %1 (%2)</source>
        <translation>Störung: %1 (%2)</translation>
    </message>
    <message>
        <source>Encrypted DNS %1</source>
        <translation>Verschlüsseltes DNS %1</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>Alias von %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 at %2 port %3</source>
        <translation>%1 unter %2, Port %3</translation>
    </message>
    <message>
        <source>Not measured in this version.</source>
        <translation>In dieser Version nicht gemessen.</translation>
    </message>
    <message>
        <source>No encrypted connection could be made: %1</source>
        <translation>Es kam keine verschlüsselte Verbindung zustande: %1</translation>
    </message>
    <message>
        <source>Publicly trusted certificate. Nothing on the way is decrypting this connection.</source>
        <translation>Öffentlich vertrauenswürdiges Zertifikat. Unterwegs entschlüsselt niemand diese Verbindung.</translation>
    </message>
    <message>
        <source>Trusted only by this computer, not publicly: a company proxy, firewall or antivirus is opening the encrypted connection (TLS inspection). Its root: %1</source>
        <translation>Nur diesem Computer vertraut, nicht öffentlich: Ein Firmen-Proxy, eine Firewall oder ein Virenschutz öffnet die verschlüsselte Verbindung (TLS-Inspektion). Dessen Stammzertifikat: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not trusted by this computer: a browser would show a certificate warning.</source>
        <translation>Diesem Computer nicht vertrauenswürdig: Ein Browser würde eine Zertifikatswarnung zeigen.</translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Dieser Computer: %1</translation>
    </message>
    <message>
        <source>Public roots: %1</source>
        <translation>Öffentliche Stammzertifikate: %1</translation>
    </message>
    <message>
        <source>Not collected in this version.</source>
        <translation>In dieser Version nicht erfasst.</translation>
    </message>
    <message>
        <source>Proxy and PAC</source>
        <translation>Proxy und PAC</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Proxy or PAC</source>
        <translation>Proxy oder PAC</translation>
    </message>
    <message>
        <source>Used for this address</source>
        <translation>Für diese Adresse genutzt</translation>
    </message>
    <message>
        <source>No proxy is configured.</source>
        <translation>Es ist kein Proxy eingerichtet.</translation>
    </message>
    <message>
        <source>VPN and tunnels</source>
        <translation>VPN und Tunnel</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Carries</source>
        <translation>Trägt</translation>
    </message>
    <message>
        <source>No network interfaces were reported.</source>
        <translation>Es wurden keine Netzwerkschnittstellen gemeldet.</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>traffic to this service</source>
        <translation>Verkehr zu diesem Dienst</translation>
    </message>
    <message>
        <source>VPN %1</source>
        <translation>VPN %1</translation>
    </message>
    <message>
        <source>(down)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>Browser extensions (riskiest first)</source>
        <translation>Browser-Erweiterungen (riskanteste zuerst)</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No browser extensions found.</source>
        <translation>Keine Browser-Erweiterungen gefunden.</translation>
    </message>
    <message>
        <source>Can reroute traffic</source>
        <translation>Kann Verkehr umleiten</translation>
    </message>
    <message>
        <source>Can change requests</source>
        <translation>Kann Anfragen verändern</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>Certificates this computer trusts that are not public</source>
        <translation>Nicht öffentliche Zertifikate, denen dieser Computer vertraut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <source>Clock, DNS and other facts</source>
        <translation>Uhr, DNS und weitere Angaben</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Correct (off by %1 s)</source>
        <translation>Richtig (Abweichung %1 s)</translation>
    </message>
    <message>
        <source>Off by %1 s — certificates can fail</source>
        <translation>Weicht %1 s ab – Zertifikate können scheitern</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>DNS upstreams</source>
        <translation>Vorgelagerte DNS-Server</translation>
    </message>
    <message>
        <source>Browser encrypted DNS</source>
        <translation>Verschlüsseltes DNS im Browser</translation>
    </message>
    <message>
        <source>Hosts file entry</source>
        <translation>Eintrag in der Hosts-Datei</translation>
    </message>
    <message>
        <source>Wi-Fi sign-in page</source>
        <translation>WLAN-Anmeldeseite</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
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
    <name>ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ResolverEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a resolver address: %2</source>
        <translation>„%1“ ist keine Resolver-Adresse: %2</translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation>„]“ fehlt</translation>
    </message>
    <message>
        <source>expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>nach „]“ wird „:PORT“ erwartet</translation>
    </message>
    <message>
        <source>expected an IP address such as 1.1.1.1 or [2606:4700::1111]</source>
        <translation>eine IP-Adresse wie 1.1.1.1 oder [2606:4700::1111] wird erwartet</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
</context>
<context>
    <name>RunArchive</name>
    <message>
        <source>Past checks cannot be saved (%1). They are kept until you close Gatecheck.</source>
        <translation>Frühere Prüfungen können nicht gespeichert werden (%1). Sie bleiben erhalten, bis Sie Gatecheck schließen.</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>Dieses Netzwerk</translation>
    </message>
    <message>
        <source>This check could not be saved (%1). It is kept until you close Gatecheck.</source>
        <translation>Diese Prüfung konnte nicht gespeichert werden (%1). Sie bleibt erhalten, bis Sie Gatecheck schließen.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>As shown at the top left in Xero</source>
        <translation>Wie oben links in Xero angezeigt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The country your Xero organisation is in</source>
        <translation>Das Land Ihrer Xero-Organisation</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Settings ⚙ → Account and settings → Billing</source>
        <translation>Einstellungen ⚙ → Konto und Einstellungen → Abrechnung</translation>
    </message>
    <message>
        <source>Intuit bank feeds and integrations</source>
        <translation>Intuit-Bankfeeds und -Integrationen</translation>
    </message>
</context>
<context>
    <name>TableHelpers</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
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
    <name>VerdictPresenter</name>
    <message>
        <source>%1 has to fix this</source>
        <translation>%1 muss das beheben</translation>
    </message>
    <message>
        <source>Your IT support or network administrator has to act</source>
        <translation>Ihr IT-Support oder Netzwerkadministrator muss handeln</translation>
    </message>
    <message>
        <source>You can fix this on this computer</source>
        <translation>Sie können das an diesem Computer beheben</translation>
    </message>
    <message>
        <source>Your internet provider has to act</source>
        <translation>Ihr Internetanbieter muss handeln</translation>
    </message>
    <message>
        <source>Nobody needs to act</source>
        <translation>Niemand muss handeln</translation>
    </message>
    <message>
        <source>The problem is on %1&apos;s side. Changing settings here will not help; waiting or contacting %1 will.</source>
        <translation>Das Problem liegt bei %1. Einstellungen hier zu ändern hilft nicht; Abwarten oder %1 zu kontaktieren schon.</translation>
    </message>
    <message>
        <source>Something between this computer and the internet (a proxy, firewall or filter) is in the way. Send IT the report.</source>
        <translation>Etwas zwischen diesem Computer und dem Internet (Proxy, Firewall oder Filter) steht im Weg. Senden Sie der IT den Bericht.</translation>
    </message>
    <message>
        <source>The cause is a setting or program on this computer.</source>
        <translation>Die Ursache ist eine Einstellung oder ein Programm auf diesem Computer.</translation>
    </message>
    <message>
        <source>The fault is in your internet connection beyond your office.</source>
        <translation>Der Fehler liegt in Ihrer Internetverbindung außerhalb Ihres Büros.</translation>
    </message>
    <message>
        <source>Every check got a normal answer.</source>
        <translation>Jede Prüfung hat eine normale Antwort erhalten.</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>The check was stopped before it finished</source>
        <translation>Die Prüfung wurde vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <source>What was measured so far is in the details. Run the check again for a full answer.</source>
        <translation>Was bisher gemessen wurde, steht in den Details. Prüfen Sie erneut für eine vollständige Antwort.</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem gefunden</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Einen Blick wert</translation>
    </message>
    <message>
        <source>Looks fine</source>
        <translation>Sieht gut aus</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <source>No conclusion could be drawn</source>
        <translation>Es ließ sich keine Schlussfolgerung ziehen</translation>
    </message>
    <message>
        <source>Gatecheck result for %1</source>
        <translation>Gatecheck-Ergebnis für %1</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Was jetzt zu tun ist:</translation>
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
    <name>gatecheck::gui::ComparePage</name>
    <message>
        <source>Two checks side by side</source>
        <translation>Zwei Prüfungen nebeneinander</translation>
    </message>
    <message>
        <source>Verdict of the earlier check</source>
        <translation>Ergebnis der früheren Prüfung</translation>
    </message>
    <message>
        <source>Verdict of the later check</source>
        <translation>Ergebnis der späteren Prüfung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Earlier check</source>
        <translation>Frühere Prüfung</translation>
    </message>
    <message>
        <source>Later check</source>
        <translation>Spätere Prüfung</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Gleich?</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Back to past checks</source>
        <translation>&amp;Zurück zu früheren Prüfungen</translation>
    </message>
    <message>
        <source>Back to past checks</source>
        <translation>Zurück zu früheren Prüfungen</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>No differences in what was measured.</source>
        <translation>Keine Unterschiede in den Messungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) — marked “Different” below.</source>
        <translation>
            <numerusform>%n Unterschied – unten als „Anders“ markiert.</numerusform>
            <numerusform>%n Unterschiede – unten als „Anders“ markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::DetailsTabs</name>
    <message>
        <source>Details for IT</source>
        <translation>Details für die IT</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>&amp;Wege</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Raw evidence (&amp;JSON)</source>
        <translation>Rohdaten (&amp;JSON)</translation>
    </message>
    <message>
        <source>Every way this computer reached the service, side by side</source>
        <translation>Jeder Weg, auf dem dieser Computer den Dienst erreicht hat, nebeneinander</translation>
    </message>
    <message>
        <source>What each DNS server answered</source>
        <translation>Was jeder DNS-Server geantwortet hat</translation>
    </message>
    <message>
        <source>Certificate chains and whether they are publicly trusted</source>
        <translation>Zertifikatsketten und ob sie öffentlich vertrauenswürdig sind</translation>
    </message>
    <message>
        <source>Proxy, VPN, browser extensions, clock</source>
        <translation>Proxy, VPN, Browser-Erweiterungen, Uhr</translation>
    </message>
    <message>
        <source>Everything observed, as JSON</source>
        <translation>Alle Beobachtungen als JSON</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::DnsTab</name>
    <message>
        <source>Which addresses each DNS server gives for the service. A different answer from this computer&apos;s resolver can mean a stale cache or a filter.</source>
        <translation>Welche Adressen jeder DNS-Server für den Dienst liefert. Eine andere Antwort als die des Resolvers dieses Computers kann auf einen veralteten Cache oder einen Filter hindeuten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Same as this computer?</source>
        <translation>Wie dieser Computer?</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>DNS comparison</source>
        <translation>DNS-Vergleich</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::ExportDialog</name>
    <message>
        <source>Running payroll</source>
        <translation>Lohnabrechnung</translation>
    </message>
    <message>
        <source>Bank feeds or reconciling</source>
        <translation>Bankfeeds oder Abstimmung</translation>
    </message>
    <message>
        <source>Running reports</source>
        <translation>Berichte erstellen</translation>
    </message>
    <message>
        <source>Invoicing or bills</source>
        <translation>Rechnungen schreiben oder erfassen</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Plain text (for an email or ticket)</source>
        <translation>Reiner Text (für E-Mail oder Ticket)</translation>
    </message>
    <message>
        <source>JSON (for tools; can be loaded again)</source>
        <translation>JSON (für Werkzeuge; kann wieder geladen werden)</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>For &amp;IT support</source>
        <translation>Für den &amp;IT-Support</translation>
    </message>
    <message>
        <source>Report for IT support</source>
        <translation>Bericht für den IT-Support</translation>
    </message>
    <message>
        <source>For %1&apos;s s&amp;upport</source>
        <translation>Für den S&amp;upport von %1</translation>
    </message>
    <message>
        <source>Report for the support desk of %1</source>
        <translation>Bericht für den Support von %1</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Für wen ist er?</translation>
    </message>
    <message>
        <source>&amp;Hide personal details (cookies, sign-in tokens, user names)</source>
        <translation>Persönliche Daten aus&amp;blenden (Cookies, Anmelde-Token, Benutzernamen)</translation>
    </message>
    <message>
        <source>Hide personal details</source>
        <translation>Persönliche Daten ausblenden</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>In Ihren eigenen Worten (optional)</translation>
    </message>
    <message>
        <source>e.g. “Payroll run shows 502 Bad Gateway when I press Post.”</source>
        <translation>z. B. „Die Lohnabrechnung zeigt 502 Bad Gateway, wenn ich auf Buchen klicke.“</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Was ist &amp;passiert:</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Wann es begann</translation>
    </message>
    <message>
        <source>When did it s&amp;tart?</source>
        <translation>Wann hat es begonnen? (&amp;t)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Yes, colleagues too</source>
        <translation>Ja, auch Kollegen</translation>
    </message>
    <message>
        <source>No, only me</source>
        <translation>Nein, nur ich</translation>
    </message>
    <message>
        <source>Are others affected</source>
        <translation>Sind andere betroffen</translation>
    </message>
    <message>
        <source>Are others &amp;affected?</source>
        <translation>Sind andere betroffen? (&amp;a)</translation>
    </message>
    <message>
        <source>What you were doing</source>
        <translation>Was Sie gerade getan haben</translation>
    </message>
    <message>
        <source>What were you &amp;doing?</source>
        <translation>Was haben Sie gera&amp;de getan?</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Speicherort für den Bericht wählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::HistoryPage</name>
    <message>
        <source>Past checks</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Open a past check, or select two (hold Ctrl) to compare them — for example the office network against a phone hotspot.</source>
        <translation>Öffnen Sie eine frühere Prüfung oder wählen Sie zwei (Strg gedrückt halten), um sie zu vergleichen – etwa das Büronetz mit einem Handy-Hotspot.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Who should act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>No checks yet. Results appear here after each diagnosis.</source>
        <translation>Noch keine Prüfungen. Ergebnisse erscheinen hier nach jeder Diagnose.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected check</source>
        <translation>Die ausgewählte Prüfung öffnen</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>Die beiden ausgewählten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected checks</source>
        <translation>Die beiden ausgewählten Prüfungen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Single check</source>
        <translation>Einzelprüfung</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::MainWindow</name>
    <message>
        <source>Gatecheck</source>
        <translation>Gatecheck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Past checks</source>
        <translation>&amp;Frühere Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Watch until it works</source>
        <translation>&amp;Beobachten, bis es geht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>F&amp;lush DNS cache…</source>
        <translation>DNS-Cache &amp;leeren …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatecheck</source>
        <translation>&amp;Über Gatecheck</translation>
    </message>
    <message>
        <source>About Gatecheck</source>
        <translation>Über Gatecheck</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gatecheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds out why a cloud app shows “502 Bad Gateway”, and who has to act.&lt;/p&gt;&lt;p&gt;Gatecheck sends nothing anywhere except the checks you start.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gatecheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Findet heraus, warum eine Cloud-Anwendung „502 Bad Gateway“ zeigt und wer handeln muss.&lt;/p&gt;&lt;p&gt;Gatecheck sendet nichts außer den Prüfungen, die Sie starten.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <source>Checked at %1: %2 answered normally. You can carry on.</source>
        <translation>Geprüft um %1: %2 hat normal geantwortet. Sie können weitermachen.</translation>
    </message>
    <message>
        <source>%1 answered normally, so there is nothing to wait for. Watching stopped.</source>
        <translation>%1 hat normal geantwortet, es gibt also nichts abzuwarten. Beobachtung beendet.</translation>
    </message>
    <message>
        <source>That check could not be read from the history.</source>
        <translation>Diese Prüfung konnte nicht aus dem Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>The public certificate list could not be read (%1); encryption checks may be incomplete.</source>
        <translation>Die Liste öffentlicher Zertifikate konnte nicht gelesen werden (%1); die Verschlüsselungsprüfung ist womöglich unvollständig.</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was saved.</source>
        <translation>Die Prüfung wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>One of the two checks could not be read from the history.</source>
        <translation>Eine der beiden Prüfungen konnte nicht aus dem Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>The new language is used the next time Gatecheck starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Gatecheck.</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::MessageBar</name>
    <message>
        <source>Good news:</source>
        <translation>Gute Nachricht:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Art der Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Text der Meldung</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Aktion zur Meldung</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Blendet diese Meldung aus</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::PathsTab</name>
    <message>
        <source>The same address fetched every way this computer can reach it. If only the browser&apos;s path fails, something on the way (proxy, filter) is the cause.</source>
        <translation>Dieselbe Adresse auf jedem Weg abgerufen, den dieser Computer hat. Scheitert nur der Weg des Browsers, liegt die Ursache unterwegs (Proxy, Filter).</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Wer geantwortet hat</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Wege</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::RawJsonTab</name>
    <message>
        <source>Raw evidence as JSON</source>
        <translation>Rohdaten als JSON</translation>
    </message>
    <message>
        <source>Cop&amp;y JSON</source>
        <translation>JSON kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the evidence JSON</source>
        <translation>Die Rohdaten als JSON kopieren</translation>
    </message>
    <message>
        <source>Puts the raw evidence on the clipboard</source>
        <translation>Legt die Rohdaten in die Zwischenablage</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::RecoveryNotifier</name>
    <message>
        <source>Gatecheck</source>
        <translation>Gatecheck</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::ResultActions</name>
    <message>
        <source>A summary is on the clipboard. Paste it into your email or support ticket.</source>
        <translation>Eine Zusammenfassung liegt in der Zwischenablage. Fügen Sie sie in Ihre E-Mail oder Ihr Support-Ticket ein.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>No browser could be opened. The status page is at %1</source>
        <translation>Es ließ sich kein Browser öffnen. Die Statusseite ist unter %1</translation>
    </message>
    <message>
        <source>Restarting the computer clears the DNS cache too.</source>
        <translation>Ein Neustart des Computers leert den DNS-Cache ebenfalls.</translation>
    </message>
    <message>
        <source>Your computer will now ask for an administrator password. That request comes from the system, not from a website; if you do not have the password, ask IT to do this step.</source>
        <translation>Ihr Computer fragt jetzt nach einem Administratorkennwort. Diese Abfrage kommt vom System, nicht von einer Website; wenn Sie das Kennwort nicht haben, bitten Sie die IT um diesen Schritt.</translation>
    </message>
    <message>
        <source>Clear the DNS cache now?</source>
        <translation>DNS-Cache jetzt leeren?</translation>
    </message>
    <message>
        <source>Flush DNS cache</source>
        <translation>DNS-Cache leeren</translation>
    </message>
    <message>
        <source>Clearing the DNS cache…</source>
        <translation>DNS-Cache wird geleert …</translation>
    </message>
    <message>
        <source>The DNS cache was not cleared: %1</source>
        <translation>Der DNS-Cache wurde nicht geleert: %1</translation>
    </message>
    <message>
        <source>The DNS cache was cleared.</source>
        <translation>Der DNS-Cache wurde geleert.</translation>
    </message>
    <message>
        <source>Before: %1. After: %2.</source>
        <translation>Vorher: %1. Nachher: %2.</translation>
    </message>
    <message>
        <source>Browsers keep their own cache for about a minute; run the check again to compare.</source>
        <translation>Browser behalten etwa eine Minute lang einen eigenen Cache; prüfen Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Run the check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::ResultPage</name>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checks everything once more now</source>
        <translation>Prüft jetzt alles noch einmal</translation>
    </message>
    <message>
        <source>&amp;Watch until it works</source>
        <translation>&amp;Beobachten, bis es geht</translation>
    </message>
    <message>
        <source>Watch until it works</source>
        <translation>Beobachten, bis es geht</translation>
    </message>
    <message>
        <source>Checks again every few minutes and tells you when it works</source>
        <translation>Prüft alle paar Minuten erneut und meldet, sobald es geht</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Saves a report for IT or the vendor&apos;s support (PDF, web page, text, JSON)</source>
        <translation>Speichert einen Bericht für die IT oder den Support des Anbieters (PDF, Webseite, Text, JSON)</translation>
    </message>
    <message>
        <source>C&amp;opy summary</source>
        <translation>Zusammenfassung k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copies a short text for a support ticket</source>
        <translation>Kopiert einen kurzen Text für ein Support-Ticket</translation>
    </message>
    <message>
        <source>F&amp;lush DNS cache…</source>
        <translation>DNS-Cache &amp;leeren …</translation>
    </message>
    <message>
        <source>Flush DNS cache</source>
        <translation>DNS-Cache leeren</translation>
    </message>
    <message>
        <source>Makes this computer forget stored addresses; explains first</source>
        <translation>Lässt diesen Computer gespeicherte Adressen vergessen; erklärt vorher, was passiert</translation>
    </message>
    <message>
        <source>Open &amp;status page</source>
        <translation>&amp;Statusseite öffnen</translation>
    </message>
    <message>
        <source>Open the vendor&apos;s status page</source>
        <translation>Statusseite des Anbieters öffnen</translation>
    </message>
    <message>
        <source>Opens the vendor&apos;s status page in your browser</source>
        <translation>Öffnet die Statusseite des Anbieters in Ihrem Browser</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Details for &amp;IT</source>
        <translation>Details für die &amp;IT</translation>
    </message>
    <message>
        <source>Details for IT</source>
        <translation>Details für die IT</translation>
    </message>
    <message>
        <source>Shows or hides the measurements behind the verdict</source>
        <translation>Zeigt oder verbirgt die Messungen hinter dem Ergebnis</translation>
    </message>
    <message>
        <source>Open the %1 &amp;status page</source>
        <translation>&amp;Statusseite von %1 öffnen</translation>
    </message>
    <message>
        <source>Open the status page of %1</source>
        <translation>Statusseite von %1 öffnen</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::RunChecklist</name>
    <message>
        <source>Each way of reaching the service is tested at the same time. This takes up to half a minute; you can keep working meanwhile.</source>
        <translation>Alle Wege zum Dienst werden gleichzeitig geprüft. Das dauert bis zu einer halben Minute; Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Every check and how far it has got</source>
        <translation>Jede Prüfung und wie weit sie ist</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <source>Stops now; what was measured so far is kept</source>
        <translation>Hält sofort an; bisherige Messungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 von %2 Prüfungen fertig</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>DNS servers to compare with</source>
        <translation>DNS-Server zum Vergleich</translation>
    </message>
    <message>
        <source>Alternate DNS servers</source>
        <translation>Alternative DNS-Server</translation>
    </message>
    <message>
        <source>One address per line, like 1.1.1.1 or 9.9.9.9:53</source>
        <translation>Eine Adresse pro Zeile, z. B. 1.1.1.1 oder 9.9.9.9:53</translation>
    </message>
    <message>
        <source>&amp;Alternate DNS servers
(one per line):</source>
        <translation>&amp;Alternative DNS-Server
(einer pro Zeile):</translation>
    </message>
    <message>
        <source>Leave empty to skip</source>
        <translation>Leer lassen zum Überspringen</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS address</source>
        <translation>DNS-over-HTTPS-Adresse</translation>
    </message>
    <message>
        <source>An https:// address of an encrypted DNS service</source>
        <translation>Eine https://-Adresse eines verschlüsselten DNS-Dienstes</translation>
    </message>
    <message>
        <source>&amp;Encrypted DNS (DNS-over-HTTPS):</source>
        <translation>&amp;Verschlüsseltes DNS (DNS-over-HTTPS):</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time allowed for each single check, in seconds</source>
        <translation>Erlaubte Zeit für jede einzelne Prüfung, in Sekunden</translation>
    </message>
    <message>
        <source>Wait for each &amp;check up to:</source>
        <translation>Auf jede &amp;Prüfung höchstens warten:</translation>
    </message>
    <message>
        <source>Time allowed for the whole diagnosis, in seconds</source>
        <translation>Erlaubte Zeit für die ganze Diagnose, in Sekunden</translation>
    </message>
    <message>
        <source>Stop the &amp;whole diagnosis after:</source>
        <translation>Die &amp;ganze Diagnose beenden nach:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between checks in watch mode</source>
        <translation>Minuten zwischen den Prüfungen beim Beobachten</translation>
    </message>
    <message>
        <source>When watching, check e&amp;very:</source>
        <translation>Beim Beobachten prüfen &amp;alle:</translation>
    </message>
    <message>
        <source>Language and reports</source>
        <translation>Sprache und Berichte</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Gatecheck starts next time</source>
        <translation>Gilt ab dem nächsten Start von Gatecheck</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprache (nach Neustart):</translation>
    </message>
    <message>
        <source>&amp;Hide personal details in reports by default</source>
        <translation>Persönliche Daten in Berichten standardmäßig aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide personal details in reports by default</source>
        <translation>Persönliche Daten in Berichten standardmäßig ausblenden</translation>
    </message>
    <message>
        <source>Removes cookies, tokens and user names from exported reports</source>
        <translation>Entfernt Cookies, Token und Benutzernamen aus exportierten Berichten</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>The whole diagnosis needs at least as long as one check.</source>
        <translation>Die ganze Diagnose braucht mindestens so lange wie eine einzelne Prüfung.</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::StartPage</name>
    <message>
        <source>Is it them, or is it us?</source>
        <translation>Liegt es am Anbieter – oder an uns?</translation>
    </message>
    <message>
        <source>When your accounting app shows “502 Bad Gateway” or a similar error, Gatecheck tests every way this computer reaches it and tells you who has to act.</source>
        <translation>Wenn Ihre Buchhaltungssoftware „502 Bad Gateway“ oder einen ähnlichen Fehler zeigt, prüft Gatecheck jeden Weg, auf dem dieser Computer sie erreicht, und sagt Ihnen, wer handeln muss.</translation>
    </message>
    <message>
        <source>Another address (paste it below)</source>
        <translation>Eine andere Adresse (unten einfügen)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>The cloud app that shows the error</source>
        <translation>Die Cloud-Anwendung, die den Fehler zeigt</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Optional: paste the address that showed the error</source>
        <translation>Optional: Adresse einfügen, die den Fehler zeigte</translation>
    </message>
    <message>
        <source>Address that showed the error</source>
        <translation>Adresse, die den Fehler zeigte</translation>
    </message>
    <message>
        <source>Optional. Paste the web address from the browser; the matching service is picked for you.</source>
        <translation>Optional. Fügen Sie die Webadresse aus dem Browser ein; der passende Dienst wird automatisch gewählt.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Not sure / something else</source>
        <translation>Weiß nicht / etwas anderes</translation>
    </message>
    <message>
        <source>Running payroll</source>
        <translation>Lohnabrechnung</translation>
    </message>
    <message>
        <source>Bank feeds or reconciling</source>
        <translation>Bankfeeds oder Abstimmung</translation>
    </message>
    <message>
        <source>Running reports</source>
        <translation>Berichte erstellen</translation>
    </message>
    <message>
        <source>Invoicing or bills</source>
        <translation>Rechnungen schreiben oder erfassen</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>What were you doing</source>
        <translation>Was Sie gerade getan haben</translation>
    </message>
    <message>
        <source>Optional. Helps match the vendor&apos;s status page to your task.</source>
        <translation>Optional. Hilft, die Statusseite des Anbieters Ihrer Aufgabe zuzuordnen.</translation>
    </message>
    <message>
        <source>&amp;What were you doing?</source>
        <translation>&amp;Was haben Sie gerade getan?</translation>
    </message>
    <message>
        <source>Problem with your entry</source>
        <translation>Problem mit Ihrer Eingabe</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnose starten</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose starten</translation>
    </message>
    <message>
        <source>Starts the checks. Takes up to half a minute.</source>
        <translation>Startet die Prüfungen. Dauert bis zu einer halben Minute.</translation>
    </message>
    <message>
        <source>&amp;Past checks</source>
        <translation>&amp;Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Past checks</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Shows earlier results and lets you compare two</source>
        <translation>Zeigt frühere Ergebnisse und lässt zwei vergleichen</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Copy it from the browser&apos;s address bar, e.g. https://go.xero.com/app/…</source>
        <translation>„%1“ ist keine Webadresse. Kopieren Sie sie aus der Adressleiste des Browsers, z. B. https://go.xero.com/app/…</translation>
    </message>
    <message>
        <source>Paste the address that shows the error, or pick a service from the list.</source>
        <translation>Fügen Sie die Adresse ein, die den Fehler zeigt, oder wählen Sie einen Dienst aus der Liste.</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::TimelineChart</name>
    <message>
        <source>Timeline of response times</source>
        <translation>Verlauf der Antwortzeiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>Error answer (5xx) ▲</source>
        <translation>Fehlerantwort (5xx) ▲</translation>
    </message>
    <message>
        <source>No answer ■</source>
        <translation>Keine Antwort ■</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) plotted; last check at %1: %2</source>
        <translation>
            <numerusform>%n Messung eingetragen; letzte Prüfung um %1: %2</numerusform>
            <numerusform>%n Messungen eingetragen; letzte Prüfung um %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>gestört</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::TlsTab</name>
    <message>
        <source>The certificates the server sent, checked against this computer&apos;s trusted roots and against the public ones. Trusted here but not publicly means something on the way is decrypting the connection.</source>
        <translation>Die Zertifikate des Servers, geprüft gegen die vertrauenswürdigen Stammzertifikate dieses Computers und gegen die öffentlichen. Hier vertraut, öffentlich aber nicht, heißt: Unterwegs entschlüsselt jemand die Verbindung.</translation>
    </message>
    <message>
        <source>Connection / certificate</source>
        <translation>Verbindung / Zertifikat</translation>
    </message>
    <message>
        <source>Verdict / issuer</source>
        <translation>Ergebnis / Aussteller</translation>
    </message>
    <message>
        <source>Certificate chains</source>
        <translation>Zertifikatsketten</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>No encrypted connection was made</source>
        <translation>Es wurde keine verschlüsselte Verbindung aufgebaut</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Certificate Transparency proof embedded: %1</source>
        <translation>Certificate-Transparency-Nachweis eingebettet: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::UnavailableDnsFlusher</name>
    <message>
        <source>Clearing the DNS cache is not available in this version of Gatecheck.</source>
        <translation>Das Leeren des DNS-Caches ist in dieser Version von Gatecheck nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::VerdictCard</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verdict icon</source>
        <translation>Symbol des Ergebnisses</translation>
    </message>
    <message>
        <source>Kind of result</source>
        <translation>Art des Ergebnisses</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Who should act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>What that means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Why step %1</source>
        <translation>Warum Schritt %1</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::WatchPage</name>
    <message>
        <source>Watch state icon</source>
        <translation>Symbol des Beobachtungsstands</translation>
    </message>
    <message>
        <source>Watch state</source>
        <translation>Beobachtungsstand</translation>
    </message>
    <message>
        <source>Check &amp;every</source>
        <translation>&amp;Prüfen alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation>Minuten zwischen den Prüfungen</translation>
    </message>
    <message>
        <source>Starts or stops checking again and again</source>
        <translation>Startet oder beendet das wiederholte Prüfen</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>&amp;Back to the result</source>
        <translation>&amp;Zurück zum Ergebnis</translation>
    </message>
    <message>
        <source>Back to the result</source>
        <translation>Zurück zum Ergebnis</translation>
    </message>
    <message>
        <source>Dots on the lines are good answers. ▲ means the service answered with an error (like 502), ■ means no answer at all.</source>
        <translation>Punkte auf den Linien sind gute Antworten. ▲ heißt, der Dienst hat mit einem Fehler geantwortet (etwa 502), ■ heißt, es kam gar keine Antwort.</translation>
    </message>
    <message>
        <source>Watching %1 until it works again</source>
        <translation>%1 wird beobachtet, bis es wieder funktioniert</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>Beobachten &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>Beobachten &amp;starten</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Beobachten beenden</translation>
    </message>
    <message>
        <source>Start watching</source>
        <translation>Beobachten starten</translation>
    </message>
    <message>
        <source>%1 works again since %2.</source>
        <translation>%1 funktioniert wieder seit %2.</translation>
    </message>
    <message>
        <source>Working at %1.</source>
        <translation>Funktioniert um %1.</translation>
    </message>
    <message>
        <source>Still failing at %1: %2</source>
        <translation>Um %1 immer noch gestört: %2</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>Noch keine Prüfungen.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Prüft gerade …</translation>
    </message>
    <message>
        <source>Next check in %1:%2</source>
        <translation>Nächste Prüfung in %1:%2</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Keine Beobachtung.</translation>
    </message>
</context>
</TS>
