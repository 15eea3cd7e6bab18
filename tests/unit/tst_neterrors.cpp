// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's socket and reply errors become the stable codes rules match on — including the
// cases where Qt only says what happened in its message, or where a proxy changes what
// Qt's code means.
#include "net/NetErrors.h"

#include <QTest>

using namespace gatecheck;

class TestNetErrors : public QObject
{
    Q_OBJECT
private slots:
    void socket_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::newRow("refused") << int(QAbstractSocket::ConnectionRefusedError) << "Connection refused"
                                 << ErrorCode::ConnectionRefused;
        QTest::newRow("closed") << int(QAbstractSocket::RemoteHostClosedError) << "closed"
                                << ErrorCode::ConnectionReset;
        QTest::newRow("host unreachable")
            << int(QAbstractSocket::NetworkError) << "Host unreachable" << ErrorCode::HostUnreachable;
        QTest::newRow("network unreachable")
            << int(QAbstractSocket::NetworkError) << "Network unreachable" << ErrorCode::NetworkUnreachable;
        QTest::newRow("kernel timeout") << int(QAbstractSocket::NetworkError) << "Connection timed out"
                                        << ErrorCode::Timeout;
        QTest::newRow("other network error")
            << int(QAbstractSocket::NetworkError) << "Something else" << ErrorCode::Other;
        QTest::newRow("handshake") << int(QAbstractSocket::SslHandshakeFailedError) << "x"
                                   << ErrorCode::TlsHandshakeFailed;
    }

    void socket()
    {
        QFETCH(int, error);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const ProbeError e = probeErrorFromSocket(QAbstractSocket::SocketError(error), message);
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
    }

    void reply_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("route");
        QTest::addColumn<QString>("code");
        const int direct = int(ReplyRoute::Direct), forward = int(ReplyRoute::ProxyForward),
                  tunnel = int(ReplyRoute::ProxyTunnel);
        QTest::newRow("refused, direct") << int(QNetworkReply::ConnectionRefusedError) << "Connection refused" << direct
                                         << ErrorCode::ConnectionRefused;
        QTest::newRow("refused, http via proxy: the proxy refused")
            << int(QNetworkReply::ConnectionRefusedError) << "Connection refused" << forward
            << ErrorCode::ProxyConnectionRefused;
        QTest::newRow("refused, tunnel: CONNECT answered 503")
            << int(QNetworkReply::ConnectionRefusedError) << "Connection refused" << tunnel << ErrorCode::ProxyError;
        QTest::newRow("tunnel: proxy port closed")
            << int(QNetworkReply::UnknownNetworkError) << "Proxy connection refused" << tunnel
            << ErrorCode::ProxyConnectionRefused;
        QTest::newRow("tunnel: not a proxy")
            << int(QNetworkReply::UnknownNetworkError) << "Did not receive HTTP response from proxy" << tunnel
            << ErrorCode::ProxyError;
        QTest::newRow("socks refused") << int(QNetworkReply::UnknownNetworkError) << "Connection to proxy refused"
                                       << tunnel << ErrorCode::ProxyConnectionRefused;
        QTest::newRow("unknown network error, direct, unreachable")
            << int(QNetworkReply::UnknownNetworkError) << "Host unreachable" << direct << ErrorCode::HostUnreachable;
        QTest::newRow("proxy login") << int(QNetworkReply::ProxyAuthenticationRequiredError) << "x" << tunnel
                                     << ErrorCode::ProxyAuthRequired;
        QTest::newRow("host not found, direct")
            << int(QNetworkReply::HostNotFoundError) << "x" << direct << ErrorCode::NxDomain;
        QTest::newRow("host not found by the proxy")
            << int(QNetworkReply::HostNotFoundError) << "x" << tunnel << ErrorCode::ProxyError;
        QTest::newRow("tunnel denied") << int(QNetworkReply::ContentAccessDenied) << "x" << tunnel
                                       << ErrorCode::ProxyError;
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << "x" << direct
                                << ErrorCode::ConnectionReset;
        QTest::newRow("handshake") << int(QNetworkReply::SslHandshakeFailedError) << "x" << direct
                                   << ErrorCode::TlsHandshakeFailed;
        QTest::newRow("protocol") << int(QNetworkReply::ProtocolFailure) << "x" << direct << ErrorCode::ProtocolError;
        QTest::newRow("status 503") << int(QNetworkReply::ServiceUnavailableError) << "x" << direct
                                    << ErrorCode::HttpError;
        QTest::newRow("no error") << int(QNetworkReply::NoError) << "" << direct << "";
    }

    void reply()
    {
        QFETCH(int, error);
        QFETCH(QString, message);
        QFETCH(int, route);
        QFETCH(QString, code);
        const ProbeError e = probeErrorFromReply(QNetworkReply::NetworkError(error), message, ReplyRoute(route));
        QCOMPARE(e.code, code);
        QCOMPARE(e.message.isEmpty(), code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetErrors)
#include "tst_neterrors.moc"
