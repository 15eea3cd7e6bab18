// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CaresResolverProbe.h"

#include "net/CaresChannel.h"
#include "net/DnsMessage.h"

#include <optional>

namespace gatecheck {

// The probe's view of its c-ares channel: the channel plus what each query produced.
class CaresResolverProbe::Channel
{
public:
    std::unique_ptr<dns::CaresChannel> channel;
    std::optional<dns::Answer> a;
    std::optional<dns::Answer> aaaa;
};

CaresResolverProbe::CaresResolverProbe(
    QString host, ResolverEndpoint server, Transport transport, std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("dns:%1:%2").arg(server.toString(), host), deadline, parent)
    , m_server(server)
    , m_transport(transport)
{
    m_observation.id = id();
    m_observation.host = host;
    m_observation.method = transport == Transport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
    m_observation.resolver = server.toString();
}

CaresResolverProbe::~CaresResolverProbe() = default;

void CaresResolverProbe::begin()
{
    m_channel = std::make_unique<Channel>();
    m_channel->channel = std::make_unique<dns::CaresChannel>(
        [this](dns::RecordType type, const dns::Answer &answer) { onAnswer(static_cast<int>(type), answer); });
    QString error;
    if (!m_channel->channel->open(m_server, m_transport == Transport::Tcp, deadline(), &error)) {
        m_channel.reset();
        m_observation.error = {ErrorCode::Other, error};
        m_observation.elapsedMs = elapsedMs();
        complete();
        return;
    }
    m_channel->channel->query(m_observation.host, dns::RecordType::A);
    m_channel->channel->query(m_observation.host, dns::RecordType::AAAA);
}

void CaresResolverProbe::onAnswer(int type, const dns::Answer &answer)
{
    if (!m_channel || isFinished())
        return;
    (type == int(dns::RecordType::A) ? m_channel->a : m_channel->aaaa) = answer;
    if (!m_channel->a || !m_channel->aaaa)
        return;
    dns::mergeInto(m_observation, *m_channel->a, *m_channel->aaaa);
    m_observation.elapsedMs = elapsedMs();
    // We are inside the channel's delivery: let it go from the event loop, not from here.
    m_channel->channel.release()->shutdownLater();
    m_channel.reset();
    complete();
}

void CaresResolverProbe::stop(const ProbeError &why)
{
    // From the deadline timer or cancel(), never from inside c-ares: destroying the channel
    // (ares_cancel, then ares_destroy) is safe here and ends every socket at once.
    m_channel.reset();
    m_observation.error = why;
    m_observation.elapsedMs = elapsedMs();
}

} // namespace gatecheck
