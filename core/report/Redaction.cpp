// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Redaction.h"

#include "evidence/EvidenceJson.h"
#include "history/AddressScope.h"
#include "history/DiagnosisJson.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace gatecheck {

namespace {

const QString kUserPlaceholder = QStringLiteral("[user]");
const QString kHostPlaceholder = QStringLiteral("[this-computer]");
const QString kSsidPlaceholder = QStringLiteral("[wifi-name]");

// Account names that are not personal and too common to sweep as words.
bool isGenericUserName(const QString &name)
{
    static const QSet<QString> generic {QStringLiteral("user"), QStringLiteral("users"), QStringLiteral("admin"),
        QStringLiteral("administrator"), QStringLiteral("root"), QStringLiteral("guest"), QStringLiteral("public"),
        QStringLiteral("default"), QStringLiteral("shared"), QStringLiteral("all users"),
        QStringLiteral("default user"), QStringLiteral("[user]")};
    return name.size() < 3 || generic.contains(name.toLower());
}

bool isCookieHeader(const QString &name)
{
    return name == QLatin1String("cookie") || name == QLatin1String("set-cookie") || name == QLatin1String("cookie2")
        || name == QLatin1String("set-cookie2");
}

bool isAuthHeader(const QString &name)
{
    // Challenges name a scheme, not a secret.
    if (name == QLatin1String("www-authenticate") || name == QLatin1String("proxy-authenticate"))
        return false;
    static const QRegularExpression secretName(
        QStringLiteral("authorization|api[-_]?key|token|secret|session|password|credential|^x-auth"));
    return secretName.match(name).hasMatch();
}

// Query / fragment parameter names whose values are secrets.
const QRegularExpression &urlSecretPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "([?&#;])((?:[A-Za-z0-9_.\\-\\[\\]]*(?:token|secret|passw|session|sessid|signature|credential|apikey|"
            "api_key|api-key)[A-Za-z0-9_.\\-\\[\\]]*)|code|key|sig|sid|pwd|pass|auth|jwt|ticket|otp)="
            "([^&#\\s\"'<>]*)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString normalisedAddress(const QString &text)
{
    QHostAddress a(text.section(QLatin1Char('%'), 0, 0));
    return a.isNull() ? text.toLower() : a.toString();
}

// Replaces every match of `re` with what `replace` returns for it (nullopt = leave as is).
template<typename F> QString replaceEach(const QString &text, const QRegularExpression &re, F replace)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const std::optional<QString> replacement = replace(m);
        if (!replacement)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += *replacement;
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

Redactor::Redactor(const LocalIdentity &identity, bool keepPublicAddresses)
    : m_identity(identity)
    , m_keepPublic(keepPublicAddresses)
{
    for (const QString &name : identity.userNames)
        if (!isGenericUserName(name) && !m_userNames.contains(name, Qt::CaseInsensitive))
            m_userNames << name;
    for (const QString &a : identity.publicAddresses)
        m_ownPublic.insert(normalisedAddress(a));
}

void Redactor::learnSsid(const QString &ssid)
{
    if (ssid.trimmed().size() >= 2 && ssid != kSsidPlaceholder && !m_ssids.contains(ssid))
        m_ssids << ssid;
}

void Redactor::learnFrom(const EnvironmentFacts &environment)
{
    for (const NetworkInterfaceInfo &i : environment.interfaces) {
        learnSsid(i.ssid);
        for (const QString &a : i.addresses)
            if (addressScope(a) == AddressScope::Public)
                m_ownPublic.insert(normalisedAddress(a.section(QLatin1Char('/'), 0, 0)));
    }
}

void Redactor::learnFrom(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            learnFrom(it.value(), it.key());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            learnFrom(v, key);
    } else if (value.isString() && key != QLatin1String("pem")) {
        // The account names inside home paths, so the same name is swept elsewhere too.
        static const QRegularExpression home(QStringLiteral(
            "(?:/(?:home|Users|var/home|export/home)/|[A-Za-z]:[\\\\/](?:Users|Documents and Settings)[\\\\/])"
            "([^\\\\/\\s\"'<>:;,]+)"));
        auto it = home.globalMatch(value.toString());
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!isGenericUserName(name) && !m_userNames.contains(name, Qt::CaseInsensitive))
                m_userNames << name;
        }
    }
}

QJsonValue Redactor::redact(const QJsonValue &value, const QString &key, const QString &parentKey)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = redact(it.value(), it.key(), key);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redact(a.at(i), key, parentKey);
        return a;
    }
    if (value.isString())
        return redactString(value.toString(), key, parentKey);
    return value;
}

QString Redactor::redactText(const QString &text)
{
    return redactString(text, {}, {});
}

QString Redactor::redactString(const QString &text, const QString &key, const QString &parentKey)
{
    if (text.isEmpty())
        return text;
    // Certificates are public and needed to re-diagnose; their base64 is not text to sweep.
    if (key == QLatin1String("pem") || key == QLatin1String("sha256"))
        return text;
    if (parentKey == QLatin1String("headers"))
        return redactHeaderValue(key.toLower(), text);
    if (key == QLatin1String("ssid")) {
        if (text == kSsidPlaceholder)
            return text;
        mark(RedactionKind::NetworkNames);
        return kSsidPlaceholder;
    }
    QString out = redactAuthText(text);
    out = redactUrlSecrets(out, key);
    out = redactHomePaths(out);
    out = redactWords(out);
    return redactAddresses(out);
}

QString Redactor::redactHeaderValue(const QString &name, const QString &value)
{
    if (value == Placeholder)
        return value;
    if (isCookieHeader(name)) {
        mark(RedactionKind::Cookies);
        return Placeholder;
    }
    if (isAuthHeader(name)) {
        mark(RedactionKind::AuthHeaders);
        return Placeholder;
    }
    return redactString(value, {}, {});
}

QString Redactor::redactAuthText(const QString &text)
{
    // Header lines quoted in free text (a body, an error message, a note).
    static const QRegularExpression cookieLine(
        QStringLiteral("\\b((?:set-)?cookie2?)[ \\t]*:[ \\t]*([^\\r\\n]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authLine(
        QStringLiteral("\\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|x-access-token|x-csrf-token|"
                       "x-xsrf-token)[ \\t]*:[ \\t]*([^\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(
        QStringLiteral("\\b(Bearer|Basic|Digest|Negotiate|NTLM)[ \\t]+([A-Za-z0-9._~+/=-]{8,})"));
    const auto line = [this](const QString &kind) {
        return [this, kind](const QRegularExpressionMatch &m) -> std::optional<QString> {
            if (m.captured(2) == Placeholder)
                return std::nullopt;
            mark(kind);
            return m.captured(1) + QStringLiteral(": ") + Placeholder;
        };
    };
    QString out = replaceEach(text, cookieLine, line(RedactionKind::Cookies));
    out = replaceEach(out, authLine, line(RedactionKind::AuthHeaders));
    return replaceEach(out, scheme, [this](const QRegularExpressionMatch &m) -> std::optional<QString> {
        mark(RedactionKind::AuthHeaders);
        return m.captured(1) + QLatin1Char(' ') + Placeholder;
    });
}

QString Redactor::redactUrlSecrets(const QString &text, const QString &key)
{
    static const QRegularExpression userInfo(QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]*://)([^/\\s@\"'<>]+)@"));
    // A proxy setting without a scheme: "user:secret@proxy:3128".
    static const QRegularExpression bareUserInfo(QStringLiteral("^([^/\\s@:]+(?::[^/\\s@]*)?)@"));
    QString out = replaceEach(text, userInfo, [this](const QRegularExpressionMatch &m) -> std::optional<QString> {
        if (m.captured(2) == Placeholder)
            return std::nullopt;
        mark(RedactionKind::UrlSecrets);
        return m.captured(1) + Placeholder + QLatin1Char('@');
    });
    if (key == QLatin1String("proxy"))
        out = replaceEach(out, bareUserInfo, [this](const QRegularExpressionMatch &m) -> std::optional<QString> {
            if (m.captured(1) == Placeholder)
                return std::nullopt;
            mark(RedactionKind::UrlSecrets);
            return Placeholder + QLatin1Char('@');
        });
    return replaceEach(out, urlSecretPattern(), [this](const QRegularExpressionMatch &m) -> std::optional<QString> {
        const QString value = m.captured(3);
        if (value.isEmpty() || value == Placeholder || value == QLatin1String("%5Bredacted%5D"))
            return std::nullopt;
        mark(RedactionKind::UrlSecrets);
        return m.captured(1) + m.captured(2) + QLatin1Char('=') + Placeholder;
    });
}

QString Redactor::redactHomePaths(const QString &text)
{
    static const QRegularExpression unixHome(
        QStringLiteral("(?<![A-Za-z0-9_.])(/(?:home|Users|var/home|export/home)/)([^/\\s\"'<>:;,]+)"));
    // Windows profile folders may contain spaces: take everything up to the next separator.
    static const QRegularExpression windowsHome(
        QStringLiteral("\\b([A-Za-z]:[\\\\/](?:Users|Documents and Settings)[\\\\/])([^\\\\/\"'<>:;,\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto replace = [this](const QRegularExpressionMatch &m) -> std::optional<QString> {
        const QString name = m.captured(2);
        if (name == kUserPlaceholder || name == QLatin1String("Shared") || name == QLatin1String("Public")
            || name == QLatin1String("Default") || name == QLatin1String("All Users")
            || name == QLatin1String("Default User"))
            return std::nullopt;
        mark(RedactionKind::UserNames);
        return m.captured(1) + kUserPlaceholder;
    };
    return replaceEach(replaceEach(text, unixHome, replace), windowsHome, replace);
}

QString Redactor::redactWords(const QString &text)
{
    QString out = text;
    const auto sweep = [&out, this](const QString &word, const QString &placeholder, const QString &kind,
                           Qt::CaseSensitivity cs) {
        if (word.isEmpty() || !out.contains(word, cs))
            return;
        const QRegularExpression re(
            QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(QRegularExpression::escape(word)),
            cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                      : QRegularExpression::NoPatternOption);
        const QString replaced = replaceEach(
            out, re, [&](const QRegularExpressionMatch &) -> std::optional<QString> { return placeholder; });
        if (replaced != out) {
            mark(kind);
            out = replaced;
        }
    };
    for (const QString &ssid : std::as_const(m_ssids))
        sweep(ssid, kSsidPlaceholder, RedactionKind::NetworkNames, Qt::CaseSensitive);
    const QString host = m_identity.hostName;
    if (host.size() >= 3 && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
        sweep(host, kHostPlaceholder, RedactionKind::HostName, Qt::CaseInsensitive);
        const QString shortName = host.section(QLatin1Char('.'), 0, 0);
        if (shortName != host && shortName.size() >= 3)
            sweep(shortName, kHostPlaceholder, RedactionKind::HostName, Qt::CaseInsensitive);
    }
    for (const QString &name : std::as_const(m_userNames))
        sweep(name, kUserPlaceholder, RedactionKind::UserNames, Qt::CaseInsensitive);
    return out;
}

QString Redactor::pseudonymFor(const QString &address, const QString &prefix)
{
    const QString key = normalisedAddress(address);
    auto it = m_pseudonyms.constFind(key);
    if (it != m_pseudonyms.constEnd())
        return *it;
    const int n = ++m_counters[prefix];
    const QString name = QStringLiteral("[%1-%2]").arg(prefix).arg(n);
    m_pseudonyms.insert(key, name);
    return name;
}

QString Redactor::redactAddresses(const QString &text)
{
    static const QRegularExpression ipv4(QStringLiteral("(?<![0-9.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?!\\.?[0-9])"));
    static const QRegularExpression ipv6(QStringLiteral("(?<![0-9A-Za-z:.\\[-])((?:[0-9A-Fa-f]{1,4})?(?::(?:[0-9A-Fa-f]"
                                                        "{1,4})?){2,7}(?:%[0-9A-Za-z_.-]+)?)(?![0-9A-Za-z:])"));
    const auto replace = [this](const QRegularExpressionMatch &m) -> std::optional<QString> {
        const QString candidate = m.captured(1);
        switch (addressScope(candidate.section(QLatin1Char('%'), 0, 0))) {
        case AddressScope::Private:
            mark(RedactionKind::LocalAddresses);
            return pseudonymFor(candidate, QStringLiteral("private"));
        case AddressScope::LinkLocal:
            mark(RedactionKind::LocalAddresses);
            return pseudonymFor(candidate, QStringLiteral("link-local"));
        case AddressScope::Public:
            if (m_keepPublic || !m_ownPublic.contains(normalisedAddress(candidate)))
                return std::nullopt;
            mark(RedactionKind::PublicAddresses);
            return pseudonymFor(candidate, QStringLiteral("public"));
        default:
            return std::nullopt;
        }
    };
    return replaceEach(replaceEach(text, ipv4, replace), ipv6, replace);
}

namespace {

QStringList inFixedOrder(const QSet<QString> &kinds)
{
    static const QStringList order {RedactionKind::Cookies, RedactionKind::AuthHeaders, RedactionKind::UrlSecrets,
        RedactionKind::UserNames, RedactionKind::HostName, RedactionKind::NetworkNames, RedactionKind::LocalAddresses,
        RedactionKind::PublicAddresses};
    QStringList out;
    for (const QString &kind : order)
        if (kinds.contains(kind))
            out << kind;
    for (const QString &kind : kinds) // codes from a newer Gatecheck, kept as they are
        if (!order.contains(kind))
            out << kind;
    return out;
}

} // namespace

QStringList Redactor::removedKinds() const
{
    return inFixedOrder(m_removed);
}

void redactReport(Report &report)
{
    const LocalIdentity identity = report.local.isEmpty() ? LocalIdentity::current() : report.local;
    Redactor redactor(identity, report.options.includePublicIp);
    const QJsonObject evidence = toJson(report.evidence);
    const QJsonObject diagnosis = diagnosisToJson(report.diagnosis);
    const QJsonObject note = report.note.toJson();
    redactor.learnFrom(report.evidence.environment);
    redactor.learnSsid(report.network.ssid);
    redactor.learnFrom(evidence);
    redactor.learnFrom(diagnosis);
    redactor.learnFrom(note);

    if (auto e = evidenceFromJson(redactor.redact(evidence).toObject()))
        report.evidence = *e;
    report.diagnosis = diagnosisFromJson(redactor.redact(diagnosis).toObject());
    if (!report.originalVerdict.code.isEmpty())
        report.originalVerdict = verdictFromJson(redactor.redact(toJson(report.originalVerdict)).toObject());

    // The organisation's name is given on purpose, for the vendor's support desk.
    UserNote &n = report.note;
    n.whatHappened = redactor.redactText(n.whatHappened);
    n.startedAt = redactor.redactText(n.startedAt);
    n.othersAffected = redactor.redactText(n.othersAffected);
    n.feature = redactor.redactText(n.feature);
    for (auto it = n.vendorFacts.begin(); it != n.vendorFacts.end(); ++it)
        if (it.key() != QLatin1String("organisation") && it.key() != QLatin1String("organization"))
            it.value() = redactor.redactText(it.value());

    // A custom profile is made from the user's own URL, token and all.
    for (QUrl *url : {&report.profile.primaryUrl, &report.profile.statusUrl, &report.profile.statusPageUrl,
             &report.profile.supportUrl})
        if (!url->isEmpty())
            *url = QUrl(redactor.redactText(url->toString()));

    report.network = NetworkIdentity::fromJson(redactor.redact(report.network.toJson()).toObject());
    const QStringList removed = redactor.removedKinds();
    QSet<QString> kinds(removed.cbegin(), removed.cend());
    if (!report.options.includePublicIp && !report.network.publicIpPrefix.isEmpty()) {
        report.network.publicIpPrefix.clear();
        kinds.insert(RedactionKind::PublicAddresses);
    }
    if (report.redacted) // redacted before: keep what was removed then
        for (const QString &k : std::as_const(report.redactedKinds))
            kinds.insert(k);
    report.redacted = true;
    report.redactedKinds = inFixedOrder(kinds);
    report.local = {};
}

} // namespace gatecheck
