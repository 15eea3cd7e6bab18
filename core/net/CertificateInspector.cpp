// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CertificateInspector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QtEndian>

#include <memory>
#include <openssl/bio.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace gatecheck {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toOpenSsl(const QSslCertificate &certificate)
{
    // Through DER, not QSslCertificate::handle(): independent of Qt's TLS backend.
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, der.size()));
}

QString nameLine(const X509_NAME *name)
{
    if (!name)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    // RFC 2253 order and escaping (most specific first), ", " separators, UTF-8 kept as is.
    const unsigned long flags = (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~XN_FLAG_SEP_MASK) | XN_FLAG_SEP_CPLUS_SPC;
    X509_NAME_print_ex(bio, name, 0, flags);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QString line = QString::fromUtf8(data, int(length));
    BIO_free(bio);
    return line;
}

QString firstOf(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.constFirst();
}

// Collects every verification problem instead of stopping at the first: returning 1 lets
// OpenSSL carry on, so one run reports "expired" and "wrong name" and "unknown issuer".
int collectErrors(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    auto *errors = static_cast<QStringList *>(X509_STORE_CTX_get_app_data(ctx));
    const int code = X509_STORE_CTX_get_error(ctx);
    const int depth = X509_STORE_CTX_get_error_depth(ctx);
    X509 *current = X509_STORE_CTX_get_current_cert(ctx);
    const QString text = QStringLiteral("%1 (depth %2: %3)")
                             .arg(QString::fromUtf8(X509_verify_cert_error_string(code)))
                             .arg(depth)
                             .arg(current ? nameLine(X509_get_subject_name(current)) : QStringLiteral("?"));
    if (errors && !errors->contains(text))
        errors->append(text);
    return 1;
}

// DNS names and IP addresses, in the order the certificate lists them.
QStringList subjectAltNames(X509 *x)
{
    QStringList names;
    auto *general = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr));
    if (!general)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(general, i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = name->d.dNSName;
            names << QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)), ASN1_STRING_length(dns));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const unsigned char *bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4)
                address.setAddress(qFromBigEndian<quint32>(bytes));
            else if (ASN1_STRING_length(ip) == 16)
                address.setAddress(bytes);
            if (!address.isNull())
                names << address.toString();
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}

bool isSelfIssued(X509 *x)
{
    return X509_check_issued(x, x) == X509_V_OK;
}

} // namespace

QString certificateSubjectLine(const QSslCertificate &certificate)
{
    const X509Ptr x = toOpenSsl(certificate);
    return x ? nameLine(X509_get_subject_name(x.get())) : QString();
}

QString certificateIssuerLine(const QSslCertificate &certificate)
{
    const X509Ptr x = toOpenSsl(certificate);
    return x ? nameLine(X509_get_issuer_name(x.get())) : QString();
}

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    const X509Ptr x = toOpenSsl(certificate);
    if (x) {
        info.subject = nameLine(X509_get_subject_name(x.get()));
        info.issuer = nameLine(X509_get_issuer_name(x.get()));
        // Present or not is what matters (publicly trusted leaves carry SCTs since 2018);
        // the list itself is not parsed.
        info.hasEmbeddedSct = X509_get_ext_by_NID(x.get(), NID_ct_precert_scts, -1) >= 0;
        info.subjectAltNames = subjectAltNames(x.get());
    }
    info.subjectCommonName = firstOf(certificate.subjectInfo(QSslCertificate::CommonName));
    info.subjectOrganization = firstOf(certificate.subjectInfo(QSslCertificate::Organization));
    info.issuerCommonName = firstOf(certificate.issuerInfo(QSslCertificate::CommonName));
    info.issuerOrganization = firstOf(certificate.issuerInfo(QSslCertificate::Organization));
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex().toUpper());
    info.selfSigned = certificate.isSelfSigned();
    info.pem = QString::fromLatin1(certificate.toPem());
    return info;
}

ChainVerdict verifyChain(
    const QList<QSslCertificate> &peerChain, const QList<QSslCertificate> &roots, const QString &hostName)
{
    ChainVerdict verdict;
    if (peerChain.isEmpty()) {
        verdict.errors << QCoreApplication::translate("CertificateInspector", "The server sent no certificate");
        return verdict;
    }
    const X509Ptr leaf = toOpenSsl(peerChain.constFirst());
    if (!leaf) {
        verdict.errors << QCoreApplication::translate(
            "CertificateInspector", "The server's certificate cannot be decoded");
        return verdict;
    }

    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    for (const QSslCertificate &root : roots)
        if (const X509Ptr x = toOpenSsl(root))
            X509_STORE_add_cert(store.get(), x.get()); // takes its own reference
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    for (qsizetype i = 1; i < peerChain.size(); ++i)
        if (X509Ptr x = toOpenSsl(peerChain.at(i)))
            sk_X509_push(untrusted.get(), x.release());

    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), X509_STORE_CTX_free);
    if (!store || !untrusted || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        verdict.errors << QCoreApplication::translate(
            "CertificateInspector", "The certificate check could not be set up");
        return verdict;
    }
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QByteArray host = hostName.toUtf8();
    if (!QHostAddress(hostName).isNull()) {
        X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
    } else if (!host.isEmpty()) {
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size()));
    }
    X509_STORE_CTX_set_app_data(ctx.get(), &verdict.errors);
    X509_STORE_CTX_set_verify_cb(ctx.get(), collectErrors);
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    verdict.trusted = ok && verdict.errors.isEmpty();

    // The chain OpenSSL built: it ends at a root from `roots` when trusted, else at the last
    // certificate it could place.
    if (STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(ctx.get()); built && sk_X509_num(built) > 0) {
        X509 *top = sk_X509_value(built, sk_X509_num(built) - 1);
        verdict.anchorSubject = nameLine(isSelfIssued(top) ? X509_get_subject_name(top) : X509_get_issuer_name(top));
    }
    return verdict;
}

} // namespace gatecheck
