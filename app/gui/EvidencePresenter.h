// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"
#include "evidence/Observations.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatecheck::gui {

// Rows for the "Details for IT" tabs, computed from the evidence without any widget, so
// the same words reach the tabs, the compare view and the tests.
struct PathRow
{
    QString id;
    QString path; // "The browser's path", "Direct", ...
    QString outcome; // "502 Bad Gateway", "No answer within 8000 ms"
    QString answeredBy; // Server / Via headers: which hop answered
    QString route; // proxy and address
    QString timings; // "connect 12 ms · TLS 40 ms · first byte 120 ms · total 130 ms"
    Tone tone = Tone::Info;
};

struct DnsRow
{
    QString host;
    QString resolver; // "This computer (system)", "1.1.1.1:53", "DNS-over-HTTPS https://…"
    QString answer; // addresses, or the error
    QString ttl;
    QString elapsed;
    bool differs = false; // the answer is not the same set as the system's
    Tone tone = Tone::Info;
};

struct TlsView
{
    QString title; // "go.xero.com at 203.0.113.5:443"
    QString verdict; // plain-words public-root verdict
    Tone tone = Tone::Info;
    QStringList facts; // protocol, cipher, errors
    QList<CertificateInfo> chain;
};

struct EnvSection
{
    QString title;
    QList<QStringList> rows; // first column is the name
    QStringList columns;
    QString emptyText;
    QList<Tone> tones; // per row; Info when missing
};

class EvidencePresenter
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePresenter)
public:
    static QString pathName(const QString &path);
    static QString outcome(const HttpObservation &h);
    static Tone httpTone(const HttpObservation &h);
    static QList<PathRow> pathRows(const Evidence &evidence);
    static QList<PathRow> statusRows(const Evidence &evidence);
    static QList<DnsRow> dnsRows(const Evidence &evidence);
    static QList<TlsView> tlsViews(const Evidence &evidence);
    // Proxy/PAC, VPN and tunnels, browser extensions (risky first), clock, other facts.
    static QList<EnvSection> environmentSections(const EnvironmentFacts &env);
    static QString resolverName(const DnsObservation &d);
    static QString ms(qint64 value);
};

} // namespace gatecheck::gui
