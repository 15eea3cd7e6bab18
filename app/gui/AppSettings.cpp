// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace gatecheck::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

QStringList defaultResolverTexts()
{
    QStringList out;
    const auto resolvers = DiagnosisOptions::defaultResolvers();
    for (const ResolverEndpoint &r : resolvers)
        out << r.toString();
    return out;
}

} // namespace

AppSettings AppSettings::defaults()
{
    AppSettings s;
    s.resolvers = defaultResolverTexts();
    const auto doh = DiagnosisOptions::defaultDohEndpoints();
    s.dohEndpoint = doh.isEmpty() ? QString() : doh.constFirst().toString();
    return s;
}

AppSettings AppSettings::load()
{
    const AppSettings d = defaults();
    QSettings q;
    AppSettings s;
    s.lastServiceId = q.value(QStringLiteral("start/service")).toString();
    s.lastUrl = q.value(QStringLiteral("start/url")).toString();
    s.lastActivity = q.value(QStringLiteral("start/activity")).toString();
    s.resolvers = q.value(QStringLiteral("measure/resolvers"), d.resolvers).toStringList();
    s.dohEndpoint = q.value(QStringLiteral("measure/doh"), d.dohEndpoint).toString();
    s.probeTimeoutSeconds =
        qBound(1, q.value(QStringLiteral("measure/probeTimeout"), d.probeTimeoutSeconds).toInt(), 120);
    s.overallTimeoutSeconds = qBound(
        s.probeTimeoutSeconds, q.value(QStringLiteral("measure/overallTimeout"), d.overallTimeoutSeconds).toInt(), 600);
    s.watchIntervalMinutes =
        qBound(1, q.value(QStringLiteral("watch/intervalMinutes"), d.watchIntervalMinutes).toInt(), 120);
    s.redactReports = q.value(QStringLiteral("report/redact"), d.redactReports).toBool();
    s.language = q.value(QStringLiteral("ui/language"), d.language).toString();
    return s;
}

void AppSettings::save() const
{
    QSettings q;
    q.setValue(QStringLiteral("start/service"), lastServiceId);
    q.setValue(QStringLiteral("start/url"), lastUrl);
    q.setValue(QStringLiteral("start/activity"), lastActivity);
    q.setValue(QStringLiteral("measure/resolvers"), resolvers);
    q.setValue(QStringLiteral("measure/doh"), dohEndpoint);
    q.setValue(QStringLiteral("measure/probeTimeout"), probeTimeoutSeconds);
    q.setValue(QStringLiteral("measure/overallTimeout"), overallTimeoutSeconds);
    q.setValue(QStringLiteral("watch/intervalMinutes"), watchIntervalMinutes);
    q.setValue(QStringLiteral("report/redact"), redactReports);
    q.setValue(QStringLiteral("ui/language"), language);
    q.sync();
}

bool AppSettings::applyTo(DiagnosisOptions &options, QString *error) const
{
    bool ok = true;
    options.resolvers.clear();
    for (const QString &text : resolvers) {
        QString why;
        if (const auto endpoint = ResolverEndpoint::parse(text.trimmed(), &why)) {
            options.resolvers << *endpoint;
        } else {
            ok = false;
            if (error)
                *error = Text::tr("The alternate DNS server \"%1\" in Settings was skipped: %2").arg(text, why);
        }
    }
    options.dohEndpoints.clear();
    if (!dohEndpoint.trimmed().isEmpty()) {
        if (validateDohEndpoint(dohEndpoint).isEmpty()) {
            options.dohEndpoints << QUrl(dohEndpoint.trimmed());
        } else {
            ok = false;
            if (error)
                *error = validateDohEndpoint(dohEndpoint);
        }
    }
    options.probeTimeout = std::chrono::seconds(probeTimeoutSeconds);
    options.overallTimeout = std::chrono::seconds(qMax(overallTimeoutSeconds, probeTimeoutSeconds));
    return ok;
}

QString AppSettings::validateResolvers(const QStringList &list)
{
    for (const QString &text : list) {
        QString why;
        if (!ResolverEndpoint::parse(text.trimmed(), &why))
            return Text::tr("\"%1\" is not a DNS server address (like 1.1.1.1 or 9.9.9.9:53): %2").arg(text, why);
    }
    return {};
}

QString AppSettings::validateDohEndpoint(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return Text::tr("The DNS-over-HTTPS address must start with https:// and name a server, like "
                        "https://1.1.1.1/dns-query.");
    return {};
}

} // namespace gatecheck::gui
