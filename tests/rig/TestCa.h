// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gatecheck::rig {

// A throw-away certificate authority for tests, made with the openssl command line in a
// directory the test owns. Its subject can imitate a real product ("Zscaler Root CA") so
// inspection-naming can be tested end to end.
class TestCa
{
public:
    struct Issued
    {
        QString certPath; // leaf certificate (PEM)
        QString keyPath; // its private key (PEM, unencrypted)
        QString chainPath; // leaf followed by the CA certificate
    };

    // `subject` in openssl's "/CN=.../O=..." form.
    TestCa(QString dir, QString subject = QStringLiteral("/CN=Gatecheck Test Root CA/O=Gatecheck Test"));

    bool create(QString *error = nullptr);
    QString certPath() const;
    QString keyPath() const;
    // mitmproxy wants key and certificate in one file (confdir/mitmproxy-ca.pem).
    QString combinedPemPath() const;

    // Issues a server certificate. `sans` like {"DNS:origin.test", "IP:127.0.0.1"}.
    bool issue(const QString &name, const QStringList &sans, Issued *out, QString *error = nullptr, int days = 30);

private:
    bool runOpenssl(const QStringList &args, QString *error) const;

    QString m_dir;
    QString m_subject;
};

} // namespace gatecheck::rig
