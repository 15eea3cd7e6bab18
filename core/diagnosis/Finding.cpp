// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/Finding.h"

#include <QJsonArray>

namespace gatecheck {

QString toString(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Problem:
        return QStringLiteral("problem");
    }
    return QStringLiteral("info");
}

QString toString(WhoFixes w)
{
    switch (w) {
    case WhoFixes::Vendor:
        return QStringLiteral("vendor");
    case WhoFixes::It:
        return QStringLiteral("it");
    case WhoFixes::User:
        return QStringLiteral("user");
    case WhoFixes::Isp:
        return QStringLiteral("isp");
    case WhoFixes::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

Severity severityFromString(const QString &s)
{
    if (s == QLatin1String("problem"))
        return Severity::Problem;
    if (s == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Info;
}

WhoFixes whoFixesFromString(const QString &s)
{
    if (s == QLatin1String("vendor"))
        return WhoFixes::Vendor;
    if (s == QLatin1String("it"))
        return WhoFixes::It;
    if (s == QLatin1String("user"))
        return WhoFixes::User;
    if (s == QLatin1String("isp"))
        return WhoFixes::Isp;
    return WhoFixes::None;
}

QJsonObject toJson(const Finding &f)
{
    return {{QStringLiteral("code"), f.code}, {QStringLiteral("severity"), toString(f.severity)},
        {QStringLiteral("who_fixes"), toString(f.whoFixes)}, {QStringLiteral("confidence"), f.confidence},
        {QStringLiteral("title"), f.title}, {QStringLiteral("detail"), f.detail},
        {QStringLiteral("next_steps"), QJsonArray::fromStringList(f.nextSteps)},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)}};
}

QJsonObject toJson(const Verdict &v)
{
    return {{QStringLiteral("code"), v.code}, {QStringLiteral("who_fixes"), toString(v.whoFixes)},
        {QStringLiteral("headline"), v.headline}, {QStringLiteral("summary"), v.summary}};
}

static QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a)
        out << item.toString();
    return out;
}

Finding findingFromJson(const QJsonObject &o)
{
    Finding f;
    f.code = o.value(QStringLiteral("code")).toString();
    f.severity = severityFromString(o.value(QStringLiteral("severity")).toString());
    f.whoFixes = whoFixesFromString(o.value(QStringLiteral("who_fixes")).toString());
    f.confidence = o.value(QStringLiteral("confidence")).toDouble(1.0);
    f.title = o.value(QStringLiteral("title")).toString();
    f.detail = o.value(QStringLiteral("detail")).toString();
    f.nextSteps = toStrings(o.value(QStringLiteral("next_steps")));
    f.evidence = toStrings(o.value(QStringLiteral("evidence")));
    return f;
}

Verdict verdictFromJson(const QJsonObject &o)
{
    Verdict v;
    v.code = o.value(QStringLiteral("code")).toString();
    v.whoFixes = whoFixesFromString(o.value(QStringLiteral("who_fixes")).toString());
    v.headline = o.value(QStringLiteral("headline")).toString();
    v.summary = o.value(QStringLiteral("summary")).toString();
    return v;
}

} // namespace gatecheck
