// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginSite.h"

#include "CertFaults.h"

namespace gatecheck::rig {

namespace {

QUrl siteUrl(const QString &scheme, const QString &host, quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    return url;
}

} // namespace

OriginSite::OriginSite(const Netns *ns)
    : m_ca(m_dir.filePath(QStringLiteral("ca")))
    , m_nginx(ns)
{ }

bool OriginSite::start(QString *error)
{
    TestCa::Issued origin, expired, wrongName;
    const QStringList originSans {
        QStringLiteral("DNS:origin.test"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")};
    if (!m_ca.create(error) || !m_ca.issue(QStringLiteral("origin.test"), originSans, &origin, error)
        || !issueExpired(m_ca, QStringLiteral("expired.test"), originSans, &expired, error)
        || !m_ca.issue(QStringLiteral("other.test"), {QStringLiteral("DNS:other.test")}, &wrongName, error))
        return false;
    m_nginx.setCertificate(origin.chainPath, origin.keyPath);
    m_expired = m_nginx.addTlsServer(expired.chainPath, expired.keyPath);
    m_wrongName = m_nginx.addTlsServer(wrongName.chainPath, wrongName.keyPath);
    m_nginx.setListenIpv6(true);
    return m_nginx.start(error);
}

QUrl OriginSite::httpUrl(const QString &path, const QString &host) const
{
    return siteUrl(QStringLiteral("http"), host, httpPort(), path);
}

QUrl OriginSite::httpsUrl(const QString &path, const QString &host) const
{
    return siteUrl(QStringLiteral("https"), host, httpsPort(), path);
}

} // namespace gatecheck::rig
