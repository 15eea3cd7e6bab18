// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentCommand.h"

#include "CliCommon.h"
#include "EnvironmentText.h"
#include "env/EnvironmentInspector.h"
#include "evidence/EvidenceJson.h"
#include "net/NetSettings.h"
#include "profiles/ProfileRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCommand)
};

} // namespace

int runEnvironment(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints what this computer contributes to the way it reaches a cloud service: proxy settings\n"
                 "(system, environment, desktop, Firefox, PAC/WPAD evaluated for the service), network interfaces\n"
                 "and VPNs with the route the service's traffic takes, browser extensions that can alter or block\n"
                 "requests, trusted roots that are not public (TLS inspection), DNS settings and hosts-file\n"
                 "entries. Reads local settings only; a PAC file is fetched when one is configured, and a\n"
                 "captive-portal check is sent only with --captive-url.\n"
                 "Exit status: 0 collected, 2 usage error, 3 nothing could be read."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        Text::tr("Vendor profile: an id (xero, quickbooks, ...) or a JSON file."), Text::tr("NAME|FILE"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), Text::tr("The service's URL."), Text::tr("URL"));
    const QCommandLineOption captiveOpt(QStringLiteral("captive-url"),
        Text::tr("Plain-HTTP connectivity-check URL for the captive-portal check "
                 "(e.g. http://connectivitycheck.gstatic.com/generate_204)."),
        Text::tr("URL"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"), Text::tr("Deadline in seconds (default 15)."), Text::tr("SECONDS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Text::tr("Print JSON instead of text."));
    parser.addOptions({profileOpt, urlOpt, captiveOpt, timeoutOpt, jsonOpt});
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    if (parser.isSet(profileOpt) && parser.isSet(urlOpt))
        return usageError(Text::tr("give either --url or --profile, not both"));

    EnvironmentOptions options;
    if (parser.isSet(urlOpt)) {
        const QUrl url = QUrl::fromUserInput(parser.value(urlOpt));
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return usageError(
                Text::tr("--url needs an http:// or https:// URL with a host, got \"%1\"").arg(parser.value(urlOpt)));
        options.targetUrl = url;
    } else if (parser.isSet(profileOpt)) {
        QString error;
        const ProfileRegistry registry;
        const auto profile = registry.find(parser.value(profileOpt), &error);
        if (!profile)
            return usageError(error);
        options.targetUrl = profile->primaryUrl;
        options.hosts = profile->hosts;
    }
    if (parser.isSet(captiveOpt)) {
        const QUrl captive(parser.value(captiveOpt));
        if (!captive.isValid() || captive.scheme() != QLatin1String("http") || captive.host().isEmpty())
            return usageError(
                Text::tr("--captive-url needs a plain http:// URL, got \"%1\"").arg(parser.value(captiveOpt)));
        options.captivePortalUrl = captive;
    }
    std::chrono::milliseconds deadline {15000};
    if (!readSeconds(parser, timeoutOpt, deadline))
        return ExitUsage;

    EnvironmentInspector inspector(options, deadline);
    QEventLoop loop;
    QObject::connect(&inspector, &Probe::finished, &loop, &QEventLoop::quit);
    inspector.start();
    if (!inspector.isFinished())
        loop.exec();

    const EnvironmentFacts &facts = inspector.facts();
    if (parser.isSet(jsonOpt)) {
        const QJsonObject document {{QStringLiteral("schema_version"), Evidence::SchemaVersion},
            {QStringLiteral("target"), options.targetUrl.toString()}, {QStringLiteral("environment"), toJson(facts)}};
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        out() << renderEnvironmentText(facts, options.targetUrl.toString());
    }
    out().flush();
    return facts.collected ? ExitNoProblem : ExitInternal;
}

} // namespace gatecheck::cli
