// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the comparison looks at in one run: the certificate the browser saw, the DNS answers,
// the route, and the settings of the computer. Internal to Compare.cpp.

#include "report/Compare.h"

#include <QString>
#include <QStringList>

namespace gatecheck::compare {

QString primaryHost(const ComparedRun &run);
bool failed(const HttpObservation *h); // no answer, or a 5xx
bool hasProblem(const ComparedRun &run);
QString quoted(const QString &label);
QString joined(const QStringList &list);

struct IssuerSeen
{
    QString text; // "Zscaler Intermediate Root CA (Zscaler Inc.)"
    bool inspected = false;
    QString product; // "Zscaler", when recognised
};
IssuerSeen issuerSeen(const ComparedRun &run);

struct DnsView
{
    QStringList system; // sorted
    QStringList alternates; // union, sorted
    bool systemFailed = false;
    bool mismatch = false; // no overlap with any alternate answer
    bool unreachable = false; // the system's addresses refused or dropped connections
};
DnsView dnsView(const ComparedRun &run);

QString proxyRoute(const ComparedRun &run);
QString activeVpn(const ComparedRun &run);
QStringList riskyExtensions(const ComparedRun &run);
QStringList inspectionRoots(const ComparedRun &run);
QStringList hostsOverrides(const ComparedRun &run);
int indicatorRank(const StatusObservation &s);
const StatusObservation *statusOf(const ComparedRun &run);
QString statusText(const StatusObservation *s);

} // namespace gatecheck::compare
