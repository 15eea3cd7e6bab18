// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesCommand.h"

#include "CliCommon.h"
#include "profiles/ProfileRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gatecheck::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)
};

} // namespace

int runProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the vendor profiles that diagnose --profile accepts."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Text::tr("Print the profiles as JSON."));
    parser.addOption(jsonOpt);
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;

    ProfileRegistry registry;
    registry.addUserDirectory(ProfileRegistry::defaultUserDirectory());
    const QList<VendorProfile> profiles = registry.profiles();
    if (parser.isSet(jsonOpt)) {
        QJsonArray list;
        for (const VendorProfile &p : profiles)
            list.append(toJson(p));
        const QJsonObject doc {{QStringLiteral("profiles"), list},
            {QStringLiteral("errors"), QJsonArray::fromStringList(registry.loadErrors())}};
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        qsizetype width = 0;
        for (const VendorProfile &p : profiles)
            width = std::max(width, p.id.size());
        for (const VendorProfile &p : profiles)
            out() << "  " << p.id.leftJustified(width + 2) << p.displayName << "  " << p.primaryUrl.toString() << "\n";
        out() << Text::tr("Your own profiles: %1 (*.json, see docs/profiles.md)\n")
                     .arg(ProfileRegistry::defaultUserDirectory());
        for (const QString &e : registry.loadErrors())
            err() << Text::tr("gatecheck-cli: skipped a profile: %1").arg(e) << "\n";
    }
    out().flush();
    err().flush();
    return ExitNoProblem;
}

} // namespace gatecheck::cli
