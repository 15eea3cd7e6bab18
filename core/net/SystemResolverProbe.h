// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/Probe.h"

#include <memory>

namespace gatecheck {

// Resolves a name the way a browser on this machine would (getaddrinfo: hosts file,
// nsswitch, the configured resolvers, the OS cache), on a worker thread so the event loop
// never blocks. getaddrinfo cannot be interrupted: on deadline or cancel the result is
// simply dropped when it arrives.
class SystemResolverProbe : public Probe
{
    Q_OBJECT
public:
    SystemResolverProbe(QString host, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~SystemResolverProbe() override;
    const DnsObservation &observation() const { return m_observation; }

    // How a getaddrinfo failure is classified (status is its return value; sysErrno the
    // errno for EAI_SYSTEM). Public so it can be tested on every platform.
    static ProbeError errorFor(int status, int sysErrno, const QString &host);

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    void onResolved(int status, int sysErrno, const QStringList &addresses);
    void detach();

    struct Pending;
    DnsObservation m_observation;
    std::shared_ptr<Pending> m_pending;
};

} // namespace gatecheck
