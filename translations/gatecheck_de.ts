<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>The alternate DNS server "%1" in Settings was skipped: %2</source>
        <translation>Der alternative DNS-Server „%1“ aus den Einstellungen wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>"%1" is not a DNS server address (like 1.1.1.1 or 9.9.9.9:53): %2</source>
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
    <name>CertificateInspector</name>
    <message>
        <source>The server sent no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate cannot be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate check could not be set up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>What %1's status page says</source>
        <translation>Was die Statusseite von %1 meldet</translation>
    </message>
    <message>
        <source>Finding %1's servers (this computer's DNS)</source>
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
        <source>Looking at this computer's network settings</source>
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
    <name>ClockRule</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>This computer's clock is wrong by %1 - that breaks secure connections to %2</source>
        <translation>Die Uhr dieses Computers geht um %1 falsch – das stört sichere Verbindungen zu %2</translation>
    </message>
    <message>
        <source>This computer's clock is %1 %2</source>
        <translation>Die Uhr dieses Computers geht %1 %2</translation>
    </message>
    <message>
        <source>This computer's clock is about %1 %2 of the time the servers report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Because of that, %1's certificate looks %2 to this computer, so secure connections fail (browsers say "Your clock is ahead/behind" or NET::ERR_CERT_DATE_INVALID).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secure connections still work, but sign-in sessions and one-time codes can fail with a clock this far off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the date and time automatically: Windows: Settings &gt; Time &amp; language &gt; Date &amp; time &gt; "Set time automatically"; Mac: System Settings &gt; General &gt; Date &amp; Time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the time zone is right too, then try %1 again.</source>
        <translation>Prüfen Sie auch die Zeitzone und versuchen Sie es dann erneut mit %1.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>a filter or security product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the certificate for %2 was issued by %3, not by a public certificate authority: %4 on that network or computer opens and inspects encrypted traffic. On %5 it was issued by %6, as expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate for %1 came from %2 on %3 and from %4 on %5; both are public authorities, so this alone is no fault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not look up %1 at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered %1 with %2, which is not what public resolvers give (%3) and did not accept connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 this computer's DNS %2: a stale or wrong DNS entry. On %3 it answered %4, %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and that address worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching the public resolvers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's DNS answered %1 with %2 on %3 and %4 on %5. Big services hand out different addresses, so this alone is no fault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's status page said “%2” at the time of %3 and “%4” at the time of %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keiner</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the browser's traffic goes through the proxy %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 it connects directly, with no proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the traffic runs through the VPN %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 no VPN carries it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>captive portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the network showed a %2 (a Wi-Fi sign-in page) instead of the internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 there was none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the hosts file pins %2, whatever DNS says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 it pins nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 these browser extensions can change requests: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 there are none that can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra root certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the computer trusts non-public root certificates (%2), as inspection products install.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 it trusts only public ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished">Uhr</translation>
    </message>
    <message>
        <source>On %1 the computer's clock was %2, enough to break secure connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 it was right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (answered by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser's route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser's route got %1 on %2 and %3 on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A direct connection (no proxy) got %1 on %2 and %3 on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page took %1 on %2 and %3 on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <source>Gatecheck concluded “%1” on %2 and “%3” on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished">Netzwerk</translation>
    </message>
    <message>
        <source>The runs were made on different networks: %1 on %2, %3 on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two runs found the same: no difference that matters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The difference that most likely explains the problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runs differ, but none of the differences clearly explains a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (incident “%1”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unnamed run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing “%1” (%2) with “%3” (%4)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not diagnosed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Differences, most telling first:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (explains the problem)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>"%1": history:ID needs a run number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compares two runs - office Wi-Fi and a phone hotspot, before and after flushing DNS, this PC and a
colleague's - and lists what differs, the differences that explain a problem first.
A run is a saved report (.json) or history:ID from the history.
Exit status: 0 no differences, 1 differences found, 2 usage error or unreadable input, 3 internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A.json|history:ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The second run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B.json|history:ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name for the first run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name for the second run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History database for history:ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compare takes exactly two runs (try --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (B)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectivityRules</name>
    <message>
        <source>This network wants you to sign in (a Wi-Fi login page) before you can reach %1</source>
        <translation>Dieses Netzwerk verlangt eine Anmeldung (eine WLAN-Anmeldeseite), bevor Sie %1 erreichen können</translation>
    </message>
    <message>
        <source>This network - typical of hotels, cafés, airports and guest Wi-Fi - sends every web request to its own sign-in page until you accept its terms or sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests for %1 were sent to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until then nothing, %1 included, works normally.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a new browser tab and go to http://neverssl.com - the network's sign-in page should appear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the terms or sign in, then try %1 again.</source>
        <translation>Akzeptieren Sie die Bedingungen oder melden Sie sich an und versuchen Sie es dann erneut mit %1.</translation>
    </message>
    <message>
        <source>This computer cannot reach the internet - not just %1</source>
        <translation>Dieser Computer erreicht das Internet nicht – nicht nur %1</translation>
    </message>
    <message>
        <source>Nothing Gatecheck tried got an answer: not %1, not its status page, and not the public DNS servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Even looking up names fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections to every address tried failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>So the problem is this computer's connection to the internet, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that Wi-Fi is connected or the network cable is plugged in, and try another website.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart your router (unplug it for 30 seconds).</source>
        <translation>Starten Sie Ihren Router neu (30 Sekunden vom Strom trennen).</translation>
    </message>
    <message>
        <source>If nothing loads, call your internet provider; in an office, tell your IT team.</source>
        <translation>Wenn nichts lädt, rufen Sie Ihren Internetanbieter an; im Büro informieren Sie Ihre IT.</translation>
    </message>
    <message>
        <source>%1's status page loads and reports no problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers through another route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A firewall is blocking %1 while %1 itself is up - this is for your IT team</source>
        <translation>Eine Firewall blockiert %1, obwohl %1 selbst läuft – das ist Sache Ihrer IT</translation>
    </message>
    <message>
        <source>actively refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut off (reset)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silently dropped (no answer in time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections from this computer to %1's servers (%2, secure web port 443) are %3, yet %4. A firewall - on your network, or the one in this computer's security software - is stopping them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this report to your IT team and ask them to allow secure web traffic (TCP port 443) to %1.</source>
        <translation>Senden Sie diesen Bericht an Ihre IT und bitten Sie, sicheren Webverkehr (TCP-Port 443) zu %1 zu erlauben.</translation>
    </message>
    <message>
        <source>No IT team? Check the firewall settings of your security software, and try %1 from another network (such as your phone's hotspot) to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fails over IPv6 on this network - ask your internet provider or IT</source>
        <translation>%1 funktioniert in diesem Netzwerk nicht über IPv6 – fragen Sie Ihren Internetanbieter oder Ihre IT</translation>
    </message>
    <message>
        <source>%1 has IPv6 addresses and this network offers IPv6, but connections over IPv6 fail (%2) while IPv4 works. Browsers fall back to IPv4 only after a delay, which shows up as slow loading, time-outs or errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell your internet provider (or IT team) that IPv6 connections fail from this network, with this report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As a stop-gap, IT can turn IPv6 off on this computer's network adapter or the router.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Measures every way this computer can reach a cloud service - DNS from the system and from
alternate resolvers and DNS-over-HTTPS, HTTP(S) through the browser's proxy, directly, pinned
to other addresses, over IPv4 and IPv6, the TLS chain - plus the vendor's status page, and
prints the evidence. Exit status: 0 no problem found, 1 a problem found, 2 usage error,
3 internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor profile: an id (xero, quickbooks, ...) or a JSON file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL that shows the error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternate DNS server to compare with the system's (repeatable; default 1.1.1.1, 8.8.8.8, 9.9.9.9).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP[:PORT]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS-over-HTTPS endpoint (repeatable; default https://1.1.1.1/dns-query).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statuspage summary URL (…/api/v2/summary.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM bundle of publicly trusted roots (default: the bundled set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM bundle trusted as if it were in the OS store (a private CA, or a test rig).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall deadline in seconds (default 25).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline of each single probe in seconds (default 8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--url needs an http:// or https:// URL with a host, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status-url is not a valid URL: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what to diagnose: --url URL or --profile NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--doh needs an https:// URL, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes a number of seconds from 0 to 600</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--probe-timeout takes a number of seconds from 0 to 600</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DnsFlush</name>
    <message>
        <source>Browsers keep their own DNS cache, which flushing the computer's cache does not clear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chrome, Edge, Brave: open chrome://net-internals/#dns (in Edge edge://net-internals/#dns) and press "Clear host cache", then on the "Sockets" page press "Flush socket pools".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox: open about:networking#dns and press "Clear DNS Cache".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or quit the browser completely (on Windows check it is not still running in the background) and start it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries cached, %2 hits, %3 misses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd-resolved needs an administrator's approval, which was not given (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FlushCaches failed (%1) and resolvectl flush-caches did not succeed either</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nscd refused to invalidate its hosts cache — this needs administrator rights (run: sudo nscd -i hosts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dnsmasq runs as another user; flushing it needs administrator rights (run: sudo gatecheck-cli flush-dns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unbound-control could not reach unbound (its remote control must be enabled, and it needs administrator rights)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a local DNS server (%1) answers this computer's lookups; Gatecheck does not know how to flush it — restarting it clears its cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no systemd-resolved, nscd or local DNS server, and no nameserver in /etc/resolv.conf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no systemd-resolved, nscd or local caching DNS server: /etc/resolv.conf sends lookups straight to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the administrator prompt did not complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the administrator prompt was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DNS Client service did not flush its cache (is the "DNS Client" service running?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flushed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was flushed: the administrator approval was declined or not given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS cache could not be flushed (see the steps for why).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer keeps no DNS cache that could be flushed: every lookup goes to the configured DNS servers directly, so there is nothing stale to clear here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n name(s) now resolve differently than before the flush.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The names could not be resolved, before or after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The names checked resolve the same as before.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <source>The DNS server says %1 does not exist (NXDOMAIN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server failed to resolve %1 (SERVFAIL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server refused to answer for %1 (REFUSED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server answered %1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot build a DNS query for "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply is %1 bytes, shorter than a DNS header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply is %1 bytes, larger than any DNS message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply is not a DNS response (QR bit clear)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply is not a standard query response (opcode %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply carries %1 questions instead of one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question in the reply cannot be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply answers a question about "%1", not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question in the reply is cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply answers a question for record type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer section cannot be decoded (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer was recorded for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists but has no IPv4 or IPv6 address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DnsResolutionRules</name>
    <message>
        <source>the one set on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"no such name"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a server failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing answers there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it answers with a server error there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a different server answers there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not work there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flush this computer's DNS cache (Gatecheck's "Flush DNS" button does it; by hand: Windows "ipconfig /flushdns" in an administrator Command Prompt; Mac "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder"; Linux "resolvectl flush-caches").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Chrome or Edge, also clear the browser's own cache of addresses at chrome://net-internals/#dns ("Clear host cache"), then reload %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still wrong? Restart your router (unplug it for 30 seconds).</source>
        <translation>Immer noch falsch? Starten Sie Ihren Router neu (30 Sekunden vom Strom trennen).</translation>
    </message>
    <message>
        <source>If it comes back, ask your IT team or internet provider to fix their DNS server; until then, this computer can use 1.1.1.1 or 8.8.8.8 as its DNS server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your network's DNS server cannot find %1 (%2) - this is for your IT team or internet provider</source>
        <translation>Der DNS-Server Ihres Netzwerks findet %1 nicht (%2) – das ist Sache Ihrer IT oder Ihres Internetanbieters</translation>
    </message>
    <message>
        <source>So %1 exists and has an address; the DNS server this computer uses (%2) is what fails. Without a working address, the browser cannot reach %1 at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected names: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When this computer asks its DNS server for %1, it gets %2. Another DNS server (%3) answers %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer is using an out-of-date address for %1 - flushing the DNS cache should fix it</source>
        <translation>Dieser Computer verwendet eine veraltete Adresse für %1 – das Leeren des DNS-Zwischenspeichers sollte helfen</translation>
    </message>
    <message>
        <source>This computer looks up %1 as %2, but %3 when Gatecheck connects to it. Another DNS server (%4) gives %5, where %6 answers normally with its proper certificate. So the address this computer has is stale - kept in this computer's DNS cache, in your router, or in your network's DNS server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DnsTamperingRules</name>
    <message>
        <source>Your DNS server makes up addresses for names that do not exist</source>
        <translation>Ihr DNS-Server erfindet Adressen für Namen, die es nicht gibt</translation>
    </message>
    <message>
        <source>Asked for %1, a name that cannot exist, the DNS server (%2) answered %3 instead of "no such name". Some internet providers do this to show search or advert pages; it also means that server's answers cannot be taken at face value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask your internet provider to turn off "DNS error redirection" (or "NXDOMAIN redirection"), or have your IT team use a different DNS server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's hosts file sends %1 (%2) to a fixed address (%3)</source>
        <translation>Die hosts-Datei dieses Computers schickt %1 (%2) an eine feste Adresse (%3)</translation>
    </message>
    <message>
        <source>The file %1 has a line that pins %2 to %3. This computer then never asks DNS for %2, so when %4 moves its servers - which it does - this computer keeps going to the old place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here %1 does not work through that address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the line "%1 %2" from %3 (it needs administrator rights - your IT team can do it), then flush the DNS cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your network redirects DNS lookups and gives a wrong answer for %1 - this is for your IT team</source>
        <translation>Ihr Netzwerk leitet DNS-Anfragen um und gibt für %1 eine falsche Antwort – das ist Sache Ihrer IT</translation>
    </message>
    <message>
        <source>Gatecheck asked public DNS servers (%1) directly for %2, on the usual DNS port 53, and got the same answer as this computer's own DNS server (%3) - public servers would not. Asked over an encrypted connection that a network cannot redirect (DNS-over-HTTPS, %4), the answer is %5, and %6 works there. So a router or firewall on your network catches DNS questions and answers them itself - wrongly for %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this report to your IT team: DNS for %1 is redirected and answered wrongly (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask them to check DNS filtering or redirection on the router or firewall for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your network's DNS gives a wrong address for %1 - this is for your IT team</source>
        <translation>Das DNS Ihres Netzwerks liefert eine falsche Adresse für %1 – das ist Sache Ihrer IT</translation>
    </message>
    <message>
        <source>a private address (%1) that cannot belong to %2 - typical of a DNS filter blocking a name or a stale internal entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, where a different server answers - not %2 (its certificate is for another name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's DNS server answers %1 with %2. Another DNS server (%3) gives %4, where %5 can be reached. Something on your network - a DNS filter, the router, or the DNS server itself - changes this answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this report to your IT team and ask them to check the DNS server's or filter's entry for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until it is fixed, %1 may work from another network (for example your phone's hotspot).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a plain-HTTP check to %1 was redirected (HTTP %2) to %3 — a sign-in page (captive portal) or a filter is intercepting web traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unnamed place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered as expected (HTTP %2): no captive portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 bytes%4 instead of its usual answer — something on the network substituted the content (a captive portal or a filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (page "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extension %1 has no manifest on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 profile "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 profile "%2": %n extension(s) listed without files on disk</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>automatic, no configuration URL: WPAD discovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic configuration from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manual mode, but no proxy for %1 is filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the listed hosts use the proxy (reversed exceptions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KDE takes the proxy from environment variables (see the "env" entry)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown ProxyType %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the service's address could not be looked up within %1 ms; the route its traffic takes is unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be resolved here, so the route to it is unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n further proxy configuration URL(s) were not evaluated</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>fetched %1 bytes and ran FindProxyForURL for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetched %1 bytes, but the script gave no answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network interfaces and DNS settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted root certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy auto-configuration script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the captive-portal check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not finished in time (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy this computer's system settings give for %1 — what Gatecheck's "as the browser" path uses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can send the browser's traffic through a proxy of its choosing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can route the browser's traffic through its own VPN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can intercept and change any request through the browser's debugging interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can block, redirect or change requests to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can block, redirect or rewrite requests to %1 by rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can block requests by its own rules (blocking needs no access to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can watch requests to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>talks to a program installed on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can change the browser's network privacy settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can resolve names itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>can change the pages of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switched off, so it has no effect now; when on it %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be what it should be (%2 bytes, at most %3 expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 bytes; not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox is set to "No proxy" and ignores the system's proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox has its own manual proxy, whatever the system says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox uses its own automatic proxy configuration URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox auto-detects proxy settings (WPAD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox follows the system proxy settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS over HTTPS first, system DNS as fallback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS over HTTPS only (the system resolver and hosts file are bypassed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS over HTTPS switched off by the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>firefox profile "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>firefox profile "%1": extensions.json has no add-on list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>firefox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unrecognised scutil output: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic proxy configuration %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto proxy discovery (WPAD) is on — Qt-based programs ignore it, Safari and Chrome use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 proxy %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PAC helper functions did not load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script does not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script defines no FindProxyForURL function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FindProxyForURL failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FindProxyForURL returned no text (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script did not answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no proxy configuration URL to fetch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not an http, https or file URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: larger than %2 bytes, not a proxy configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GNOME proxy settings could not be read (gsettings missing or not answering)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolv.conf points at systemd-resolved's local stub, but its upstream servers could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no system certificate store found in the usual places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system proxy settings could not be read (scutil --proxy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DNS configuration could not be read (scutil --dns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Internet Options proxy settings could not be read (error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the machine-wide WinHTTP proxy could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the network adapters could not be listed; using Qt's view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no variable applies to %1 URLs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy variable for %1 is not a usable proxy address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy address contains a user name and password (not shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the upper-case %1 is set: curl and many tools use it, Qt-based programs and Chrome without a desktop do not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: more than %2 certificate files, the rest not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Automatically detect settings" is on (WPAD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setup script %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy server %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a proxy server is filled in but switched off (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-wide WinHTTP proxy: direct access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-wide WinHTTP proxy %1 (used by Windows services and some programs, not by browsers)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnvironmentCommand</name>
    <message>
        <source>Prints what this computer contributes to the way it reaches a cloud service: proxy settings
(system, environment, desktop, Firefox, PAC/WPAD evaluated for the service), network interfaces
and VPNs with the route the service's traffic takes, browser extensions that can alter or block
requests, trusted roots that are not public (TLS inspection), DNS settings and hosts-file
entries. Reads local settings only; a PAC file is fetched when one is configured, and a
captive-portal check is sent only with --captive-url.
Exit status: 0 collected, 2 usage error, 3 nothing could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor profile: an id (xero, quickbooks, ...) or a JSON file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain-HTTP connectivity-check URL for the captive-portal check (e.g. http://connectivitycheck.gstatic.com/generate_204).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline in seconds (default 15).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --url or --profile, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--url needs an http:// or https:// URL with a host, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--captive-url needs a plain http:// URL, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes a number of seconds from 0 to 600</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for the service: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished">Proxy %1</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bypass: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VPN/tunnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VPN: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full tunnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split tunnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carries the service's traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default route</source>
        <translation type="unfinished">Standardroute</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>servers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd-resolved stub in use; upstream servers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts file: no entries for the service's names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts file pins %1 to %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser DNS-over-HTTPS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser extensions (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted roots that are not publicly trusted (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Captive portal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Captive portal: not checked%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (no check URL configured)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock: %1 s off the servers' clocks (%2 servers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock: not checked (it is read from the Date headers of the servers a diagnosis contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before: %1; after: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System resolver, before and after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after:  %1</source>
        <translation type="unfinished" />
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
        <source>The browser's path</source>
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
        <source>Mode</source>
        <translation>Modus</translation>
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
        <source>No network interfaces were reported.</source>
        <translation>Es wurden keine Netzwerkschnittstellen gemeldet.</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>Standardroute</translation>
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
        <source>Off by %1 s — certificates can fail</source>
        <translation>Weicht %1 s ab – Zertifikate können scheitern</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
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
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What Gatecheck's browser path used</source>
        <translation>Was der Browser-Weg von Gatecheck verwendet hat</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Windows Internet Options</source>
        <translation>Windows-Internetoptionen</translation>
    </message>
    <message>
        <source>Windows machine-wide (WinHTTP)</source>
        <translation>Windows, systemweit (WinHTTP)</translation>
    </message>
    <message>
        <source>macOS network settings</source>
        <translation>macOS-Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Desktop settings (%1)</source>
        <translation>Desktop-Einstellungen (%1)</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Proxy script (PAC) result</source>
        <translation>Ergebnis des Proxy-Skripts (PAC)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Fixed proxy</source>
        <translation>Fester Proxy</translation>
    </message>
    <message>
        <source>Proxy script (PAC)</source>
        <translation>Proxy-Skript (PAC)</translation>
    </message>
    <message>
        <source>Detect automatically (WPAD)</source>
        <translation>Automatisch erkennen (WPAD)</translation>
    </message>
    <message>
        <source>Follows the system</source>
        <translation>Folgt dem System</translation>
    </message>
    <message>
        <source>Where it is set</source>
        <translation>Wo eingestellt</translation>
    </message>
    <message>
        <source>Proxy or script</source>
        <translation>Proxy oder Skript</translation>
    </message>
    <message>
        <source>Network connections, VPN and tunnels</source>
        <translation>Netzwerkverbindungen, VPN und Tunnel</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Carries traffic to the service</source>
        <translation>Leitet Verkehr zum Dienst</translation>
    </message>
    <message>
        <source>unnamed tunnel</source>
        <translation>unbenannter Tunnel</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>gesamter Verkehr</translation>
    </message>
    <message>
        <source>split tunnel</source>
        <translation>Split-Tunnel</translation>
    </message>
    <message>
        <source>(installed, not connected)</source>
        <translation>(installiert, nicht verbunden)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Inspection product</source>
        <translation>Prüfprodukt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message numerus="yes">
        <source>Correct (off by %1 s, from %n server answer(s))</source>
        <translation><numerusform>Richtig (Abweichung %1 s, aus %n Serverantwort)</numerusform><numerusform>Richtig (Abweichung %1 s, aus %n Serverantworten)</numerusform></translation>
    </message>
    <message>
        <source>Local DNS stub (systemd-resolved) asks</source>
        <translation>Lokaler DNS-Stub (systemd-resolved) fragt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Wi-Fi sign-in page (captive portal)</source>
        <translation>WLAN-Anmeldeseite (Captive Portal)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>no addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict: %1 [%2] - who should act: %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Target: %1   started %2   %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
DNS
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RESOLVER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RCODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ANSWER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Paths
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS ISSUER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
TLS
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISSUER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OS TRUST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PUBLIC ROOTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
TCP
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Status page
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INDICATOR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do:
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlushDnsCommand</name>
    <message>
        <source>Flushes this computer's DNS cache (systemd-resolved, nscd, a local dnsmasq/unbound on Linux;
the DNS Client service on Windows; mDNSResponder on macOS, after the administrator prompt) and
resolves the given names before and after, so the effect shows. Browsers keep their own cache;
the output says how to clear it.
Exit status: 0 flushed, 1 nothing to flush or approval declined, 2 usage error, 3 flush failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name to resolve before and after (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve the hosts of this vendor profile before and after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline of each lookup in seconds (default 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--host takes a host name, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes a number of seconds from 0 to 600</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished">%1 ms</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WORST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BROWSER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIRECT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NETWORK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the runs stored in the history, newest first, or renders one of them as a report.
Exit status: 0 ok, 2 usage error or unreadable database, 3 internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many runs to list (default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of a table (with --show: the report's JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History database (default: the app's data folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only runs of this profile id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the run with this id as a report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --show: pdf, html, json, txt or md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --show: where to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --show: keep private details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit takes a positive number, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--show takes a run id, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format takes pdf, html, json, txt or md, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PDF needs --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No runs in the history %1 yet.
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>not a Gatecheck history database, or it is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this file is an SQLite database of another program, not a Gatecheck history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the history was written by a newer Gatecheck (schema %1; this version knows up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no migration to schema %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not upgrade the history to schema %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not upgrade the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the history is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the history is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write to the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no run %1 in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 in the history is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete from the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prune the history: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalSetupRules</name>
    <message>
        <source>not named</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Your VPN (%1) carries %2's traffic - try without it</source>
        <translation>Ihr VPN (%1) leitet den Verkehr von %2 – versuchen Sie es ohne</translation>
    </message>
    <message>
        <source>Your VPN (%1) carries %2's traffic</source>
        <translation>Ihr VPN (%1) leitet den Verkehr von %2</translation>
    </message>
    <message>
        <source>Connections to %1 leave this computer through the VPN %2 (network interface %3), so %1 sees the VPN's exit, not your own internet connection. Vendors' bot protection often challenges or blocks VPN exits, and a slow or half-working VPN gives time-outs and 502/504 errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect the VPN and try %1 again.</source>
        <translation>Trennen Sie das VPN und versuchen Sie es erneut mit %1.</translation>
    </message>
    <message>
        <source>If %1 works without it, ask whoever runs the VPN to let %2 bypass it (split tunnelling).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A browser extension (%1) can change or reroute %2's pages</source>
        <translation>Eine Browsererweiterung (%1) kann die Seiten von %2 verändern oder umleiten</translation>
    </message>
    <message>
        <source>%1 browser extensions can change or reroute %2's pages</source>
        <translation>%1 Browsererweiterungen können die Seiten von %2 verändern oder umleiten</translation>
    </message>
    <message>
        <source>These extensions are allowed to %1 on %2's pages: %3. Such extensions can cause errors that look like %2's own, 502 included. Gatecheck's checks do not go through the browser, so they cannot see this; a private window can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send traffic through their own proxy, or block and change requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>block and change requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 in a private window (Chrome/Edge: Ctrl+Shift+N, Mac Cmd+Shift+N; Firefox: Ctrl+Shift+P), where extensions are usually off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it works there, turn the extensions above off one at a time to find the one that breaks %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetErrors</name>
    <message>
        <source>The proxy could not open a connection to the server (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy could not find the server (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy refused to open a tunnel (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkIdentity</name>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wired network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dial-up or mobile connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished">Netzwerk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 + VPN (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown network</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>%1: more than %2 profiles, the rest were skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such profile file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1 bytes; profiles are at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no profile named "%1" (known: %2; or give the path of a .json profile)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <source>%1: missing (it is required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: contains control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not an http:// or https:// address with a host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: an address with a user name or password is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: more than %2 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[%2]: must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[%2]: empty, longer than %3 characters or with control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[%2]: "%3" is not a valid pattern (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts: must be a list with at least one host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts: more than %1 hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts[%1].role: "%2" is not one of app, login, api, static, other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts[%1]: must be a host name or {"host": ..., "role": ...}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts[%1]: "%2" is not a host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts[%1]: "%2" is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activities: must be an object like {"payroll": ["payroll"]}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activities: more than %1 activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activities: "%1" is not a valid activity name (a-z, 0-9, _)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>support_facts: must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>support_facts: more than %1 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>support_facts[%1]: must be {"key": ..., "label": ...}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>support_facts[%1].key: "%2" is not a valid key (a-z, 0-9, _)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>support_facts[%1]: key "%2" is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field "%1" (a typo? see docs/profiles.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format: must be a whole number (1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format: version %1 is newer than this Gatecheck reads (%2) - update Gatecheck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id: "%1" must be lower case letters, digits, '.', '_' or '-' (at most 40)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>san_patterns[%1]: "%2" is not a host name or *.domain pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference_headers[%1]: "%2" is not a header name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile is %1 bytes; profiles are at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>Lists the vendor profiles that diagnose --profile accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the profiles as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own profiles: %1 (*.json, see docs/profiles.md)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gatecheck-cli: skipped a profile: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProxyRules</name>
    <message>
        <source>the proxy's own rules do not allow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy's connection to %1's servers timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy could not connect to %1's servers (it was refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's server, or something between it and the proxy, accepted the proxy's connection and closed it without answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy could not look up %1's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy waited too long for %1's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy could not make its own secure connection to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the intercepting proxy could not complete its own connection to %1 (it often refuses certificates it does not trust)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy did not accept the connection (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proxy answered with its own error page instead of %1's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's status page also fails through the proxy but loads without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your office proxy wants you to sign in before it lets you reach %1</source>
        <translation>Der Proxy Ihres Büros verlangt eine Anmeldung, bevor Sie %1 erreichen</translation>
    </message>
    <message>
        <source>The proxy this computer uses (%1) answered "407 Proxy Authentication Required"%2 instead of passing the request on to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (it wants %1 sign-in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browsers usually sign in to this kind of proxy on their own, so your browser may get through where Gatecheck cannot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without the proxy, %1 answers normally.</source>
        <translation>Ohne den Proxy antwortet %1 normal.</translation>
    </message>
    <message>
        <source>If your browser asks for a user name and password for the proxy, sign in with your work account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it keeps refusing your password, or your account is locked, ask your IT team to check your proxy account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not named</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Your office web filter (%1) blocks %2 - this is for your IT team</source>
        <translation>Der Webfilter Ihres Büros (%1) blockiert %2 – das ist Sache Ihrer IT</translation>
    </message>
    <message>
        <source>A proxy program on this computer (%1) stops %2 from loading</source>
        <translation>Ein Proxy-Programm auf diesem Computer (%1) verhindert, dass %2 lädt</translation>
    </message>
    <message>
        <source>Your office proxy (%1) could not get %2's page - this is for your IT team</source>
        <translation>Der Proxy Ihres Büros (%1) konnte die Seite von %2 nicht abrufen – das ist Sache Ihrer IT</translation>
    </message>
    <message>
        <source> (status %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The error%1 was made by the proxy this computer uses (%2), not by %3: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy's error code: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without the proxy, %1 answers normally - so %1 is up and the proxy is what fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck could not reach %1 without the proxy either (many offices only allow the proxy), so the proxy's log is the place to look.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy address points at this computer itself: a program here (a security product, a debugging tool, or a left-over setting) handles all web traffic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check which program listens on %1 (security software, a VPN client, Fiddler/Charles) and restart or update it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If no such program should be running, remove the proxy setting (Windows: Settings &gt; Network &amp; Internet &gt; Proxy; macOS: System Settings &gt; Network &gt; Details &gt; Proxies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this report to your IT team: the proxy %1 fails for %2 (%3).</source>
        <translation>Senden Sie diesen Bericht an Ihre IT: Der Proxy %1 scheitert bei %2 (%3).</translation>
    </message>
    <message>
        <source>Ask them to allow %1's addresses (%2) in the web filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask them to check the proxy's connection to %1's servers and, if the proxy inspects HTTPS, to exempt %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cookies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-in headers and API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens and passwords in web addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user names and home folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wi-Fi network names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local network addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer's public IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings of this computer were not collected in this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished">DNS-Server</translation>
    </message>
    <message>
        <source>DNS upstreams (systemd-resolved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser DNS over HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished">Uhr</translation>
    </message>
    <message>
        <source>%1 s off the servers' time (%2 samples)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Captive portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished">Modus</translation>
    </message>
    <message>
        <source>Proxy or PAC</source>
        <translation type="unfinished">Proxy oder PAC</translation>
    </message>
    <message>
        <source>For this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bypass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished">Schnittstelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished">Adressen</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carries this traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network interfaces and VPN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished">Browser</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished">Erweiterung</translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can change requests</source>
        <translation type="unfinished">Kann Anfragen verändern</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Warum</translation>
    </message>
    <message>
        <source>Browser extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished">Produkt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished">Speicher</translation>
    </message>
    <message>
        <source>Trusted root certificates that are not public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries in the hosts file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tested address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (report); %2 (test)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished">Netzwerk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Hinweis</translation>
    </message>
    <message>
        <source>the test was stopped before it finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off: nothing was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on; nothing private was found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on; removed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time and result of each run while watching.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who should act: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confidence %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-diagnosed on %1 with the rules of Gatecheck %2; the saved verdict was “%3” (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paths to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No web requests were made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished">Weg</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished">Route</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished">Proxy %1</translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name lookups (DNS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No name lookups were made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">Gefragt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agrees with this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs from this computer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n resolver answer(s) differ from what this computer uses. Big services answer differently by region, so a difference alone is not a fault; an address that fails where others work is.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Certificates (TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted by this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chains to a public root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished">Stammzertifikat</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLS handshakes were made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections (TCP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 status page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read over the route “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not readable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, impact %3, since %4. %5 %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Components not operational: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No status page was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has more than %2 entries; this is not a Gatecheck run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); the file may be cut short or damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a Gatecheck report: the file holds a JSON list or value, not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“report_schema_version” must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report was written by a newer Gatecheck (report schema %1; this version reads up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a Gatecheck report: it has no ǎvidence”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ǐindings” has more than %1 entries; this is not a Gatecheck run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a Gatecheck report or evidence file (no schema version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the timeline chart in the report is not a valid PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large (over %2 MiB); a Gatecheck report is far smaller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection report for %1 support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why %1 is not working: connection report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection report for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tested %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not redacted: this report contains everything that was measured, including private details. Share it with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted for sharing; nothing private was found to remove.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted for sharing: %1 were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence for IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What Gatecheck measured, raw enough to check its conclusions. Times are in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck %1 · %2 · report made %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF reports need the graphical part of Qt (a QGuiApplication)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, answered by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>got %1%2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed (%1)%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed (%1: %2)%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser's route, with no proxy, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser's route, through the proxy %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A direct connection, without any proxy, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The route “%1” %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer could not look up %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer looked up %1 as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's DNS and the public resolvers agree on %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's DNS gave %1 as %2, but the public resolvers gave %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate for %1 was issued by %2 and chains to a public root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate for %1 was issued by %2 and does not chain to any public root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's status page said “%2” with no open incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's status page said “%2” and lists: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page could not be read from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 proxy setting (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a VPN (%1) carrying the traffic</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n browser extension(s) that can change requests</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-public root certificate(s) trusted</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>On this computer: no proxy, VPN, request-changing extension or extra root certificate found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this computer: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run has not been diagnosed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for %1 to fix it; changing settings on this computer will not help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1's status page for updates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it lasts more than an hour, contact %1 support and attach this report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this report to your IT team or network administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until it is fixed, %1 may work from another network, such as a phone hotspot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the steps of the first finding below, then run Gatecheck again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact your internet provider and attach this report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do now. If the error comes back, run Gatecheck again while it happens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who should act</source>
        <translation type="unfinished">Wer handeln muss</translation>
    </message>
    <message>
        <source>What the customer has been advised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details %1 support asks for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you contact %1 support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the customer's words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the user's words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1 support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked from the customer's computer on %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For your IT team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked on %1. %2 The evidence follows on the next pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the checks on the customer's side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The chart is in the PDF and HTML reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished">%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
    <message>
        <source>%1 (the service itself)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your IT team or network administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You, on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your internet provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody needs to act</source>
        <translation type="unfinished">Niemand muss handeln</translation>
    </message>
    <message>
        <source>The fault is on %1's side. Nothing on this computer or network needs to change; %1 has to fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something on this office network (a proxy, firewall, filter or security gateway) stands between this computer and %1. Whoever looks after the network can fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cause is on this computer itself, and you can usually fix it with the steps below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection breaks between this network and the internet. Your internet provider can fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checks found nothing wrong at the time of the test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished">Info</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished">Problem gefunden</translation>
    </message>
    <message>
        <source>Possible problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not diagnosed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Like your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct, no proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address from public DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished">Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation type="unfinished">Nur IPv6</translation>
    </message>
    <message>
        <source>Through the proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (DNS over HTTPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished">Name der Organisation</translation>
    </message>
    <message>
        <source>Address showing the error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it started</source>
        <translation type="unfinished">Wann es begann</translation>
    </message>
    <message>
        <source>Feature in use</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Who the report is for: it (your IT team, default) or vendor (the service's support desk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it|vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep private details (cookies, tokens, user and computer names, local addresses) in the report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this computer's public IP address in the report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went wrong, in your words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation's name, for the vendor's support desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the problem started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether others are affected: yes, no, unknown, or your words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feature in use (payroll, bank feeds, ...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another fact the vendor's support asks for, e.g. region=Australia (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name for the network this ran on ("Office Wi-Fi").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--audience takes it or vendor, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--fact takes KEY=VALUE, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write a report; the format follows the extension: .pdf, .html, .json, .txt, .md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write a PDF report (same as --report FILE.pdf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not store this run in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History database to store the run in (default: the app's data folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --report or --pdf, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--report needs a file ending in .pdf, .html, .json, .txt or .md, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db and --no-history contradict each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the run was not stored in the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renders a saved report (the JSON of a report, of `diagnose --json`, or bare evidence) as PDF,
HTML, JSON, plain text or Markdown. Private details are removed unless --no-redact is given.
Exit status: 0 written, 2 usage error or unreadable input, 3 internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved report (.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SAVED.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pdf, html, json, txt or md (default: from --out, else txt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write (default: standard output; needed for pdf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnose the saved evidence again with today's rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile for --rediagnose (default: the saved one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report takes exactly one saved report (try --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format takes pdf, html, json, txt or md, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell the format from "%1": add --format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PDF needs --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1 was saved redacted; what was removed cannot be restored</source>
        <translation type="unfinished" />
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
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>ResolverEndpoint</name>
    <message>
        <source>"%1" is not a resolver address: %2</source>
        <translation>„%1“ ist keine Resolver-Adresse: %2</translation>
    </message>
    <message>
        <source>missing ']'</source>
        <translation>„]“ fehlt</translation>
    </message>
    <message>
        <source>expected ':PORT' after ']'</source>
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
    <name>RuleContext</name>
    <message>
        <source>the service</source>
        <translation type="unfinished" />
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
    <name>StatusRules</name>
    <message>
        <source>a major outage</source>
        <translation>einen größeren Ausfall</translation>
    </message>
    <message>
        <source>a partial outage</source>
        <translation>einen teilweisen Ausfall</translation>
    </message>
    <message>
        <source>performance problems</source>
        <translation>Leistungsprobleme</translation>
    </message>
    <message>
        <source>a reported incident</source>
        <translation>eine gemeldete Störung</translation>
    </message>
    <message>
        <source>its status page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned maintenance: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, since %1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>. Latest update: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck also got an error answer (%1) from %2's own servers, which matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this computer %1's start page still loads, so the problem may only affect some features - the ones listed above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is down for planned maintenance</source>
        <translation>%1 ist wegen geplanter Wartung nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is having %2 affecting %3</source>
        <translation>%1 hat %2, betroffen ist %3</translation>
    </message>
    <message>
        <source>%1 is having %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <source>%1's status page (%2) says "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has taken this part of its service down on purpose for planned work; errors such as 503 are expected until it finishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a problem on %1's side. Nothing on this computer or your network needs to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait: %1 is working on it. Follow the updates on %2.</source>
        <translation>Warten Sie: %1 arbeitet daran. Verfolgen Sie die Meldungen auf %2.</translation>
    </message>
    <message>
        <source>If it blocks something urgent (a pay run, a filing deadline), contact %1 support and quote the incident link %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it blocks something urgent (a pay run, a filing deadline), contact %1 support and mention the status page entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Gatecheck again once the status page shows the problem as resolved.</source>
        <translation>Prüfen Sie erneut mit Gatecheck, sobald die Statusseite das Problem als behoben zeigt.</translation>
    </message>
    <message>
        <source>%1 reports a problem with something else</source>
        <translation>%1 meldet ein Problem mit etwas anderem</translation>
    </message>
    <message>
        <source>%1's status page lists: %2. That does not look related to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the part of %1 you use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the error you see is in one of those areas, treat it as %1's problem and wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck could not read %1's status page</source>
        <translation>Gatecheck konnte die Statusseite von %1 nicht lesen</translation>
    </message>
    <message>
        <source>So it cannot tell whether %1 reports an outage (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 on your phone, using mobile data rather than this network.</source>
        <translation>Öffnen Sie %1 auf Ihrem Handy über mobile Daten statt über dieses Netzwerk.</translation>
    </message>
</context>
<context>
    <name>StatuspageParser</name>
    <message>
        <source>The status page answer is %1 bytes, more than the %2 allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page answer is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page answer is not valid JSON (%1 at byte %2) - it may be cut short or not a Statuspage summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page answer is not a Statuspage summary (not a JSON object).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page answer has "%1" of the wrong type (expected %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer is JSON but not a Statuspage summary (no "status" or "components").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>components: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incidents: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page lists more than Gatecheck keeps; left out: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SystemProxy</name>
    <message>
        <source>%1 is set to "%2", which is not a proxy address; going direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 asks for a %2:// proxy, which this program cannot use; going direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No proxy variable covers %1:// URLs</source>
        <translation type="unfinished" />
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
    <name>TlsRules</name>
    <message>
        <source>Security software on this computer%1 is intercepting %2's secure connection</source>
        <translation>Sicherheitssoftware auf diesem Computer%1 fängt die sichere Verbindung zu %2 ab</translation>
    </message>
    <message>
        <source>A debugging proxy%1 is intercepting %2's secure connection</source>
        <translation>Ein Debugging-Proxy%1 fängt die sichere Verbindung zu %2 ab</translation>
    </message>
    <message>
        <source>Your office network is intercepting %1's secure connection%2 - this is for your IT team</source>
        <translation>Ihr Büronetzwerk fängt die sichere Verbindung zu %1 ab%2 – das ist Sache Ihrer IT</translation>
    </message>
    <message>
        <source>The certificate this computer receives for %1 is not %2's own: it was issued by "%3", and it does not lead to any publicly trusted certificate authority.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer trusts it anyway (a certificate installed by your IT department or by security software), so browsers show no warning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer does not trust it either, so browsers show a certificate warning or refuse to open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It means %1 decrypts, inspects and re-encrypts your connection to %2. When that inspection fails, the error page (502, "connection reset") comes from it, not from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a device or program between you and %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here the inspected connection does fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A connection that is not inspected works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right now the inspected connection still works, so this may not be what caused your error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1's settings and turn off HTTPS or SSL scanning (often called "Web Shield", "Scan encrypted connections" or "SSL/TLS filtering"), or add %2 as an exception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your security software</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try %1 again. If your security software is managed by your company, ask IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close %1, or stop it from intercepting, and remove its proxy setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the debugging proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try %1 again.</source>
        <translation>Versuchen Sie es erneut mit %1.</translation>
    </message>
    <message>
        <source>Send this report to your IT team.</source>
        <translation>Senden Sie diesen Bericht an Ihre IT.</translation>
    </message>
    <message>
        <source>Ask them to exempt %1 from TLS/SSL inspection (a "do not decrypt" rule) - %2 is a business application that does not need it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrustAnchors</name>
    <message>
        <source>Cannot read certificates from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains no PEM certificates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VendorErrorRule</name>
    <message>
        <source>the way your browser goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>directly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>via another DNS server's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over IPv6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 500 (Internal Server Error) means one of %1's application servers hit an unexpected error. It is on %1's side, and is often set off by one particular action - saving a form, running a report - so note what you were doing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 502 (Bad Gateway) means %1's front-door server got no valid answer from %1's own back-end servers. It is on %1's side: usually a short overload (pay-run mornings, month end) or an update being rolled out, and it usually clears within minutes to an hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 503 (Service Unavailable) means %1 is turning requests away on purpose for now - planned maintenance or protection against overload. There is nothing to do but wait for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 504 (Gateway Timeout) means %1's front-door server waited too long for %1's back-end servers to answer. It is on %1's side; slow spells usually pass.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 is an error on the server's side, sent by %2's own servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (at the latest %1 UTC, when Gatecheck saw it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reference from the error answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1 support%2 and give them: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's servers sometimes answer with an error (%2)</source>
        <translation>Die Server von %1 antworten manchmal mit einem Fehler (%2)</translation>
    </message>
    <message>
        <source>%1's own servers answer with an error (%2) and its status page shows no incident - report it to %1 support</source>
        <translation>Die Server von %1 selbst antworten mit einem Fehler (%2), und die Statusseite zeigt keine Störung – melden Sie es dem Support von %1</translation>
    </message>
    <message>
        <source>%1's own servers answer with an error (%2) - this is on %1's side</source>
        <translation>Die Server von %1 selbst antworten mit einem Fehler (%2) – das liegt bei %1</translation>
    </message>
    <message>
        <source>Every way Gatecheck tried (%1) got this answer from %2's own servers%3, so it is not your browser, this computer or your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some attempts (%1) got this error from %2's servers%3 while others worked, which is typical of a passing overload on %2's side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's status page does not show a problem yet, so %1 may not know about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck could not read %1's status page to see whether %1 already knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference for %1's support: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait 10-15 minutes, then reload the page (Ctrl+F5, or Cmd+Shift+R on a Mac).</source>
        <translation>Warten Sie 10–15 Minuten und laden Sie die Seite dann neu (Strg+F5, am Mac Cmd+Umschalt+R).</translation>
    </message>
    <message>
        <source>If it keeps happening for more than an hour, contact %1 support with this report.</source>
        <translation>Hält es länger als eine Stunde an, wenden Sie sich mit diesem Bericht an den Support von %1.</translation>
    </message>
</context>
<context>
    <name>VendorProfile</name>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished">Name der Organisation</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished">Firmen-ID</translation>
    </message>
    <message>
        <source>The web address (URL) showing the error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the error started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your region (country)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether other people in your organisation see it too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your browser and its version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exact error text on the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As shown at the top left once you are signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date and time, with your time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a colleague to try on their computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a profile needs an id and at least one host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any web address, checked without vendor-specific knowledge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bank feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoicing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the API and connected apps</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 is reachable from this computer - nothing wrong found on the network</source>
        <translation>%1 ist von diesem Computer aus erreichbar – im Netzwerk wurde kein Fehler gefunden</translation>
    </message>
    <message>
        <source>%1 answered normally on %2 of the ways Gatecheck tried, including the way your browser goes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered normally the way your browser goes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its status page shows no problem with what you use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its status page could not be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If your browser still shows an error, the cause is most likely inside the browser (see below), or it was a short hiccup at %1 that has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If your browser still shows the error, look at the browser</source>
        <translation>Zeigt Ihr Browser den Fehler weiterhin, liegt es am Browser</translation>
    </message>
    <message>
        <source>The network path to %1 works, so an error you still see most likely comes from inside the browser: an error page it saved earlier, an extension, or old cookies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload without the saved copy: Ctrl+F5 (Windows) or Cmd+Shift+R (Mac).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 in a private window (Ctrl+Shift+N; Firefox Ctrl+Shift+P). If it works there, an extension or old cookies are the cause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the cookies and cached files for %1's site, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try another browser, and in Chrome or Edge clear the host cache at chrome://net-internals/#dns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatecheck could not tell what is wrong with %1</source>
        <translation>Gatecheck konnte nicht feststellen, was mit %1 nicht stimmt</translation>
    </message>
    <message>
        <source>The check was stopped before it had any results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check has no results to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was stopped before it finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The results do not point to one cause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each way got: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1 from your phone, using mobile data.</source>
        <translation>Prüfen Sie %1 auf Ihrem Handy über mobile Daten.</translation>
    </message>
    <message>
        <source>Try %1 on another device or network (a phone hotspot): if it works there, the cause is on this computer or network; if not, it is %1's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Gatecheck again in a few minutes.</source>
        <translation>Prüfen Sie in ein paar Minuten erneut mit Gatecheck.</translation>
    </message>
    <message>
        <source>Send this report to your IT team.</source>
        <translation>Senden Sie diesen Bericht an Ihre IT.</translation>
    </message>
    <message>
        <source>%1 - wait for %2 to fix it</source>
        <translation>%1 – warten Sie, bis %2 es behebt</translation>
    </message>
    <message>
        <source>%1 - nothing is wrong on your side</source>
        <translation>%1 – auf Ihrer Seite ist alles in Ordnung</translation>
    </message>
    <message>
        <source>Gatecheck also noticed: %1.</source>
        <translation>Gatecheck ist außerdem aufgefallen: %1.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished, so this is based on what it saw until then.</source>
        <translation type="unfinished" />
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
        <source>The problem is on %1's side. Changing settings here will not help; waiting or contacting %1 will.</source>
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
    <name>WafRule</name>
    <message>
        <source>%1's firewall (%2) is blocking connections from this network</source>
        <translation>Die Firewall von %1 (%2) blockiert Verbindungen aus diesem Netzwerk</translation>
    </message>
    <message>
        <source>Instead of %1's page, the security service in front of %1 (%2) answered with a block page (%3, status %4): the request never reached %1's app. %1 decides that, usually because of the reputation of this network's internet address - a VPN, a shared office connection, or another user of the same address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try from another network, for example your phone's hotspot, to confirm it is this network that is blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you use a VPN, turn it off and try again.</source>
        <translation>Wenn Sie ein VPN nutzen, schalten Sie es aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1's bot protection (%2) asks for a browser check</source>
        <translation>Der Bot-Schutz von %1 (%2) verlangt eine Browserprüfung</translation>
    </message>
    <message>
        <source>Instead of %1's page, %1's protection service (%2) answered with a check that only a real browser can pass ("Just a moment...", "Checking your browser"; %3). Gatecheck is not a browser, so it may be shown this check when you are not. If your browser shows the check again and again, %1's protection is treating this connection as suspicious - common with VPNs, shared office connections and privacy extensions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In your browser, let the check finish (or tick the box) and wait a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it keeps coming back, turn off any VPN and any privacy or ad-blocking extension for %1, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it still does not let you in, contact %1 support and quote %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the time it happened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::DohProbe</name>
    <message>
        <source>The DoH server refused the connection: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server closed the connection: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH request timed out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server's certificate is not trusted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with the DoH server failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server's name could not be resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server broke the HTTP protocol: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH request failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an https:// DoH endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server announced a %1-byte answer (more than %2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH answer is larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server answered HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (redirect to %1, not followed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DoH server answered with "%1", not a DNS message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::HttpFetch</name>
    <message>
        <source>Not an http:// or https:// URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The response's header block could not be read (more than 100 header fields or one over 8 KiB); the headers were discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The response's headers take %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy asks for a login (407 %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than %1 redirects; the last went to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::Probe</name>
    <message>
        <source>Cancelled before it finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::StatuspageProbe</name>
    <message>
        <source>The status summary is larger than %1 bytes; not read further</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page answered HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status page answered HTTP %1 %2 (server: %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::SystemResolverProbe</name>
    <message>
        <source>This computer's resolver says %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists but this computer's resolver found no address for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no address of a usable family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary failure in name resolution for %1: the configured DNS server failed, refused or did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-recoverable failure in name resolution for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver failed for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver failed for %1 (error %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver returned no address for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::TcpConnectProbe</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::TlsProbe</name>
    <message>
        <source>"%1" is not an IP address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gatecheck::dns::CaresChannel</name>
    <message>
        <source>c-ares could not be initialised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>c-ares could not create a channel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>c-ares does not accept the server %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over TCP, %1 sent data that is not a usable DNS answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 replied, but nothing it sent was a valid answer to the question (not DNS, cut short, or with the wrong ID or question)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from %1 was truncated over UDP and the TCP retry got no answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer from %1 over %2 in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing answered DNS at %1 over %2 (refused, or closed without an answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent a reply that cannot be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The query to %1 failed: %2</source>
        <translation type="unfinished" />
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
        <source>&amp;Back to past checks</source>
        <translation>&amp;Zurück zu früheren Prüfungen</translation>
    </message>
    <message>
        <source>Back to past checks</source>
        <translation>Zurück zu früheren Prüfungen</translation>
    </message>
    <message>
        <source>No differences in what was measured.</source>
        <translation>Keine Unterschiede in den Messungen.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — explains the problem</source>
        <translation>%1 — erklärt das Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation><numerusform>%n Unterschied.</numerusform><numerusform>%n Unterschiede.</numerusform></translation>
    </message>
    <message>
        <source>Both checks ran on the same network.</source>
        <translation>Beide Prüfungen liefen im selben Netzwerk.</translation>
    </message>
    <message>
        <source>The checks ran on different networks.</source>
        <translation>Die Prüfungen liefen in verschiedenen Netzwerken.</translation>
    </message>
    <message>
        <source>Most likely explanation: %1</source>
        <translation>Wahrscheinlichste Erklärung: %1</translation>
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
        <source>Which addresses each DNS server gives for the service. A different answer from this computer's resolver can mean a stale cache or a filter.</source>
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
        <source>For %1's s&amp;upport</source>
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
        <source>Don't know</source>
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
    <message>
        <source>Plain text (for an email)</source>
        <translation>Reiner Text (für eine E-Mail)</translation>
    </message>
    <message>
        <source>Markdown (for a ticket system)</source>
        <translation>Markdown (für ein Ticketsystem)</translation>
    </message>
    <message>
        <source>What %1 support asks for (optional)</source>
        <translation>Was der Support von %1 wissen möchte (optional)</translation>
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
        <source>The same address fetched every way this computer can reach it. If only the browser's path fails, something on the way (proxy, filter) is the cause.</source>
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
        <source>Run the check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 — before: %2; after: %3.</source>
        <translation>%1 — vorher: %2; nachher: %3.</translation>
    </message>
    <message>
        <source>Browsers keep their own cache: close the browser completely and open it again, then run the check again.</source>
        <translation>Browser haben einen eigenen Zwischenspeicher: Schließen Sie den Browser vollständig, öffnen Sie ihn wieder und prüfen Sie dann erneut.</translation>
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
        <source>Saves a report for IT or the vendor's support (PDF, web page, text, JSON)</source>
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
        <source>Open the vendor's status page</source>
        <translation>Statusseite des Anbieters öffnen</translation>
    </message>
    <message>
        <source>Opens the vendor's status page in your browser</source>
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
        <source>Optional. Helps match the vendor's status page to your task.</source>
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
        <source>“%1” is not a web address. Copy it from the browser's address bar, e.g. https://go.xero.com/app/…</source>
        <translation>„%1“ ist keine Webadresse. Kopieren Sie sie aus der Adressleiste des Browsers, z. B. https://go.xero.com/app/…</translation>
    </message>
    <message>
        <source>Paste the address that shows the error, or pick a service from the list.</source>
        <translation>Fügen Sie die Adresse ein, die den Fehler zeigt, oder wählen Sie einen Dienst aus der Liste.</translation>
    </message>
</context>
<context>
    <name>gatecheck::gui::SystemDnsFlusher</name>
    <message>
        <source>the service's addresses</source>
        <translation>die Adressen des Dienstes</translation>
    </message>
    <message>
        <source>Your computer remembers the addresses of websites for a while (the DNS cache). If an address changed, the remembered one can point to a server that no longer works.

Gatecheck will look up %1, ask the system to forget the stored addresses, and look them up again, so you can see whether anything changed. Nothing else on your computer is changed.</source>
        <translation>Ihr Computer merkt sich die Adressen von Websites eine Zeit lang (der DNS-Zwischenspeicher). Hat sich eine Adresse geändert, kann die gemerkte auf einen Server zeigen, der nicht mehr funktioniert.

Gatecheck schlägt %1 nach, bittet das System, die gespeicherten Adressen zu vergessen, und schlägt sie erneut nach, damit Sie sehen, ob sich etwas geändert hat. Sonst wird an Ihrem Computer nichts verändert.</translation>
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
        <source>The certificates the server sent, checked against this computer's trusted roots and against the public ones. Trusted here but not publicly means something on the way is decrypting the connection.</source>
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