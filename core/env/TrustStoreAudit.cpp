// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/TrustStoreAudit.h"

#include "diagnosis/InspectionProducts.h"
#include "env/FileRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSslKey>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

constexpr qint64 kMaxCertFileBytes = 8 * 1024 * 1024;
constexpr int kMaxFiles = 5000;

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper());
}

QByteArray keyHash(const QSslCertificate &c)
{
    return QCryptographicHash::hash(c.publicKey().toDer(), QCryptographicHash::Sha256);
}

QString first(const QStringList &list)
{
    return list.isEmpty() ? QString() : list.constFirst();
}

void readOne(const QString &path, const QString &store, QList<StoreCertificate> &out, QStringList *notes)
{
    QString error;
    const auto data = readCapped(path, kMaxCertFileBytes, &error);
    if (!data) {
        if (notes)
            *notes << error;
        return;
    }
    QList<QSslCertificate> certs = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(*data, QSsl::Der);
    for (const QSslCertificate &c : std::as_const(certs))
        if (!c.isNull())
            out.append(StoreCertificate {c, store});
}

} // namespace

QList<StoreCertificate> readCertificateFiles(const QStringList &paths, QStringList *notes)
{
    QList<StoreCertificate> out;
    int files = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        if (info.isDir()) {
            const QDir dir(path);
            const QStringList names =
                dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer")},
                    QDir::Files | QDir::Readable, QDir::Name);
            for (const QString &name : names) {
                if (++files > kMaxFiles) {
                    if (notes)
                        *notes << Text::tr("%1: more than %2 certificate files, the rest not read")
                                      .arg(path)
                                      .arg(kMaxFiles);
                    return out;
                }
                readOne(dir.filePath(name), path, out, notes);
            }
        } else {
            ++files;
            readOne(path, path, out, notes);
        }
    }
    return out;
}

QList<TrustRootInfo> nonPublicRoots(const QList<StoreCertificate> &store, const QList<QSslCertificate> &publicRoots)
{
    QSet<QString> publicCerts;
    QSet<QByteArray> publicKeys;
    for (const QSslCertificate &c : publicRoots) {
        publicCerts.insert(sha256Hex(c.toDer()));
        publicKeys.insert(keyHash(c));
    }
    QList<TrustRootInfo> out;
    QSet<QString> seen;
    for (const StoreCertificate &s : store) {
        const QString digest = sha256Hex(s.certificate.toDer());
        if (seen.contains(digest))
            continue;
        seen.insert(digest);
        // Same key as a public root = a re-issued or cross-signed public root, not a new anchor.
        if (publicCerts.contains(digest) || publicKeys.contains(keyHash(s.certificate)))
            continue;
        TrustRootInfo r;
        r.subject = first(s.certificate.subjectInfo(QSslCertificate::CommonName));
        if (r.subject.isEmpty())
            r.subject = s.certificate.subjectDisplayName();
        r.organization = first(s.certificate.subjectInfo(QSslCertificate::Organization));
        r.sha256 = digest;
        r.store = s.store;
        r.product = inspectionProductFor(r.subject);
        if (r.product.isEmpty())
            r.product = inspectionProductFor(r.organization);
        if (r.product.isEmpty())
            r.product = inspectionProductFor(s.certificate.subjectDisplayName());
        out << r;
    }
    return out;
}

QStringList linuxTrustStorePaths()
{
    return {QStringLiteral("/usr/local/share/ca-certificates"), QStringLiteral("/etc/pki/ca-trust/source/anchors"),
        QStringLiteral("/etc/ca-certificates/trust-source/anchors"), QStringLiteral("/etc/ssl/certs"),
        QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"),
        QStringLiteral("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"), QStringLiteral("/etc/ssl/ca-bundle.pem"),
        QStringLiteral("/etc/ssl/cert.pem")};
}

} // namespace gatecheck::env
