// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The blocking halves of the environment inspection, each run on a worker thread by
// EnvironmentInspector and returning plain data.

#include "env/InterfaceClassifier.h"
#include "env/PlatformEnvironment.h"
#include "evidence/Observations.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace gatecheck::env {

struct ProxyPart
{
    QList<ProxySetting> proxies;
    QStringList notes;
};

struct NetworkPart
{
    QList<InterfaceSample> samples;
    QStringList defaultRouteInterfaces;
    platform::DnsSettings dns;
    QList<HostsOverride> hostsOverrides;
    QStringList notes;
};

struct TrustPart
{
    QList<TrustRootInfo> roots;
    QStringList notes;
};

// Qt's system proxy for the target (what the as-browser path uses), the environment
// variables, and the OS's own proxy settings.
ProxyPart readProxies(const platform::Context &context);
// Interfaces, default routes, DNS settings and hosts-file entries for the service.
NetworkPart readNetwork(const platform::Context &context);
// The OS trust store against `publicRoots` (empty = the bundled public set).
TrustPart readTrust(QList<QSslCertificate> publicRoots);

} // namespace gatecheck::env
