// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gatecheck {

// Removes from report data what identifies a person or a machine, or could let someone log in:
// cookies, authorisation headers and API keys, secrets in URLs (query, fragment, user info),
// user names and home folders, the machine's host name, Wi-Fi names, local addresses and — unless
// allowed — this machine's own public addresses. Addresses become stable pseudonyms
// ("[private-1]") so a reader can still see that two places name the same address.
//
// Works on JSON values, so every string of the evidence is covered, including fields added
// after this was written. Certificates (PEM, SHA-256) are left intact: they are public and
// needed to re-diagnose. Idempotent: redacting redacted data changes nothing.
class Redactor
{
public:
    explicit Redactor(const LocalIdentity &identity, bool keepPublicAddresses = false);

    // Collects names worth sweeping from the data itself before redacting (user names found in
    // home paths, Wi-Fi names, this machine's public interface addresses).
    void learnFrom(const QJsonValue &value, const QString &key = {});
    void learnFrom(const EnvironmentFacts &environment);
    void learnSsid(const QString &ssid);

    QJsonValue redact(const QJsonValue &value, const QString &key = {}, const QString &parentKey = {});
    QString redactText(const QString &text);

    // RedactionKind codes of what was removed so far, in a fixed order.
    QStringList removedKinds() const;

    static inline const QString Placeholder = QStringLiteral("[redacted]");

private:
    QString redactString(const QString &text, const QString &key, const QString &parentKey);
    QString redactHeaderValue(const QString &name, const QString &value);
    QString redactAuthText(const QString &text);
    QString redactUrlSecrets(const QString &text, const QString &key);
    QString redactHomePaths(const QString &text);
    QString redactWords(const QString &text);
    QString redactAddresses(const QString &text);
    QString pseudonymFor(const QString &address, const QString &prefix);
    void mark(const QString &kind) { m_removed.insert(kind); }

    LocalIdentity m_identity;
    bool m_keepPublic = false;
    QStringList m_userNames; // learned + given, each at least 3 characters
    QStringList m_ssids;
    QSet<QString> m_ownPublic; // normalised addresses
    QHash<QString, QString> m_pseudonyms; // normalised address -> "[private-1]"
    QHash<QString, int> m_counters; // prefix -> last number used
    QSet<QString> m_removed;
};

// Redacts the report in place, once, before any renderer: evidence, findings, the user's note
// (except the organisation name, which the user gives on purpose) and the network identity.
// Sets `redacted` and `redactedKinds` (kept from an earlier redaction) and forgets `local`.
void redactReport(Report &report);

} // namespace gatecheck
