// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"
#include "diagnosis/Finding.h"
#include "profiles/VendorProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gatecheck::gui {

// One thing to do now, with the one-line reason for it.
struct VerdictStep
{
    QString action;
    QString reason;
};

// What the verdict card shows, in plain words, computed from a Diagnosis.
struct VerdictView
{
    Tone tone = Tone::Info;
    QString toneLabel; // "Problem found", "Looks fine", ... (the word that goes with the colour)
    QString headline;
    QString summary;
    QString whoShouldAct; // "Xero has to fix this"
    QString whoDetail; // what that means for the user
    QList<VerdictStep> steps; // numbered, short, at most five
};

class VerdictPresenter
{
    Q_DECLARE_TR_FUNCTIONS(VerdictPresenter)
public:
    static constexpr int MaxSteps = 5;

    static VerdictView present(const Diagnosis &diagnosis, const VendorProfile &profile, bool cancelled = false);
    static QString whoShouldAct(WhoFixes who, const QString &serviceName);
    static QString whoDetail(WhoFixes who, const QString &serviceName);
    // "Do this — because that" (or on two lines) gives action and reason; else just action.
    static VerdictStep splitStep(const QString &step);
    // A short ticket-ready text of the view (used by "Copy summary" before core's renderer has more).
    static QString plainText(const VerdictView &view, const QString &serviceName);
};

} // namespace gatecheck::gui
