// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpEvidence.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace gatecheck {

namespace {

constexpr qsizetype MaxHeaderValueChars = 512;
constexpr qsizetype MaxTitleChars = 200;

bool isKept(const QString &name)
{
    for (const QString &pattern : hopHeaderNamePatterns()) {
        if (pattern.endsWith(QLatin1Char('*'))) {
            if (name.startsWith(QStringView(pattern).chopped(1)))
                return true;
        } else if (name == pattern) {
            return true;
        }
    }
    return false;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString digits = m.captured(1);
        bool ok = false;
        const uint code = digits.startsWith(QLatin1Char('x')) ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    static const struct
    {
        const char *entity;
        const char *text;
    } named[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "},
        {"&hellip;", "\u2026"}, {"&ndash;", "\u2013"}, {"&mdash;", "\u2014"}, {"&amp;", "&"}};
    for (const auto &n : named)
        out.replace(QLatin1String(n.entity), QString::fromUtf8(n.text));
    return out;
}

QByteArray charsetOf(const QByteArray &contentType)
{
    static const QRegularExpression charset(
        QStringLiteral("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

const QStringList &hopHeaderNamePatterns()
{
    // Who answered (origin, CDN, WAF, proxy, middlebox) and what it meant.
    static const QStringList names {QStringLiteral("server"), QStringLiteral("via"), QStringLiteral("x-cache"),
        QStringLiteral("x-cache-hits"), QStringLiteral("x-cache-lookup"), QStringLiteral("cf-ray"),
        QStringLiteral("cf-cache-status"), QStringLiteral("cf-mitigated"), QStringLiteral("x-squid-error"),
        QStringLiteral("proxy-agent"), QStringLiteral("x-amz-cf-id"), QStringLiteral("x-amz-cf-pop"),
        QStringLiteral("x-amzn-requestid"), QStringLiteral("x-amzn-errortype"), QStringLiteral("x-served-by"),
        QStringLiteral("x-akamai-*"), QStringLiteral("akamai-grn"), QStringLiteral("x-iinfo"), QStringLiteral("x-cdn"),
        QStringLiteral("x-azure-ref"), QStringLiteral("x-msedge-ref"), QStringLiteral("x-fastly-request-id"),
        QStringLiteral("x-timer"), QStringLiteral("x-envoy-*"), QStringLiteral("x-bluecoat-via"),
        QStringLiteral("x-zscaler-*"), QStringLiteral("x-forwarded-for"), QStringLiteral("x-powered-by"),
        QStringLiteral("age"), QStringLiteral("date"), QStringLiteral("location"), QStringLiteral("content-type"),
        QStringLiteral("content-length"), QStringLiteral("retry-after"), QStringLiteral("x-request-id"),
        QStringLiteral("x-correlation-id"), QStringLiteral("set-cookie"), QStringLiteral("www-authenticate"),
        QStringLiteral("proxy-authenticate"), QStringLiteral("alt-svc")};
    return names;
}

QStringList cookieNames(const QByteArray &setCookie)
{
    QStringList names;
    for (const QByteArray &cookie : setCookie.split('\n')) {
        const qsizetype eq = cookie.indexOf('=');
        const QString name = QString::fromLatin1(cookie.left(eq < 0 ? cookie.indexOf(';') : eq)).trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name.left(64);
    }
    return names;
}

QMap<QString, QString> hopHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QMap<QString, QString> kept;
    for (const auto &[rawName, rawValue] : headers) {
        const QString name = QString::fromLatin1(rawName).trimmed().toLower();
        if (!isKept(name))
            continue;
        QString value = name == QLatin1String("set-cookie") ? cookieNames(rawValue).join(QStringLiteral(", "))
                                                            : QString::fromLatin1(rawValue).trimmed();
        if (kept.contains(name))
            value = kept.value(name) + QStringLiteral(", ") + value;
        kept.insert(name, value.left(MaxHeaderValueChars));
    }
    return kept;
}

QString htmlTitle(const QByteArray &documentHead, const QByteArray &contentType)
{
    QByteArray charset = charsetOf(contentType);
    if (charset.isEmpty()) {
        // <meta charset="..."> in the head, else UTF-8 (which also reads plain ASCII).
        charset = charsetOf(documentHead.left(4096));
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(documentHead);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)(</title|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(text);
    if (!m.hasMatch())
        return {};
    QString value = decodeEntities(m.captured(1)).simplified();
    return value.left(MaxTitleChars);
}

} // namespace gatecheck
