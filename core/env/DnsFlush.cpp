// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/DnsFlush.h"

#include "evidence/EvidenceJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatecheck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsFlush)
};
} // namespace

QString flushStatusOf(const QList<DnsFlushStep> &steps)
{
    bool declined = false;
    bool failed = false;
    for (const DnsFlushStep &s : steps) {
        if (s.outcome == QLatin1String("flushed"))
            return QStringLiteral("flushed");
        declined |= s.outcome == QLatin1String("declined");
        failed |= s.outcome == QLatin1String("failed");
    }
    if (declined)
        return QStringLiteral("declined");
    if (failed)
        return QStringLiteral("failed");
    return QStringLiteral("nothing_to_flush");
}

QStringList browserDnsCacheAdvice()
{
    return {Text::tr("Browsers keep their own DNS cache, which flushing the computer's cache does not clear."),
        Text::tr("Chrome, Edge, Brave: open chrome://net-internals/#dns (in Edge edge://net-internals/#dns) and "
                 "press \"Clear host cache\", then on the \"Sockets\" page press \"Flush socket pools\"."),
        Text::tr("Firefox: open about:networking#dns and press \"Clear DNS Cache\"."),
        Text::tr("Or quit the browser completely (on Windows check it is not still running in the background) "
                 "and start it again.")};
}

QJsonObject toJson(const DnsFlushResult &r)
{
    QJsonArray steps;
    for (const DnsFlushStep &s : r.steps)
        steps.append(QJsonObject {{QStringLiteral("cache"), s.cache}, {QStringLiteral("method"), s.method},
            {QStringLiteral("outcome"), s.outcome}, {QStringLiteral("detail"), s.detail},
            {QStringLiteral("stats_before"), s.statsBefore}, {QStringLiteral("stats_after"), s.statsAfter}});
    QJsonArray comparisons;
    for (const DnsFlushComparison &c : r.comparisons)
        comparisons.append(QJsonObject {{QStringLiteral("host"), c.host}, {QStringLiteral("before"), toJson(c.before)},
            {QStringLiteral("after"), toJson(c.after)}, {QStringLiteral("changed"), c.changed}});
    QJsonArray advice;
    for (const QString &a : r.browserAdvice)
        advice.append(a);
    return {{QStringLiteral("status"), r.status}, {QStringLiteral("summary"), r.summary},
        {QStringLiteral("steps"), steps}, {QStringLiteral("comparisons"), comparisons},
        {QStringLiteral("browser_advice"), advice}};
}

} // namespace gatecheck
