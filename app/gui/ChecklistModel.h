// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gatecheck {
struct DiagnosisOptions;
}

namespace gatecheck::gui {

// The live checklist's logic, apart from any widget: probe ids are grouped into steps a
// bookkeeper understands ("Xero's status page", "The browser's way to Xero", ...), and each
// step's state follows the probes that belong to it.
class ChecklistModel
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistModel)
public:
    enum class Group {
        StatusPage,
        SystemDns,
        AlternateDns,
        EncryptedDns,
        BrowserPath,
        DirectPath,
        AlternatePath,
        IpVersions,
        Connection,
        Encryption,
        ThisComputer,
        Other,
    };
    enum class State { Waiting, Checking, Passed, Failed, Skipped };

    struct Step
    {
        Group group;
        int started = 0;
        int finished = 0;
        int failed = 0;
        State state = State::Waiting;
    };

    // Lays out the steps this run is expected to go through, all waiting.
    void reset(const QString &serviceName, const DiagnosisOptions &options);
    void probeStarted(const QString &probeId);
    void probeFinished(const QString &probeId, bool ok);
    // The run ended: steps that never started are "not needed", running ones are cut short.
    void finish(bool cancelled);

    const QList<Step> &steps() const { return m_steps; }
    int indexOf(Group group) const;
    QString title(Group group) const;
    QString stateText(const Step &step) const;
    static Tone toneOf(State state);
    static Group groupOf(const QString &probeId);

private:
    Step &stepFor(Group group);

    QString m_service;
    QList<Step> m_steps;
};

} // namespace gatecheck::gui
