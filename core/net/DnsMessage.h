// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DNS wire messages for the resolver probes, built and parsed with c-ares (which stays
// private to this file's .cpp), and the one place that decides how an A and an AAAA
// outcome become a DnsObservation — so c-ares over UDP/TCP and DoH classify alike.

#include "evidence/Observations.h"

#include <QByteArray>
#include <QString>

namespace gatecheck::dns {

enum class RecordType { A = 1, AAAA = 28 };

// "NOERROR", "NXDOMAIN", ... for a header RCODE; "RCODE<n>" for the rest.
QString rcodeName(int rcode);

// The name as it goes on the wire: IDNA (punycode) form, lower case, no trailing dot.
// Empty when `host` cannot be a DNS name.
QString wireName(const QString &host);

// A standard query for one name and type with the given ID and RD=1. Empty, with `error`
// set, when the name cannot be encoded.
QByteArray buildQuery(const QString &host, RecordType type, quint16 id, QString *error = nullptr);

// What one query produced: a parsed answer, or why there is none.
struct Answer
{
    int rcode = -1; // header RCODE; -1 when no usable response arrived
    QList<DnsAddress> addresses; // of the asked type, with TTLs
    QStringList cnames; // the CNAME targets, in chain order
    bool truncated = false; // TC bit
    ProbeError error; // transport failure or malformed response (rcodes are not errors here)
};

// At most this many addresses are kept per type; a larger RRset is cut, not refused.
inline constexpr int MaxAddressesPerType = 512;

// Parses a response to a query for `expectedName`/`type`. A response that is not a DNS
// message, answers another question, or cannot be decoded gives error dns_malformed.
Answer parseAnswer(const QByteArray &message, RecordType type, const QString &expectedName);

// Folds the A and AAAA outcomes into `obs` (addresses, cnames, rcode, error). Addresses of
// either type make the observation a success; otherwise the most telling failure wins:
// what the server said (NXDOMAIN, SERVFAIL, REFUSED, ...) before transport trouble, and
// "no address" only when both types answered cleanly with nothing.
void mergeInto(DnsObservation &obs, const Answer &a, const Answer &aaaa);

} // namespace gatecheck::dns
