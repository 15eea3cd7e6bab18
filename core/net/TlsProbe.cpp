// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TlsProbe.h"

#include "net/CertificateInspector.h"
#include "net/NetErrors.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace gatecheck {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        break;
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (protocol == QSsl::TlsV1_1)
        return QStringLiteral("TLSv1.1");
    if (protocol == QSsl::TlsV1_0)
        return QStringLiteral("TLSv1.0");
    QT_WARNING_POP
    return {};
}

} // namespace

TlsProbe::TlsProbe(QString sni, QString address, quint16 port, const TrustAnchors &trust,
    std::chrono::milliseconds deadline, QObject *parent)
    : Probe(QStringLiteral("tls:%1:%2:%3").arg(sni, address).arg(port), deadline, parent)
    , m_trust(trust)
{
    m_observation.id = id();
    m_observation.host = sni;
    m_observation.address = address;
    m_observation.port = port;
}

TlsProbe::~TlsProbe() = default;

void TlsProbe::begin()
{
    if (QHostAddress(m_observation.address).isNull()) {
        m_observation.error = {ErrorCode::Other, tr("\"%1\" is not an IP address").arg(m_observation.address)};
        complete();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Judged against the OS store (plus any roots the user added) only; setting the list
    // also stops Qt from loading roots on demand behind our back.
    config.setCaCertificates(m_trust.systemRoots);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Offer what a browser offers, so an ALPN-sensitive middlebox behaves as it would.
    config.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    m_socket->setSslConfiguration(config);

    // Record every verification problem, then carry on: the chain is the evidence, and a
    // chain we refused to look at would tell nothing about who issued it.
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            if (!m_observation.systemErrors.contains(e.errorString()))
                m_observation.systemErrors << e.errorString();
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (isFinished() || m_observation.handshakeOk)
            return;
        m_observation.elapsedMs = elapsedMs();
        captureChain(m_socket->peerCertificateChain());
        const ProbeError socketError = probeErrorFromSocket(error, m_socket->errorString());
        // Refused/unreachable keep their codes; anything after the TCP connection is up is
        // a failed handshake (garbage, reset, a protocol or cipher the peer will not speak).
        if (m_socket->state() == QAbstractSocket::ConnectedState || m_connected
            || error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
            || error == QAbstractSocket::RemoteHostClosedError)
            m_observation.error = {ErrorCode::TlsHandshakeFailed, socketError.message};
        else
            m_observation.error = socketError;
        m_socket->abort();
        complete();
    });
    connect(m_socket, &QSslSocket::connected, this, [this] { m_connected = true; });
    // SNI and the name check use the host while the TCP connection goes to the address.
    m_socket->connectToHostEncrypted(m_observation.address, m_observation.port, m_observation.host);
}

void TlsProbe::onEncrypted()
{
    m_observation.elapsedMs = elapsedMs();
    m_observation.handshakeOk = true;
    m_observation.protocol = protocolName(m_socket->sessionProtocol());
    m_observation.cipher = m_socket->sessionCipher().name();
    m_observation.alpn = QString::fromLatin1(m_socket->sslConfiguration().nextNegotiatedProtocol());
    for (const QSslError &e : m_socket->sslHandshakeErrors())
        if (!m_observation.systemErrors.contains(e.errorString()))
            m_observation.systemErrors << e.errorString();
    m_observation.trustedBySystem = m_observation.systemErrors.isEmpty();
    captureChain(m_socket->peerCertificateChain());
    m_socket->disconnect(this);
    m_socket->abort();
    complete();
}

void TlsProbe::captureChain(const QList<QSslCertificate> &chain)
{
    if (chain.isEmpty() || !m_observation.chain.isEmpty())
        return;
    for (const QSslCertificate &certificate : chain)
        m_observation.chain << describeCertificate(certificate);
    // The anchor as the OS store sees it (where the chain ends), and a second, independent
    // opinion from the public roots: trusted by the first but not the second is the mark of
    // TLS interception.
    const ChainVerdict system = verifyChain(chain, m_trust.systemRoots, m_observation.host);
    m_observation.anchorSubject = system.anchorSubject;
    const ChainVerdict publicRoots = verifyChain(chain, m_trust.publicRoots, m_observation.host);
    m_observation.trustedByPublicRoots = publicRoots.trusted;
    m_observation.publicRootErrors = publicRoots.errors;
}

void TlsProbe::stop(const ProbeError &why)
{
    m_observation.elapsedMs = elapsedMs();
    m_observation.error = why;
    if (m_socket) {
        captureChain(m_socket->peerCertificateChain());
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

} // namespace gatecheck
