// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatecheck {

enum class Severity { Info, Warning, Problem };
// Who has to act. Stable JSON values: vendor | it | user | isp | none.
enum class WhoFixes { Vendor, It, User, Isp, None };

QString toString(Severity s);
QString toString(WhoFixes w);
Severity severityFromString(const QString &s);
WhoFixes whoFixesFromString(const QString &s);

// One conclusion drawn from the evidence. `code` is a stable identifier (see
// docs/findings.md); title/detail/nextSteps are written for the bookkeeper first.
struct Finding
{
    QString code;
    Severity severity = Severity::Info;
    WhoFixes whoFixes = WhoFixes::None;
    double confidence = 1.0; // 0..1
    QString title;
    QString detail;
    QStringList nextSteps;
    QStringList evidence; // ids of the observations that support it
};

// The primary finding in plain words, plus a one-paragraph summary.
struct Verdict
{
    QString code;
    WhoFixes whoFixes = WhoFixes::None;
    QString headline;
    QString summary;
};

struct Diagnosis
{
    Verdict verdict;
    QList<Finding> findings; // most important first; findings[0] is the verdict's finding
};

QJsonObject toJson(const Finding &f);
QJsonObject toJson(const Verdict &v);
Finding findingFromJson(const QJsonObject &o);
Verdict verdictFromJson(const QJsonObject &o);

} // namespace gatecheck
