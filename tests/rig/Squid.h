// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RigProcess.h"

namespace gatecheck::rig {

class Netns;

// A real squid forward proxy from a private configuration (cache, logs, pid and shared
// memory names of its own) on an ephemeral port of 127.0.0.1, inside `ns` when given. It
// answers with its own error pages when it cannot reach the upstream: a refused upstream
// gives 503 ERR_CONNECT_FAIL, one that accepts and closes gives 502 ERR_ZERO_SIZE_OBJECT.
// Names resolve from its own hosts file only; it never asks a DNS server outside.
class Squid
{
public:
    explicit Squid(const Netns *ns = nullptr);

    // Configure before start().
    void requireBasicAuth(bool on) { m_auth = on; } // every request gets 407 without credentials
    void addHost(const QString &name, const QString &address);
    // Listen elsewhere than 127.0.0.1: inside a namespace, an address of its own plays an
    // office proxy on another machine.
    void setListenAddress(const QString &address) { m_listen = address; }
    QString listenAddress() const { return m_listen; }

    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    QStringList accessLog() const;
    RigProcess &process() { return m_process; }

private:
    const Netns *m_ns;
    RigProcess m_process;
    QByteArray m_hosts = "127.0.0.1 localhost\n";
    bool m_auth = false;
    QString m_listen = QStringLiteral("127.0.0.1");
    quint16 m_port = 0;
};

} // namespace gatecheck::rig
