// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"

namespace gatecheck::rig {

class Netns;

// A deliberately broken HTTP peer (tests/rig/hostile_http.py) on an ephemeral port of
// 127.0.0.1, inside `ns` when given. Each mode is one way a broken middlebox, a tarpit or an
// attacker misbehaves; probes must survive all of them within their limits.
class HostileHttp
{
public:
    enum class Mode {
        Garbage, // bytes that are not HTTP, then close
        EndlessBody, // a 200 whose body never ends
        HugeHeaders, // a 200 with just over 1 MiB of header lines (1040 fields)
        LargeHeaders, // a 200 with 12 fields of 7000 bytes: 84 KB, each field within Qt's limits
        EndlessHeaders, // a status line, then header lines forever
        Slowloris, // a small valid response, one byte per second
        Silent, // accepts, never answers
        AcceptClose, // accepts and closes without a byte
        Reset, // accepts and resets (RST)
    };

    explicit HostileHttp(Mode mode, const Netns *ns = nullptr);
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    RigProcess &process() { return m_process; }
    static QString modeName(Mode mode);

private:
    Mode m_mode;
    const Netns *m_ns;
    RigProcess m_process;
    quint16 m_port = 0;
};

// The Python interpreter the rig's scripts run with (Debian's, see toolchain notes).
QString rigPython();

} // namespace gatecheck::rig
