// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DiagnosisOptions.h"

#include <QString>
#include <QStringList>

namespace gatecheck::gui {

// The user's choices that outlive the window, kept in QSettings: the last service picked,
// the resolvers to compare with, timeouts, watch interval, language, report redaction.
struct AppSettings
{
    // Start page memory
    QString lastServiceId;
    QString lastUrl;
    QString lastActivity;

    // Measuring
    QStringList resolvers; // "IP[:PORT]" each
    QString dohEndpoint; // "" = no DNS-over-HTTPS comparison
    int probeTimeoutSeconds = 8;
    int overallTimeoutSeconds = 25;

    // Watch mode and reports
    int watchIntervalMinutes = 2;
    bool redactReports = true;
    QString language; // "" = follow the system, else "en", "de"

    static AppSettings load();
    void save() const;
    static AppSettings defaults();

    // Puts resolvers, DNS-over-HTTPS and timeouts into `options`. Returns false with a plain
    // explanation when a stored value cannot be used (the rest is still applied).
    bool applyTo(DiagnosisOptions &options, QString *error = nullptr) const;

    // Checks the user's text before saving; returns a plain explanation of the first problem.
    static QString validateResolvers(const QStringList &resolvers);
    static QString validateDohEndpoint(const QString &url);
};

} // namespace gatecheck::gui
