// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistModel.h"

#include "engine/DiagnosisOptions.h"

namespace gatecheck::gui {

ChecklistModel::Group ChecklistModel::groupOf(const QString &probeId)
{
    const QString category = probeId.section(QLatin1Char(':'), 0, 0);
    const QString second = probeId.section(QLatin1Char(':'), 1, 1);
    if (category == QLatin1String("status"))
        return Group::StatusPage;
    if (category == QLatin1String("dns")) {
        if (second == QLatin1String("system"))
            return Group::SystemDns;
        if (second == QLatin1String("doh"))
            return Group::EncryptedDns;
        return Group::AlternateDns;
    }
    if (category == QLatin1String("http")) {
        if (second == QLatin1String("as-browser"))
            return Group::BrowserPath;
        if (second == QLatin1String("direct") || second == QLatin1String("proxy"))
            return Group::DirectPath;
        if (second == QLatin1String("alt-dns"))
            return Group::AlternatePath;
        if (second == QLatin1String("ipv4") || second == QLatin1String("ipv6"))
            return Group::IpVersions;
        return Group::Other;
    }
    if (category == QLatin1String("tcp"))
        return Group::Connection;
    if (category == QLatin1String("tls"))
        return Group::Encryption;
    if (category == QLatin1String("environment") || category == QLatin1String("env"))
        return Group::ThisComputer;
    return Group::Other;
}

void ChecklistModel::reset(const QString &serviceName, const DiagnosisOptions &options)
{
    m_service = serviceName;
    m_steps.clear();
    const auto add = [this](Group g) { m_steps.append(Step {g}); };
    const QUrl statusUrl = options.statusUrl.isEmpty() ? options.profile.statusUrl : options.statusUrl;
    if (statusUrl.isValid() && !statusUrl.isEmpty())
        add(Group::StatusPage);
    add(Group::SystemDns);
    if (!options.resolvers.isEmpty())
        add(Group::AlternateDns);
    if (!options.dohEndpoints.isEmpty())
        add(Group::EncryptedDns);
    add(Group::BrowserPath);
    add(Group::DirectPath);
    add(Group::AlternatePath);
    add(Group::IpVersions);
    add(Group::Connection);
    const QUrl target = options.targetUrl.isEmpty() ? options.profile.primaryUrl : options.targetUrl;
    if (target.scheme() != QLatin1String("http"))
        add(Group::Encryption);
    if (options.collectEnvironment)
        add(Group::ThisComputer);
}

int ChecklistModel::indexOf(Group group) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).group == group)
            return i;
    return -1;
}

ChecklistModel::Step &ChecklistModel::stepFor(Group group)
{
    const int i = indexOf(group);
    if (i >= 0)
        return m_steps[i];
    m_steps.append(Step {group});
    return m_steps.last();
}

void ChecklistModel::probeStarted(const QString &probeId)
{
    Step &step = stepFor(groupOf(probeId));
    ++step.started;
    step.state = State::Checking;
}

void ChecklistModel::probeFinished(const QString &probeId, bool ok)
{
    Step &step = stepFor(groupOf(probeId));
    ++step.finished;
    if (!ok)
        ++step.failed;
    if (step.finished >= step.started)
        step.state = step.failed > 0 ? State::Failed : State::Passed;
}

void ChecklistModel::finish(bool cancelled)
{
    for (Step &step : m_steps) {
        if (step.started == 0)
            step.state = State::Skipped;
        else if (step.finished < step.started)
            step.state = cancelled ? State::Skipped : (step.failed > 0 ? State::Failed : State::Passed);
    }
}

QString ChecklistModel::title(Group group) const
{
    switch (group) {
    case Group::StatusPage:
        return tr("What %1's status page says").arg(m_service);
    case Group::SystemDns:
        return tr("Finding %1's servers (this computer's DNS)").arg(m_service);
    case Group::AlternateDns:
        return tr("Asking other DNS servers for comparison");
    case Group::EncryptedDns:
        return tr("Asking over encrypted DNS (DNS-over-HTTPS)");
    case Group::BrowserPath:
        return tr("Reaching %1 the way your browser does").arg(m_service);
    case Group::DirectPath:
        return tr("Reaching %1 directly, without a proxy").arg(m_service);
    case Group::AlternatePath:
        return tr("Reaching %1 at the addresses other DNS servers gave").arg(m_service);
    case Group::IpVersions:
        return tr("Trying IPv4 and IPv6 separately");
    case Group::Connection:
        return tr("Opening a connection to each server");
    case Group::Encryption:
        return tr("Checking the encryption certificate");
    case Group::ThisComputer:
        return tr("Looking at this computer's network settings");
    case Group::Other:
        return tr("Other checks");
    }
    return {};
}

QString ChecklistModel::stateText(const Step &step) const
{
    switch (step.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Checking:
        return step.started > 1 ? tr("Checking… (%1 of %2 done)").arg(step.finished).arg(step.started)
                                : tr("Checking…");
    case State::Passed:
        return tr("Done");
    case State::Failed:
        return step.failed == step.finished ? tr("No good answer")
                                            : tr("%1 of %2 without a good answer").arg(step.failed).arg(step.finished);
    case State::Skipped:
        return step.started == 0 ? tr("Not needed") : tr("Stopped");
    }
    return {};
}

Tone ChecklistModel::toneOf(State state)
{
    switch (state) {
    case State::Waiting:
        return Tone::Pending;
    case State::Checking:
        return Tone::Running;
    case State::Passed:
        return Tone::Good;
    case State::Failed:
        return Tone::Warning;
    case State::Skipped:
        return Tone::Skipped;
    }
    return Tone::Pending;
}

} // namespace gatecheck::gui
