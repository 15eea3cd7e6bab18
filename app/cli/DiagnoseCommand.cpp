// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "CliCommon.h"
#include "EvidenceText.h"
#include "ReportCli.h"
#include "diagnosis/Diagnose.h"
#include "engine/DiagnosisRun.h"
#include "evidence/EvidenceJson.h"
#include "profiles/ProfileRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatecheck::cli {

namespace {

// lupdate finds strings through this context class.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
};

struct ParsedDiagnose
{
    DiagnosisOptions options;
    bool json = false;
    ReportRequest report; // --report/--pdf, note, audience, redaction, history
};

// Returns an exit status when parsing ends the command (help, usage error), else nullopt.
std::optional<int> parseDiagnose(const QStringList &arguments, ParsedDiagnose &parsed)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Measures every way this computer can reach a cloud service - DNS from the system and from\n"
                 "alternate resolvers and DNS-over-HTTPS, HTTP(S) through the browser's proxy, directly, pinned\n"
                 "to other addresses, over IPv4 and IPv6, the TLS chain - plus the vendor's status page, and\n"
                 "prints the evidence. Exit status: 0 no problem found, 1 a problem found, 2 usage error,\n"
                 "3 internal error."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        Text::tr("Vendor profile: an id (xero, quickbooks, ...) or a JSON file."), Text::tr("NAME|FILE"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), Text::tr("The URL that shows the error."), Text::tr("URL"));
    const QCommandLineOption resolverOpt(QStringLiteral("resolver"),
        Text::tr("Alternate DNS server to compare with the system's (repeatable; default 1.1.1.1, 8.8.8.8, 9.9.9.9)."),
        Text::tr("IP[:PORT]"));
    const QCommandLineOption dohOpt(QStringLiteral("doh"),
        Text::tr("DNS-over-HTTPS endpoint (repeatable; default https://1.1.1.1/dns-query)."), Text::tr("URL"));
    const QCommandLineOption statusOpt(
        QStringLiteral("status-url"), Text::tr("Statuspage summary URL (…/api/v2/summary.json)."), Text::tr("URL"));
    const QCommandLineOption rootsOpt(QStringLiteral("public-roots"),
        Text::tr("PEM bundle of publicly trusted roots (default: the bundled set)."), Text::tr("PEM"));
    const QCommandLineOption extraRootsOpt(QStringLiteral("extra-system-roots"),
        Text::tr("PEM bundle trusted as if it were in the OS store (a private CA, or a test rig)."), Text::tr("PEM"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"), Text::tr("Overall deadline in seconds (default 25)."), Text::tr("SECONDS"));
    const QCommandLineOption probeTimeoutOpt(QStringLiteral("probe-timeout"),
        Text::tr("Deadline of each single probe in seconds (default 8)."), Text::tr("SECONDS"));
    const QCommandLineOption captiveOpt(QStringLiteral("captive-url"),
        Text::tr("Plain-HTTP connectivity-check URL for the captive-portal check (not checked without it)."),
        Text::tr("URL"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Text::tr("Print JSON instead of a table."));
    parser.addOptions({profileOpt, urlOpt, resolverOpt, dohOpt, statusOpt, rootsOpt, extraRootsOpt, timeoutOpt,
        probeTimeoutOpt, captiveOpt, jsonOpt});
    const DiagnoseReportOptionSet reportOpts = addDiagnoseReportOptions(parser);

    if (const auto exit = parseArguments(parser, arguments))
        return *exit;

    DiagnosisOptions &options = parsed.options;
    parsed.json = parser.isSet(jsonOpt);
    if (const auto exit = readDiagnoseReportOptions(parser, reportOpts, parsed.report))
        return exit;

    QUrl url;
    if (parser.isSet(urlOpt)) {
        url = QUrl::fromUserInput(parser.value(urlOpt));
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return usageError(
                Text::tr("--url needs an http:// or https:// URL with a host, got \"%1\"").arg(parser.value(urlOpt)));
    }
    QUrl statusUrl;
    if (parser.isSet(statusOpt)) {
        statusUrl = QUrl(parser.value(statusOpt));
        if (!statusUrl.isValid() || statusUrl.host().isEmpty())
            return usageError(Text::tr("--status-url is not a valid URL: \"%1\"").arg(parser.value(statusOpt)));
    }

    if (parser.isSet(profileOpt)) {
        QString error;
        ProfileRegistry registry;
        registry.addUserDirectory(ProfileRegistry::defaultUserDirectory());
        const auto profile = registry.find(parser.value(profileOpt), &error);
        if (!profile)
            return usageError(error);
        options.profile = *profile;
    } else if (url.isValid()) {
        options.profile = customProfile(url, statusUrl);
    } else {
        return usageError(Text::tr("say what to diagnose: --url URL or --profile NAME"));
    }
    options.targetUrl = url.isValid() ? url : options.profile.primaryUrl;
    options.statusUrl = statusUrl.isValid() ? statusUrl : options.profile.statusUrl;

    for (const QString &text : parser.values(resolverOpt)) {
        QString error;
        const auto endpoint = ResolverEndpoint::parse(text, &error);
        if (!endpoint)
            return usageError(error);
        options.resolvers << *endpoint;
    }
    if (!parser.isSet(resolverOpt))
        options.resolvers = DiagnosisOptions::defaultResolvers();
    for (const QString &text : parser.values(dohOpt)) {
        const QUrl doh(text);
        if (!doh.isValid() || doh.scheme() != QLatin1String("https") || doh.host().isEmpty())
            return usageError(Text::tr("--doh needs an https:// URL, got \"%1\"").arg(text));
        options.dohEndpoints << doh;
    }
    if (!parser.isSet(dohOpt))
        options.dohEndpoints = DiagnosisOptions::defaultDohEndpoints();

    if (parser.isSet(captiveOpt)) {
        const QUrl captive(parser.value(captiveOpt));
        if (!captive.isValid() || captive.scheme() != QLatin1String("http") || captive.host().isEmpty())
            return usageError(Text::tr("--captive-url needs an http:// URL, got \"%1\"").arg(parser.value(captiveOpt)));
        options.captivePortalUrl = captive;
    }

    const auto seconds = [&](const QCommandLineOption &opt, std::chrono::milliseconds &target) -> bool {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const double value = parser.value(opt).toDouble(&ok);
        if (!ok || value <= 0 || value > 600)
            return false;
        target = std::chrono::milliseconds(static_cast<qint64>(value * 1000));
        return true;
    };
    if (!seconds(timeoutOpt, options.overallTimeout))
        return usageError(Text::tr("--timeout takes a number of seconds from 0 to 600"));
    if (!seconds(probeTimeoutOpt, options.probeTimeout))
        return usageError(Text::tr("--probe-timeout takes a number of seconds from 0 to 600"));
    if (options.probeTimeout > options.overallTimeout)
        options.probeTimeout = options.overallTimeout;

    QString trustError;
    options.trust = TrustAnchors::load(parser.value(rootsOpt), parser.value(extraRootsOpt), &trustError);
    if (!trustError.isEmpty())
        return usageError(trustError);
    return std::nullopt;
}

} // namespace

int runDiagnose(const QStringList &arguments)
{
    ParsedDiagnose parsed;
    if (const auto exit = parseDiagnose(arguments, parsed))
        return *exit;

    DiagnosisRun run(parsed.options);
    QEventLoop loop;
    QObject::connect(&run, &DiagnosisRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (!run.isFinished())
        loop.exec();

    const Evidence &evidence = run.evidence();
    const Diagnosis diagnosis = diagnose(evidence, run.options().profile);
    if (parsed.json) {
        QJsonArray findings;
        for (const Finding &f : diagnosis.findings)
            findings.append(toJson(f));
        const QJsonObject document {{QStringLiteral("schema_version"), Evidence::SchemaVersion},
            {QStringLiteral("verdict"), toJson(diagnosis.verdict)}, {QStringLiteral("findings"), findings},
            {QStringLiteral("evidence"), toJson(evidence)}};
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        out() << renderEvidenceText(evidence, diagnosis);
    }
    out().flush();
    const bool problem = diagnosis.verdict.code != QLatin1String("ok");
    return finishDiagnose(
        evidence, diagnosis, run.options().profile, parsed.report, problem ? ExitProblemFound : ExitNoProblem);
}

} // namespace gatecheck::cli
