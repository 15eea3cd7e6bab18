// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/Probe.h"

class QTcpSocket;

namespace gatecheck {

// Opens a TCP connection (no proxy) to one address and reports how long it took or why it
// failed: refused, reset, unreachable, or silently dropped (timeout).
class TcpConnectProbe : public Probe
{
    Q_OBJECT
public:
    TcpConnectProbe(
        QString host, QString address, quint16 port, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~TcpConnectProbe() override;
    const TcpObservation &observation() const { return m_observation; }

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    TcpObservation m_observation;
    QTcpSocket *m_socket = nullptr;
};

} // namespace gatecheck
