// SPDX-License-Identifier: GPL-3.0-or-later
#include "SilentDnsServer.h"

namespace gatecheck::rig {

bool SilentDnsServer::start(const QHostAddress &address)
{
    // The UDP port comes from the kernel; TCP takes the same number (retry if it is taken).
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_tcp.close();
        m_udp.close();
        if (!m_udp.bind(address, 0))
            return false;
        if (m_tcp.listen(address, m_udp.localPort()))
            return true;
    }
    return false;
}

} // namespace gatecheck::rig
