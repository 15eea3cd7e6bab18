// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportOutline.h"

#include <QCoreApplication>

namespace gatecheck::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

Outline buildOutline(const Report &r)
{
    Outline o;
    const QString vendor = vendorName(r);
    const bool forVendor = r.options.audience == ReportAudience::VendorSupport;
    o.title = forVendor ? Text::tr("Connection report for %1 support").arg(vendor)
                        : Text::tr("Why %1 is not working: connection report").arg(vendor);
    if (r.diagnosis.verdict.code == QLatin1String("ok"))
        o.title = forVendor ? o.title : Text::tr("Connection report for %1").arg(vendor);
    QStringList sub {Text::tr("Tested %1").arg(formatTime(r.evidence.startedAt, r.timeZone)), r.evidence.targetUrl};
    if (!r.network.label.isEmpty())
        sub << Text::tr("on %1").arg(r.network.label);
    o.subtitle = sub.join(QStringLiteral(" · "));

    QStringList kinds;
    for (const QString &k : r.redactedKinds)
        kinds << redactionKindLabel(k);
    if (!r.redacted)
        o.redactionLine = Text::tr("Not redacted: this report contains everything that was measured, including "
                                   "private details. Share it with care.");
    else if (kinds.isEmpty())
        o.redactionLine = Text::tr("Redacted for sharing; nothing private was found to remove.");
    else
        o.redactionLine = Text::tr("Redacted for sharing: %1 were removed.").arg(kinds.join(QStringLiteral(", ")));

    o.summary = summarySections(r);
    o.evidenceTitle = Text::tr("Evidence for IT");
    o.evidenceIntro = Text::tr("What Gatecheck measured, raw enough to check its conclusions. Times are in %1.")
                          .arg(QString::fromUtf8(r.timeZone.id()));
    o.evidence = evidenceSections(r) + environmentSections(r);
    o.footer =
        Text::tr("Gatecheck %1 · %2 · report made %3").arg(r.appVersion, vendor, formatTime(r.generatedAt, r.timeZone));
    o.documentTitle = o.title;
    return o;
}

} // namespace gatecheck::report
