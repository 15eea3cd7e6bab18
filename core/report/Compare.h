// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "history/HistoryStore.h"
#include "history/NetworkIdentity.h"
#include "profiles/VendorProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gatecheck {

struct Report;

// One side of a comparison: "office Wi-Fi", "before flushing DNS", "this PC".
struct ComparedRun
{
    QString label;
    Evidence evidence;
    Diagnosis diagnosis;
    NetworkIdentity network;
    VendorProfile profile; // for the expected certificate issuers, when known

    // Label defaults to the network's label, else the run's start time.
    static ComparedRun fromReport(const Report &report, const QString &label = {});
    static ComparedRun fromStoredRun(const StoredRun &run, const QString &label = {});
};

// One thing that differs between two runs, with a sentence a non-technical reader understands.
struct Difference
{
    // Stable codes: tls_issuer, system_dns, status_page, proxy, vpn, captive_portal, hosts_file,
    // extensions, trust_roots, clock, path_result, verdict, finding, direct_result, latency, network.
    QString code;
    int weight = 0; // how much it explains; the list is sorted by it, highest first
    bool explains = false; // likely explains the problem on `problemSide`
    int problemSide = 0; // 0: neither/both, 1: the left run, 2: the right run
    QString topic; // "Certificate", "DNS", ... (translated)
    QString left; // the value on each side, short
    QString right;
    QString sentence; // plain language, names both sides
};

struct RunComparison
{
    QString leftLabel;
    QString rightLabel;
    QDateTime leftStartedAt;
    QDateTime rightStartedAt;
    QString leftVerdict; // headline (code)
    QString rightVerdict;
    QString headline; // one sentence: what the comparison shows
    bool sameNetwork = false;
    QList<Difference> differences; // most telling first

    bool isEmpty() const { return differences.isEmpty(); }
};

RunComparison compareRuns(const ComparedRun &left, const ComparedRun &right);

QString renderComparisonText(const RunComparison &comparison);
QJsonObject toJson(const RunComparison &comparison);

} // namespace gatecheck
