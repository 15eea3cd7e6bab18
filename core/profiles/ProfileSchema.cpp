// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and checking a profile document (format in docs/profiles.md). A profile may come
// from a user or a colleague's e-mail, so every field is checked for type, size and shape,
// and each refusal names the field. Patterns are compiled here so a bad one fails at load
// time, not in the middle of a diagnosis.
#include "profiles/VendorProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSchema)
};

constexpr qsizetype kMaxBytes = 256 * 1024;
constexpr int kMaxHosts = 32;
constexpr int kMaxPatterns = 64;
constexpr int kMaxPatternLength = 200;
constexpr int kMaxActivities = 16;
constexpr int kMaxFacts = 16;

const QRegularExpression &idRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,39}$"));
    return re;
}

const QRegularExpression &keyRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    return re;
}

const QRegularExpression &hostRe()
{
    // LDH labels (an IDN is given in its xn-- form), optional single leading "*." for SAN patterns.
    static const QRegularExpression re(
        QStringLiteral("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

// Collects the first error; every reader returns false once one is set.
class Reader
{
public:
    explicit Reader(const QJsonObject &o)
        : m_o(o)
    { }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool text(const char *key, QString *out, bool required, int maxLength)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return required ? fail(Text::tr("%1: missing (it is required)").arg(QLatin1String(key))) : true;
        if (!v.isString())
            return fail(Text::tr("%1: must be text").arg(QLatin1String(key)));
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            return fail(Text::tr("%1: must not be empty").arg(QLatin1String(key)));
        if (s.size() > maxLength)
            return fail(Text::tr("%1: longer than %2 characters").arg(QLatin1String(key)).arg(maxLength));
        if (hasControlCharacters(s))
            return fail(Text::tr("%1: contains control characters").arg(QLatin1String(key)));
        *out = s;
        return true;
    }

    bool url(const char *key, QUrl *out, bool required)
    {
        QString s;
        if (!text(key, &s, required, 2048))
            return false;
        if (s.isEmpty())
            return true;
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty()
            || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            return fail(Text::tr("%1: \"%2\" is not an http:// or https:// address with a host")
                            .arg(QLatin1String(key), s.left(100)));
        if (!u.userInfo().isEmpty())
            return fail(Text::tr("%1: an address with a user name or password is not allowed").arg(QLatin1String(key)));
        *out = u;
        return true;
    }

    bool strings(const QString &where, const QJsonValue &v, QStringList *out, int maxCount, int maxLength)
    {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(Text::tr("%1: must be a list").arg(where));
        const QJsonArray a = v.toArray();
        if (a.size() > maxCount)
            return fail(Text::tr("%1: more than %2 entries").arg(where).arg(maxCount));
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                return fail(Text::tr("%1[%2]: must be text").arg(where).arg(i));
            const QString s = a.at(i).toString();
            if (s.isEmpty() || s.size() > maxLength || hasControlCharacters(s))
                return fail(Text::tr("%1[%2]: empty, longer than %3 characters or with control characters")
                                .arg(where)
                                .arg(i)
                                .arg(maxLength));
            *out << s;
        }
        return true;
    }

    bool patterns(const QString &where, const QJsonValue &v, QStringList *out)
    {
        QStringList list;
        if (!strings(where, v, &list, kMaxPatterns, kMaxPatternLength))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QRegularExpression re(list.at(i));
            if (!re.isValid())
                return fail(Text::tr("%1[%2]: \"%3\" is not a valid pattern (%4)")
                                .arg(where)
                                .arg(i)
                                .arg(list.at(i), re.errorString()));
        }
        *out = list;
        return true;
    }

    const QJsonObject &object() const { return m_o; }

private:
    QJsonObject m_o;
    QString m_error;
};

bool readHosts(Reader &r, VendorProfile &p)
{
    static const QSet<QString> roles {QStringLiteral("app"), QStringLiteral("login"), QStringLiteral("api"),
        QStringLiteral("static"), QStringLiteral("other")};
    const QJsonValue v = r.object().value(QLatin1String("hosts"));
    if (!v.isArray() || v.toArray().isEmpty())
        return r.fail(Text::tr("hosts: must be a list with at least one host"));
    const QJsonArray hosts = v.toArray();
    if (hosts.size() > kMaxHosts)
        return r.fail(Text::tr("hosts: more than %1 hosts").arg(kMaxHosts));
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        QString host;
        QString role;
        if (hosts.at(i).isString()) {
            host = hosts.at(i).toString();
        } else if (hosts.at(i).isObject()) {
            const QJsonObject h = hosts.at(i).toObject();
            host = h.value(QLatin1String("host")).toString();
            role = h.value(QLatin1String("role")).toString();
            if (!role.isEmpty() && !roles.contains(role))
                return r.fail(Text::tr("hosts[%1].role: \"%2\" is not one of app, login, api, static, other")
                                  .arg(i)
                                  .arg(role.left(40)));
        } else {
            return r.fail(Text::tr("hosts[%1]: must be a host name or {\"host\": ..., \"role\": ...}").arg(i));
        }
        host = host.trimmed().toLower();
        if (host.size() > 253 || host.startsWith(QLatin1String("*.")) || !hostRe().match(host).hasMatch())
            return r.fail(Text::tr("hosts[%1]: \"%2\" is not a host name").arg(i).arg(host.left(100)));
        if (p.hosts.contains(host))
            return r.fail(Text::tr("hosts[%1]: \"%2\" is listed twice").arg(i).arg(host));
        p.hosts << host;
        if (!role.isEmpty())
            p.hostRoles.insert(host, role);
    }
    return true;
}

bool readActivities(Reader &r, VendorProfile &p)
{
    const QJsonValue v = r.object().value(QLatin1String("activities"));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return r.fail(Text::tr("activities: must be an object like {\"payroll\": [\"payroll\"]}"));
    const QJsonObject a = v.toObject();
    if (a.size() > kMaxActivities)
        return r.fail(Text::tr("activities: more than %1 activities").arg(kMaxActivities));
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue; // a comment
        if (!keyRe().match(it.key()).hasMatch())
            return r.fail(
                Text::tr("activities: \"%1\" is not a valid activity name (a-z, 0-9, _)").arg(it.key().left(40)));
        QStringList patterns;
        if (!r.patterns(QStringLiteral("activities.") + it.key(), it.value(), &patterns))
            return false;
        p.activityComponents.insert(it.key(), patterns);
    }
    return true;
}

bool readSupportFacts(Reader &r, VendorProfile &p)
{
    const QJsonValue v = r.object().value(QLatin1String("support_facts"));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return r.fail(Text::tr("support_facts: must be a list"));
    const QJsonArray facts = v.toArray();
    if (facts.size() > kMaxFacts)
        return r.fail(Text::tr("support_facts: more than %1 entries").arg(kMaxFacts));
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (!facts.at(i).isObject())
            return r.fail(Text::tr("support_facts[%1]: must be {\"key\": ..., \"label\": ...}").arg(i));
        Reader f(facts.at(i).toObject());
        SupportFact fact;
        if (!f.text("key", &fact.key, true, 32) || !f.text("label", &fact.label, true, 80)
            || !f.text("hint", &fact.hint, false, 200))
            return r.fail(QStringLiteral("support_facts[%1].%2").arg(i).arg(f.error()));
        if (!keyRe().match(fact.key).hasMatch())
            return r.fail(
                Text::tr("support_facts[%1].key: \"%2\" is not a valid key (a-z, 0-9, _)").arg(i).arg(fact.key));
        for (const SupportFact &other : std::as_const(p.supportFacts))
            if (other.key == fact.key)
                return r.fail(Text::tr("support_facts[%1]: key \"%2\" is listed twice").arg(i).arg(fact.key));
        p.supportFacts << fact;
    }
    return true;
}

bool checkKnownFields(Reader &r)
{
    static const QSet<QString> known {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("url"), QStringLiteral("hosts"), QStringLiteral("status_url"),
        QStringLiteral("status_page"), QStringLiteral("issuer_patterns"), QStringLiteral("san_patterns"),
        QStringLiteral("edge_server_patterns"), QStringLiteral("reference_headers"), QStringLiteral("activities"),
        QStringLiteral("support_url"), QStringLiteral("support_facts")};
    const QStringList keys = r.object().keys();
    for (const QString &key : keys) {
        // Comments are welcome; anything else unknown is most likely a typo worth reporting.
        if (key.startsWith(QLatin1Char('_')) || key == QLatin1String("comment") || key == QLatin1String("$schema"))
            continue;
        if (!known.contains(key))
            return r.fail(Text::tr("unknown field \"%1\" (a typo? see docs/profiles.md)").arg(key.left(60)));
    }
    const QJsonValue format = r.object().value(QLatin1String("format"));
    if (!format.isUndefined()) {
        if (!format.isDouble() || format.toDouble() != static_cast<double>(format.toInt()) || format.toInt() < 1)
            return r.fail(Text::tr("format: must be a whole number (1)"));
        if (format.toInt() > ProfileFormatVersion)
            return r.fail(Text::tr("format: version %1 is newer than this Gatecheck reads (%2) - update Gatecheck")
                              .arg(format.toInt())
                              .arg(ProfileFormatVersion));
    }
    return true;
}

} // namespace

std::optional<VendorProfile> profileFromJson(const QJsonObject &o, QString *error)
{
    Reader r(o);
    VendorProfile p;
    QStringList sanPatterns;
    QStringList headers;
    const bool ok = checkKnownFields(r) && r.text("id", &p.id, true, 40) && r.text("name", &p.displayName, true, 80)
        && r.text("description", &p.description, false, 300) && r.url("url", &p.primaryUrl, true) && readHosts(r, p)
        && r.url("status_url", &p.statusUrl, false) && r.url("status_page", &p.statusPageUrl, false)
        && r.patterns(
            QStringLiteral("issuer_patterns"), o.value(QLatin1String("issuer_patterns")), &p.expectedIssuerPatterns)
        && r.strings(
            QStringLiteral("san_patterns"), o.value(QLatin1String("san_patterns")), &sanPatterns, kMaxPatterns, 253)
        && r.patterns(QStringLiteral("edge_server_patterns"), o.value(QLatin1String("edge_server_patterns")),
            &p.edgeServerPatterns)
        && r.strings(QStringLiteral("reference_headers"), o.value(QLatin1String("reference_headers")), &headers, 16, 64)
        && readActivities(r, p) && r.url("support_url", &p.supportUrl, false) && readSupportFacts(r, p);
    if (ok && !idRe().match(p.id).hasMatch())
        r.fail(Text::tr("id: \"%1\" must be lower case letters, digits, '.', '_' or '-' (at most 40)").arg(p.id));
    for (qsizetype i = 0; !r.failed() && i < sanPatterns.size(); ++i) {
        const QString s = sanPatterns.at(i).toLower();
        if (!hostRe().match(s).hasMatch())
            r.fail(Text::tr("san_patterns[%1]: \"%2\" is not a host name or *.domain pattern").arg(i).arg(s.left(100)));
        p.sanPatterns << s;
    }
    static const QRegularExpression headerRe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (qsizetype i = 0; !r.failed() && i < headers.size(); ++i) {
        if (!headerRe.match(headers.at(i)).hasMatch())
            r.fail(Text::tr("reference_headers[%1]: \"%2\" is not a header name").arg(i).arg(headers.at(i).left(64)));
        p.referenceHeaders << headers.at(i).toLower();
    }
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    // The page a user opens is always probed, first.
    const QString primaryHost = p.primaryUrl.host().toLower();
    p.hosts.removeAll(primaryHost);
    p.hosts.prepend(primaryHost);
    if (!p.hostRoles.contains(primaryHost))
        p.hostRoles.insert(primaryHost, QStringLiteral("app"));
    if (!p.isValid(error))
        return std::nullopt;
    return p;
}

std::optional<VendorProfile> profileFromBytes(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxBytes) {
        if (error)
            *error = Text::tr("the profile is %1 bytes; profiles are at most %2").arg(json.size()).arg(kMaxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Text::tr("a profile must be a JSON object");
        return std::nullopt;
    }
    return profileFromJson(doc.object(), error);
}

} // namespace gatecheck
