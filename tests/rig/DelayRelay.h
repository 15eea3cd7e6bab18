// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"

#include <chrono>

namespace gatecheck::rig {

class Netns;

// Latency without netem (this kernel has none): a user-space TCP relay
// (tests/rig/delay_relay.py) on an ephemeral port of 127.0.0.1 that forwards to `target`
// and holds every byte back by `delay`, both ways. Its upstream connect is delayed as well,
// so a response starts no sooner than 2 x delay after the client connected.
class DelayRelay
{
public:
    DelayRelay(QString targetHost, quint16 targetPort, std::chrono::milliseconds delay, const Netns *ns = nullptr);
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }

private:
    QString m_targetHost;
    quint16 m_targetPort;
    std::chrono::milliseconds m_delay;
    const Netns *m_ns;
    RigProcess m_process;
    quint16 m_port = 0;
};

} // namespace gatecheck::rig
