// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QList>
#include <QSslCertificate>

namespace gatecheck {

// Reads certificates and judges chains with OpenSSL directly (hidden here: no OpenSSL type
// leaves this file), so the evidence does not depend on which TLS backend Qt uses.

// What a certificate says: names, validity, SHA-256, SANs, embedded SCTs, PEM.
CertificateInfo describeCertificate(const QSslCertificate &certificate);

// One-line name, most specific first: "CN=Zscaler Root CA, O=Zscaler Inc.".
QString certificateSubjectLine(const QSslCertificate &certificate);
QString certificateIssuerLine(const QSslCertificate &certificate);

struct ChainVerdict
{
    bool trusted = false;
    QStringList errors; // every problem OpenSSL found, "what (depth N: subject)"
    QString anchorSubject; // the root the chain was built up to; when none was found, the
                           // issuer named by the last certificate that could be placed
};

// Verifies `peerChain` (leaf first, as sent; the rest are untrusted intermediates) against
// `roots` only, for a TLS server called `hostName` (a DNS name or an IP address).
ChainVerdict verifyChain(
    const QList<QSslCertificate> &peerChain, const QList<QSslCertificate> &roots, const QString &hostName);

} // namespace gatecheck
