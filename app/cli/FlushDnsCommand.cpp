// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlushDnsCommand.h"

#include "CliCommon.h"
#include "EnvironmentText.h"
#include "env/DnsFlusher.h"
#include "profiles/ProfileRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FlushDnsCommand)
};

} // namespace

int runFlushDns(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Flushes this computer's DNS cache (systemd-resolved, nscd, a local dnsmasq/unbound on Linux;\n"
                 "the DNS Client service on Windows; mDNSResponder on macOS, after the administrator prompt) and\n"
                 "resolves the given names before and after, so the effect shows. Browsers keep their own cache;\n"
                 "the output says how to clear it.\n"
                 "Exit status: 0 flushed, 1 nothing to flush or approval declined, 2 usage error, 3 flush failed."));
    parser.addHelpOption();
    const QCommandLineOption hostOpt(
        QStringLiteral("host"), Text::tr("A name to resolve before and after (repeatable)."), Text::tr("NAME"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        Text::tr("Resolve the hosts of this vendor profile before and after."), Text::tr("NAME|FILE"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"), Text::tr("Deadline of each lookup in seconds (default 5)."), Text::tr("SECONDS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Text::tr("Print JSON instead of text."));
    parser.addOptions({hostOpt, profileOpt, timeoutOpt, jsonOpt});
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;

    QStringList hosts;
    for (const QString &host : parser.values(hostOpt)) {
        const QString h = host.trimmed();
        if (h.isEmpty() || h.size() > 253 || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char(' ')))
            return usageError(Text::tr("--host takes a host name, got \"%1\"").arg(host));
        if (!hosts.contains(h))
            hosts << h;
    }
    if (parser.isSet(profileOpt)) {
        QString error;
        const ProfileRegistry registry;
        const auto profile = registry.find(parser.value(profileOpt), &error);
        if (!profile)
            return usageError(error);
        for (const QString &h : profile->hosts)
            if (!hosts.contains(h))
                hosts << h;
    }
    std::chrono::milliseconds lookupTimeout {5000};
    if (!readSeconds(parser, timeoutOpt, lookupTimeout))
        return ExitUsage;

    DnsFlusher flusher(hosts, lookupTimeout);
    QEventLoop loop;
    QObject::connect(&flusher, &DnsFlusher::finished, &loop, &QEventLoop::quit);
    flusher.start();
    loop.exec();

    const DnsFlushResult &result = flusher.result();
    if (parser.isSet(jsonOpt))
        out() << QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented));
    else
        out() << renderFlushText(result);
    out().flush();
    if (result.status == QLatin1String("flushed"))
        return ExitNoProblem;
    if (result.status == QLatin1String("failed"))
        return ExitInternal;
    return ExitProblemFound; // nothing to flush, or the approval was declined
}

} // namespace gatecheck::cli
