// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"
#include "profiles/VendorProfile.h"
#include "report/Report.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace gatecheck::cli {

// A QGuiApplication (headless: the offscreen platform on Linux) when the command line may
// render a PDF, which needs fonts; a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

// Prints "gatecheck-cli: <message>" on stderr and returns ExitInternal.
int internalError(const QString &message);

// The options that shape a report, shared by `diagnose` and `report`.
struct ReportOptionSet
{
    QCommandLineOption audience;
    QCommandLineOption noRedact;
    QCommandLineOption includePublicIp;
    QCommandLineOption note;
    QCommandLineOption organisation;
    QCommandLineOption started;
    QCommandLineOption othersAffected;
    QCommandLineOption feature;
    QCommandLineOption fact;
    QCommandLineOption networkLabel;
};
ReportOptionSet addReportOptions(QCommandLineParser &parser);

// What the user asked for, after parsing.
struct ReportRequest
{
    QString path; // where to write; empty = no report
    ReportFormat format = ReportFormat::Pdf;
    ReportOptions options;
    bool audienceGiven = false;
    bool redactGiven = false; // --no-redact was given
    UserNote note; // only the fields given on the command line
    QString networkLabel;
    bool history = true; // diagnose: store the run
    QString historyPath; // empty = the default database
};

// Reads the shared options into `request`; returns an exit status on a usage error.
std::optional<int> readReportOptions(
    const QCommandLineParser &parser, const ReportOptionSet &set, ReportRequest &request);
// Fields given on the command line replace those of `note`.
void mergeNote(UserNote &note, const UserNote &given);

// `diagnose` additions: --report/--pdf, --no-history, --db.
struct DiagnoseReportOptionSet
{
    ReportOptionSet shared;
    QCommandLineOption report;
    QCommandLineOption pdf;
    QCommandLineOption noHistory;
    QCommandLineOption db;
};
DiagnoseReportOptionSet addDiagnoseReportOptions(QCommandLineParser &parser);
std::optional<int> readDiagnoseReportOptions(
    const QCommandLineParser &parser, const DiagnoseReportOptionSet &set, ReportRequest &request);
// After a diagnosis: stores the run in the history and writes the report, as requested.
// Returns ExitInternal when the report cannot be written, else `exitSoFar`.
int finishDiagnose(const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile,
    const ReportRequest &request, int exitSoFar);

} // namespace gatecheck::cli
