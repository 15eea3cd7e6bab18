// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/Probe.h"
#include "net/ResolverEndpoint.h"

#include <memory>

namespace gatecheck {
namespace dns {
struct Answer;
}

// Asks one specific DNS server for A and AAAA records with c-ares (UDP, falling back to
// TCP on truncation; or TCP only). Driven by the Qt event loop through socket notifiers
// and c-ares' own timeouts — no thread per query. Records rcode, TTLs and timing.
class CaresResolverProbe : public Probe
{
    Q_OBJECT
public:
    enum class Transport { Udp, Tcp };
    CaresResolverProbe(QString host, ResolverEndpoint server, Transport transport, std::chrono::milliseconds deadline,
        QObject *parent = nullptr);
    ~CaresResolverProbe() override;
    const DnsObservation &observation() const { return m_observation; }

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    void onAnswer(int type, const dns::Answer &answer);

    class Channel;
    DnsObservation m_observation;
    ResolverEndpoint m_server;
    Transport m_transport;
    std::unique_ptr<Channel> m_channel;
};

} // namespace gatecheck
