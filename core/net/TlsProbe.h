// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"
#include "net/NetSettings.h"
#include "net/Probe.h"

class QSslSocket;

namespace gatecheck {

// Performs a TLS handshake with `sni` to one address (no proxy), captures the full peer
// chain, and verifies it twice: against the OS trust store and against the public roots.
class TlsProbe : public Probe
{
    Q_OBJECT
public:
    TlsProbe(QString sni, QString address, quint16 port, const TrustAnchors &trust, std::chrono::milliseconds deadline,
        QObject *parent = nullptr);
    ~TlsProbe() override;
    const TlsObservation &observation() const { return m_observation; }

protected:
    void begin() override;
    void stop(const ProbeError &why) override;

private:
    void onEncrypted();
    void captureChain(const QList<QSslCertificate> &chain);

    TlsObservation m_observation;
    TrustAnchors m_trust;
    QSslSocket *m_socket = nullptr;
    bool m_connected = false;
};

} // namespace gatecheck
