// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/NetSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>

namespace gatecheck {

namespace {

QList<QSslCertificate> readPemFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TrustAnchors", "Cannot read certificates from %1: %2")
                         .arg(path, file.errorString());
        return {};
    }
    // A PEM bundle of public roots is ~200 KiB; anything above 16 MiB is not a root bundle.
    const QByteArray data = file.read(16 * 1024 * 1024);
    const QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty() && error)
        *error = QCoreApplication::translate("TrustAnchors", "%1 contains no PEM certificates").arg(path);
    return certs;
}

} // namespace

TrustAnchors TrustAnchors::load(const QString &publicRootsPem, const QString &extraSystemRootsPem, QString *error)
{
    TrustAnchors anchors;
    anchors.systemRoots = QSslConfiguration::systemCaCertificates();
    if (!extraSystemRootsPem.isEmpty())
        anchors.systemRoots += readPemFile(extraSystemRootsPem, error);
    const QString publicPath =
        publicRootsPem.isEmpty() ? QStringLiteral(":/gatecheck/certs/public-roots.pem") : publicRootsPem;
    anchors.publicRoots = readPemFile(publicPath, error);
    return anchors;
}

} // namespace gatecheck
