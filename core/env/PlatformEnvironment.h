// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OS-specific half of the environment inspection. One implementation file per OS
// (PlatformEnvironment_linux.cpp, _win.cpp, _mac.cpp), selected in sources.cmake. Every
// function is synchronous and may block briefly (it runs on a worker thread); anything it
// cannot read goes into `notes` in plain words. All parsing is in portable files.

#include "env/InterfaceClassifier.h"
#include "env/TrustStoreAudit.h"
#include "evidence/Observations.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

namespace gatecheck::env::platform {

struct Context
{
    QUrl target;
    QStringList hosts;
    QString home;
    QProcessEnvironment env;
};

// Proxy configuration the OS keeps (not the environment variables, not the browsers' own):
// Windows Internet Options and WinHTTP; macOS system configuration; Linux GNOME and KDE.
QList<ProxySetting> systemProxySettings(const Context &context, QStringList *notes);

// Network interfaces with what only the OS can tell (adapter descriptions, tun devices,
// per-interface DNS servers).
QList<InterfaceSample> interfaceSamples(QStringList *notes);

// Interfaces that hold a default route in the routing table. May be empty where the route
// lookup (RouteLookup.h) is the only signal.
QStringList defaultRouteInterfaces(QStringList *notes);

struct DnsSettings
{
    QStringList servers; // what the system resolver asks
    bool resolvedStub = false; // Linux: systemd-resolved's 127.0.0.53 stub in resolv.conf
    QStringList upstreams; // the stub's real upstream servers
    QMap<QString, QStringList> perInterface;
    QString hostsFile;
};
DnsSettings dnsSettings(const Context &context, QStringList *notes);

struct TrustStore
{
    QList<StoreCertificate> roots; // anchors from the stores where administrators add roots
    QList<QSslCertificate> alsoPublic; // roots the OS vendor distributes (not interception)
};
TrustStore trustStore(QStringList *notes);

// What kind the OS says an interface is, from QNetworkInterface (portable fallback).
QList<InterfaceSample> qtInterfaceSamples();

// Runs a fixed program with fixed arguments and returns its standard output, or nullopt
// when it is missing, fails or takes longer than `timeoutMs`. Never goes through a shell.
std::optional<QString> runTool(
    const QString &program, const QStringList &arguments, int timeoutMs = 3000, int *exitCode = nullptr);

} // namespace gatecheck::env::platform
