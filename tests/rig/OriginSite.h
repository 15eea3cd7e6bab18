// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Nginx.h"
#include "TestCa.h"

#include <QTemporaryDir>
#include <QUrl>

namespace gatecheck::rig {

class Netns;

// The site most HTTP tests talk to: a test CA ("Gatecheck Test Root CA") and an nginx
// (see Nginx) serving HTTP, and HTTPS for "origin.test" (SANs origin.test, 127.0.0.1,
// ::1), plus two HTTPS listeners that present a bad certificate: one expired, one issued
// for "other.test". Listens on 127.0.0.1 and [::1], inside `ns` when given.
class OriginSite
{
public:
    explicit OriginSite(const Netns *ns = nullptr);

    // Before start(): what / serves, see Nginx::setOriginPage/addOriginHeader.
    Nginx &nginx() { return m_nginx; }
    bool start(QString *error = nullptr);

    const TestCa &ca() const { return m_ca; }
    QString caPath() const { return m_ca.certPath(); }
    quint16 httpPort() const { return m_nginx.httpPort(); }
    quint16 httpsPort() const { return m_nginx.httpsPort(); }
    quint16 expiredPort() const { return m_nginx.tlsServerPort(m_expired); }
    quint16 wrongNamePort() const { return m_nginx.tlsServerPort(m_wrongName); }

    QUrl httpUrl(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;
    QUrl httpsUrl(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

private:
    QTemporaryDir m_dir;
    TestCa m_ca;
    Nginx m_nginx;
    int m_expired = -1;
    int m_wrongName = -1;
};

} // namespace gatecheck::rig
