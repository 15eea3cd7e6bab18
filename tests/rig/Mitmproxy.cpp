// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mitmproxy.h"

#include "Netns.h"
#include "TestCa.h"

#include <QDir>
#include <QFile>

namespace gatecheck::rig {

Mitmproxy::Mitmproxy(const Netns *ns)
    : m_ns(ns)
    , m_process(QStringLiteral("mitmdump"))
{ }

void Mitmproxy::setInterceptionCa(const TestCa &ca)
{
    m_caPem = ca.combinedPemPath();
}

bool Mitmproxy::start(QString *error)
{
    m_port = freeTcpPort();
    const QString confdir = m_process.filePath(QStringLiteral("conf"));
    QDir().mkpath(confdir);
    // mitmproxy takes its CA (key and certificate in one file) from confdir.
    if (!m_caPem.isEmpty() && !QFile::copy(m_caPem, confdir + QStringLiteral("/mitmproxy-ca.pem"))) {
        if (error)
            *error = QStringLiteral("cannot copy %1 into %2").arg(m_caPem, confdir);
        return false;
    }
    QStringList args {QStringLiteral("--listen-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--listen-port"),
        QString::number(m_port), QStringLiteral("--set"), QStringLiteral("confdir=") + confdir};
    if (!m_upstreamCa.isEmpty())
        args << QStringLiteral("--set") << QStringLiteral("ssl_verify_upstream_trusted_ca=") + m_upstreamCa;
    // A test may point https_proxy at this very proxy; mitmdump itself must go direct.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    if (!m_process.start(findProgram(QStringLiteral("mitmdump")), args, m_ns ? m_ns->execPrefix() : QStringList(), env)
        || !m_process.waitForOutput(QStringLiteral("listening at"), std::chrono::seconds(30))) {
        if (error)
            *error = m_process.lastError();
        return false;
    }
    return true;
}

} // namespace gatecheck::rig
