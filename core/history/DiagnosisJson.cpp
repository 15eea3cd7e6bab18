// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/DiagnosisJson.h"

#include <QJsonArray>

namespace gatecheck {

QJsonObject diagnosisToJson(const Diagnosis &diagnosis)
{
    QJsonArray findings;
    for (const Finding &f : diagnosis.findings)
        findings.append(toJson(f));
    return {{QStringLiteral("verdict"), toJson(diagnosis.verdict)}, {QStringLiteral("findings"), findings}};
}

Diagnosis diagnosisFromJson(const QJsonObject &o)
{
    Diagnosis d;
    d.verdict = verdictFromJson(o.value(QStringLiteral("verdict")).toObject());
    const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &f : findings)
        d.findings.append(findingFromJson(f.toObject()));
    return d;
}

} // namespace gatecheck
