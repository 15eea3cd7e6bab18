// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace gatecheck::rig {

// A real server process started by a test: its own temporary directory, its output kept
// in a log file (shown when it fails to start), and always stopped — SIGTERM, then
// SIGKILL — when the object goes away.
class RigProcess
{
public:
    explicit RigProcess(QString name);
    ~RigProcess();
    RigProcess(const RigProcess &) = delete;
    RigProcess &operator=(const RigProcess &) = delete;

    const QString &name() const { return m_name; }
    QString dir() const { return m_dir.path(); } // scratch directory owned by this process
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }
    bool writeFile(const QString &relative, const QByteArray &content) const;

    // Starts `program` with `arguments`. `prefix` (e.g. {"ip","netns","exec","ns1"}) is put
    // in front of the command, for servers that live inside a namespace.
    bool start(const QString &program, const QStringList &arguments, const QStringList &prefix = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Waits until a TCP connect to address:port succeeds, or the process dies, or timeout.
    bool waitForTcp(
        const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Waits until the process's output contains `text`.
    bool waitForOutput(const QString &text, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    bool isRunning() const;
    void stop();

    QString output() const; // everything it printed so far (also in dir()/<name>.log)
    QString lastError() const { return m_error; }

private:
    QString m_name;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

// An unused port on 127.0.0.1 (TCP or UDP), picked by the kernel.
quint16 freeTcpPort(const QHostAddress &address = QHostAddress::LocalHost);
quint16 freeUdpPort(const QHostAddress &address = QHostAddress::LocalHost);

// Full path of a program, or empty. Looks in PATH and the sbin directories.
QString findProgram(const QString &name);

// True when the test may create network namespaces (root, and `ip netns` works).
bool canUseNetworkNamespaces();

// In CI a missing tool is a failure, elsewhere a skip: use as
//   RIG_REQUIRE_PROGRAM("nginx");
#define RIG_REQUIRE_PROGRAM(name)                                                                                      \
    do {                                                                                                               \
        if (gatecheck::rig::findProgram(QStringLiteral(name)).isEmpty()) {                                             \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL("required program missing in CI: " name);                                                        \
            QSKIP("program not installed: " name);                                                                     \
        }                                                                                                              \
    } while (false)

#define RIG_REQUIRE_NETNS()                                                                                            \
    do {                                                                                                               \
        if (!gatecheck::rig::canUseNetworkNamespaces()) {                                                              \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL("network namespaces unavailable in CI (run as root)");                                           \
            QSKIP("needs root for network namespaces");                                                                \
        }                                                                                                              \
    } while (false)

} // namespace gatecheck::rig
