// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCa.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace gatecheck::rig {

TestCa::TestCa(QString dir, QString subject)
    : m_dir(std::move(dir))
    , m_subject(std::move(subject))
{ }

QString TestCa::certPath() const
{
    return m_dir + QStringLiteral("/ca.crt");
}

QString TestCa::keyPath() const
{
    return m_dir + QStringLiteral("/ca.key");
}

QString TestCa::combinedPemPath() const
{
    return m_dir + QStringLiteral("/ca-combined.pem");
}

bool TestCa::runOpenssl(const QStringList &args, QString *error) const
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestCa::create(QString *error)
{
    QDir().mkpath(m_dir);
    // EC keys: generated in milliseconds, unlike RSA, which matters on a loaded CI machine.
    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"),
                        certPath(), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"), m_subject,
                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            error))
        return false;
    QFile key(keyPath()), cert(certPath()), combined(combinedPemPath());
    if (!key.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly) || !combined.open(QIODevice::WriteOnly))
        return false;
    combined.write(key.readAll() + cert.readAll());
    return true;
}

bool TestCa::issue(const QString &name, const QStringList &sans, Issued *out, QString *error, int days)
{
    const QString base = m_dir + QLatin1Char('/') + name;
    Issued issued {base + QStringLiteral(".crt"), base + QStringLiteral(".key"), base + QStringLiteral("-chain.pem")};
    const QString extPath = base + QStringLiteral(".ext");
    {
        QFile ext(extPath);
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(QStringLiteral("basicConstraints=critical,CA:FALSE\n"
                                 "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                 "extendedKeyUsage=serverAuth\n"
                                 "subjectAltName=%1\n")
                      .arg(sans.join(QLatin1Char(',')))
                      .toUtf8());
    }
    const QString csr = base + QStringLiteral(".csr");
    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), issued.keyPath, QStringLiteral("-out"),
                        csr, QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
            error))
        return false;
    if (!runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                        certPath(), QStringLiteral("-CAkey"), keyPath(), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), issued.certPath, QStringLiteral("-days"), QString::number(days),
                        QStringLiteral("-extfile"), extPath},
            error))
        return false;
    QFile leaf(issued.certPath), ca(certPath()), chain(issued.chainPath);
    if (!leaf.open(QIODevice::ReadOnly) || !ca.open(QIODevice::ReadOnly) || !chain.open(QIODevice::WriteOnly))
        return false;
    chain.write(leaf.readAll() + ca.readAll());
    if (out)
        *out = issued;
    return true;
}

} // namespace gatecheck::rig
