// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gatecheck::gui {

// One aspect of two runs side by side.
struct CompareRow
{
    QString aspect;
    QString older;
    QString newer;
    bool differs = false;
    bool comparable = true; // false for rows that always differ, like the time
};

// Two stored runs side by side: when and where, the verdicts, each path's answer, the
// system's DNS answers, the encryption verdict and the proxy in use. Until core/report has a
// compare model this is the GUI's own, built from the same evidence.
class ComparePresenter
{
    Q_DECLARE_TR_FUNCTIONS(ComparePresenter)
public:
    static QList<CompareRow> compare(
        const StoredRun &older, const StoredRun &newer, const QString &olderService, const QString &newerService);
};

} // namespace gatecheck::gui
