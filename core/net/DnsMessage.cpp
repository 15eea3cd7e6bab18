// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/DnsMessage.h"

#include "net/CaresApi.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <iterator>
#include <vector>

namespace gatecheck::dns {

namespace {

constexpr int HeaderSize = 12;
constexpr int MaxMessageSize = 65535;

// Translatable texts of this file (lupdate context "DnsMessage").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsMessage)
};

int be16(const unsigned char *p)
{
    return (p[0] << 8) | p[1];
}

Answer malformed(const QString &why)
{
    Answer out;
    out.error = {ErrorCode::DnsMalformed, why};
    return out;
}

QString stripDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

// The CNAME chain from a c-ares hostent: h_aliases are the names that were aliases (the
// queried name first), h_name is where the chain ends.
QStringList cnamesOf(const hostent *host)
{
    QStringList aliases;
    if (!host || !host->h_aliases)
        return {};
    for (char **alias = host->h_aliases; *alias; ++alias)
        aliases << stripDot(QString::fromLatin1(*alias));
    if (aliases.isEmpty())
        return {};
    QStringList targets = aliases.mid(1);
    if (host->h_name)
        targets << stripDot(QString::fromLatin1(host->h_name));
    return targets;
}

// How telling an outcome is when no address came back (higher wins).
int weight(const Answer &x)
{
    if (x.error.isError()) {
        if (x.error.code == ErrorCode::DnsMalformed)
            return 60;
        if (x.error.code == ErrorCode::ConnectionRefused || x.error.code == ErrorCode::ConnectionReset)
            return 50;
        if (x.error.code == ErrorCode::Timeout)
            return 40;
        return 45;
    }
    switch (x.rcode) {
    case 3: // NXDOMAIN: the server states the name does not exist
        return 100;
    case 2: // SERVFAIL
        return 90;
    case 5: // REFUSED
        return 80;
    case 0: // NOERROR without addresses
        return 10;
    default:
        return x.rcode > 0 ? 70 : 0;
    }
}

ProbeError rcodeError(int rcode, const QString &host)
{
    switch (rcode) {
    case 3:
        return {ErrorCode::NxDomain, Text::tr("The DNS server says %1 does not exist (NXDOMAIN)").arg(host)};
    case 2:
        return {ErrorCode::ServFail, Text::tr("The DNS server failed to resolve %1 (SERVFAIL)").arg(host)};
    case 5:
        return {ErrorCode::Refused, Text::tr("The DNS server refused to answer for %1 (REFUSED)").arg(host)};
    default:
        return {ErrorCode::Other, Text::tr("The DNS server answered %1 for %2").arg(rcodeName(rcode), host)};
    }
}

} // namespace

QString rcodeName(int rcode)
{
    static const char *const names[] = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN",
        "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"};
    if (rcode >= 0 && rcode < int(std::size(names)))
        return QString::fromLatin1(names[rcode]);
    return QStringLiteral("RCODE%1").arg(rcode);
}

QString wireName(const QString &host)
{
    QString name = host.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return {};
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty() || ace.size() > 253 || ace.contains(' ') || ace.contains('\0'))
        return {};
    return QString::fromLatin1(ace).toLower();
}

QByteArray buildQuery(const QString &host, RecordType type, quint16 id, QString *error)
{
    const QString name = wireName(host);
    if (name.isEmpty()) {
        if (error)
            *error = Text::tr("\"%1\" is not a valid host name").arg(host);
        return {};
    }
    unsigned char *buf = nullptr;
    int len = 0;
    const int status = ares_create_query(
        name.toLatin1().constData(), 1 /* C_IN */, static_cast<int>(type), id, 1 /* RD */, &buf, &len, 0 /* no EDNS */);
    if (status != ARES_SUCCESS || !buf) {
        if (error)
            *error = Text::tr("Cannot build a DNS query for \"%1\": %2")
                         .arg(host, QString::fromLatin1(ares_strerror(status)));
        return {};
    }
    QByteArray query(reinterpret_cast<const char *>(buf), len);
    ares_free_string(buf);
    return query;
}

Answer parseAnswer(const QByteArray &message, RecordType type, const QString &expectedName)
{
    const auto *buf = reinterpret_cast<const unsigned char *>(message.constData());
    if (message.size() < HeaderSize)
        return malformed(Text::tr("The reply is %1 bytes, shorter than a DNS header").arg(message.size()));
    if (message.size() > MaxMessageSize)
        return malformed(Text::tr("The reply is %1 bytes, larger than any DNS message").arg(message.size()));
    const int len = static_cast<int>(message.size());
    if (!(buf[2] & 0x80))
        return malformed(Text::tr("The reply is not a DNS response (QR bit clear)"));
    if (((buf[2] >> 3) & 0x0F) != 0)
        return malformed(Text::tr("The reply is not a standard query response (opcode %1)").arg((buf[2] >> 3) & 0x0F));
    if (be16(buf + 4) != 1)
        return malformed(Text::tr("The reply carries %1 questions instead of one").arg(be16(buf + 4)));

    char *qname = nullptr;
    long encodedLength = 0;
    if (ares_expand_name(buf + HeaderSize, buf, len, &qname, &encodedLength) != ARES_SUCCESS || !qname)
        return malformed(Text::tr("The question in the reply cannot be decoded"));
    const QString asked = stripDot(QString::fromLatin1(qname));
    ares_free_string(qname);
    const QString expected = stripDot(expectedName);
    if (asked != expected)
        return malformed(Text::tr("The reply answers a question about \"%1\", not \"%2\"").arg(asked, expected));
    const long typeOffset = HeaderSize + encodedLength;
    if (typeOffset + 4 > len)
        return malformed(Text::tr("The question in the reply is cut short"));
    if (be16(buf + typeOffset) != static_cast<int>(type))
        return malformed(Text::tr("The reply answers a question for record type %1").arg(be16(buf + typeOffset)));

    Answer out;
    out.truncated = buf[2] & 0x02;
    out.rcode = buf[3] & 0x0F;
    if (out.rcode != 0 || be16(buf + 6) == 0)
        return out;

    hostent *host = nullptr;
    int count = MaxAddressesPerType;
    int status = ARES_SUCCESS;
    if (type == RecordType::A) {
        std::vector<ares_addrttl> ttls(MaxAddressesPerType);
        status = ares_parse_a_reply(buf, len, &host, ttls.data(), &count);
        for (int i = 0; (status == ARES_SUCCESS) && i < count; ++i) {
            QHostAddress address(qFromBigEndian<quint32>(&ttls[i].ipaddr.s_addr));
            out.addresses.append({address.toString(), ttls[i].ttl});
        }
    } else {
        std::vector<ares_addr6ttl> ttls(MaxAddressesPerType);
        status = ares_parse_aaaa_reply(buf, len, &host, ttls.data(), &count);
        for (int i = 0; (status == ARES_SUCCESS) && i < count; ++i) {
            QHostAddress address(reinterpret_cast<const quint8 *>(&ttls[i].ip6addr));
            out.addresses.append({address.toString(), ttls[i].ttl});
        }
    }
    out.cnames = cnamesOf(host);
    if (host)
        ares_free_hostent(host);
    if (status != ARES_SUCCESS && status != ARES_ENODATA) {
        Answer bad = malformed(
            Text::tr("The answer section cannot be decoded (%1)").arg(QString::fromLatin1(ares_strerror(status))));
        bad.rcode = out.rcode;
        return bad;
    }
    return out;
}

void mergeInto(DnsObservation &obs, const Answer &a, const Answer &aaaa)
{
    obs.addresses.clear();
    for (const Answer *answer : {&a, &aaaa})
        for (const DnsAddress &address : answer->addresses) {
            const bool seen = std::any_of(obs.addresses.cbegin(), obs.addresses.cend(),
                [&](const DnsAddress &x) { return x.address == address.address; });
            if (!seen)
                obs.addresses.append(address);
        }
    obs.cnames = !a.cnames.isEmpty() ? a.cnames : aaaa.cnames;
    if (!obs.addresses.isEmpty()) {
        obs.rcode = rcodeName(0);
        obs.error = {};
        return;
    }
    const Answer &decisive = weight(a) >= weight(aaaa) ? a : aaaa;
    obs.rcode = decisive.rcode >= 0 ? rcodeName(decisive.rcode) : QString();
    if (decisive.error.isError())
        obs.error = decisive.error;
    else if (decisive.rcode > 0)
        obs.error = rcodeError(decisive.rcode, obs.host);
    else if (decisive.rcode < 0)
        obs.error = {ErrorCode::Other, Text::tr("No answer was recorded for %1").arg(obs.host)};
    else
        obs.error = {ErrorCode::NoData, Text::tr("%1 exists but has no IPv4 or IPv6 address").arg(obs.host)};
}

} // namespace gatecheck::dns
