// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/NetSettings.h"
#include "net/Probe.h"

#include <QNetworkProxy>
#include <QUrl>

namespace gatecheck {

class HttpFetch;

// Which way a request leaves this computer.
enum class ProxyMode {
    System, // what the browser's path uses: the system proxy for this URL (PAC/WPAD/env)
    None, // direct
    Explicit, // through HttpRequestSpec::explicitProxy
};

struct HttpRequestSpec
{
    QUrl url;
    QString pathName; // evidence label: "as-browser", "direct", "alt-dns", "ipv4", "ipv6", "proxy"
    ProxyMode proxyMode = ProxyMode::None;
    QNetworkProxy explicitProxy;
    // When set, connect to this address while keeping the URL's host for SNI, certificate
    // name check and the Host header.
    QString pinnedAddress;
    NetLimits limits;
    TrustAnchors trust; // systemRoots are used for verification, like a browser would
};

// One HTTP(S) GET over a chosen path. Records status, the headers that identify which hop
// answered, a bounded piece of the body and its <title>, timings and redirects. Never reads
// more than the limits allow.
class HttpProbe : public Probe
{
    Q_OBJECT
public:
    HttpProbe(HttpRequestSpec spec, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~HttpProbe() override;
    const HttpObservation &observation() const { return m_observation; }

    // The header names kept as evidence (lower case).
    static const QStringList &hopHeaderNames();

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    HttpRequestSpec m_spec;
    HttpObservation m_observation;
    HttpFetch *m_fetch = nullptr; // owns the QNetworkAccessManager of this probe
};

} // namespace gatecheck
