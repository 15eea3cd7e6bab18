// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"

namespace gatecheck::rig {

class Netns;
class TestCa;

// A real TLS-intercepting middlebox: mitmdump on an ephemeral port of 127.0.0.1 (inside `ns`
// when given), re-signing every site with the CA the test supplies, whose subject can
// imitate a real inspection product ("Zscaler Root CA"). Unless told to trust the upstream's
// CA it refuses private upstreams and answers 502 itself ("server: mitmproxy ...") — the
// "the middlebox made the 502" case.
class Mitmproxy
{
public:
    explicit Mitmproxy(const Netns *ns = nullptr);

    // Configure before start().
    void setInterceptionCa(const TestCa &ca);
    void setUpstreamTrustedCa(const QString &caCertPath) { m_upstreamCa = caCertPath; }

    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    RigProcess &process() { return m_process; }

private:
    const Netns *m_ns;
    RigProcess m_process;
    QString m_caPem;
    QString m_upstreamCa;
    quint16 m_port = 0;
};

} // namespace gatecheck::rig
