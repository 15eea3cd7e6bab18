// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <chrono>

namespace gatecheck::rig {

class Netns;
class RigProcess;

// Moves the calling thread into a namespace the test made, for as long as the object
// lives. Sockets opened meanwhile (a probe's QTcpSocket/QSslSocket, a readiness check)
// belong to that namespace, so a probe can run against servers and firewall rules that
// exist only there. Only the calling thread moves: sockets Qt opens in its own threads stay
// where they were.
class NetnsScope
{
public:
    explicit NetnsScope(const Netns &ns);
    ~NetnsScope();
    NetnsScope(const NetnsScope &) = delete;
    NetnsScope &operator=(const NetnsScope &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

private:
    int m_original = -1;
    bool m_active = false;
    QString m_error;
};

// Waits until `process` accepts TCP on address:port, checked from inside `ns` when given
// (servers started with ns->execPrefix() listen on that namespace's loopback).
bool waitForTcpIn(const Netns *ns, RigProcess &process, const QHostAddress &address, quint16 port,
    std::chrono::milliseconds timeout = std::chrono::seconds(20), QString *error = nullptr);

} // namespace gatecheck::rig
