// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/ResolverConfig.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace gatecheck::env {

ResolvConf parseResolvConf(const QString &text)
{
    ResolvConf conf;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        QString line = raw;
        const qsizetype comment = line.indexOf(QRegularExpression(QStringLiteral("[#;]")));
        if (comment >= 0)
            line.truncate(comment);
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 2)
            continue;
        if (f.at(0) == QLatin1String("nameserver")) {
            const QHostAddress address(f.at(1).section(QLatin1Char('%'), 0, 0));
            if (!address.isNull() && !conf.nameservers.contains(f.at(1)))
                conf.nameservers << f.at(1);
        } else if (f.at(0) == QLatin1String("search") || f.at(0) == QLatin1String("domain")) {
            // The last search/domain line wins, as in the resolver.
            conf.search = f.mid(1);
        } else if (f.at(0) == QLatin1String("options")) {
            conf.options << f.mid(1);
        }
    }
    return conf;
}

bool isResolvedStub(const QString &nameserver)
{
    return nameserver == QLatin1String("127.0.0.53") || nameserver == QLatin1String("127.0.0.54");
}

QList<ResolvedLink> parseResolvectlStatus(const QString &text)
{
    QList<ResolvedLink> links;
    ResolvedLink *current = nullptr;
    QString lastKey;
    static const QRegularExpression linkHeader(QStringLiteral("^Link \\d+ \\(([^)]+)\\)"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (raw.startsWith(QLatin1String("Global"))) {
            links.append(ResolvedLink {QStringLiteral("Global"), {}, {}, {}, true});
            current = &links.last();
            lastKey.clear();
            continue;
        }
        const auto m = linkHeader.match(raw);
        if (m.hasMatch()) {
            links.append(ResolvedLink {m.captured(1), {}, {}, {}, true});
            current = &links.last();
            lastKey.clear();
            continue;
        }
        if (!current)
            continue;
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        QString key;
        QString value;
        if (colon > 0) {
            key = line.left(colon).trimmed();
            value = line.mid(colon + 2).trimmed();
        } else if (line.endsWith(QLatin1Char(':'))) {
            key = line.chopped(1).trimmed();
        } else {
            // Older systemd prints further servers/domains on continuation lines without a key.
            key = lastKey;
            value = line;
        }
        const QStringList items = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (key == QLatin1String("DNS Servers")) {
            current->dnsServers << items;
        } else if (key == QLatin1String("Current DNS Server")) {
            current->currentServer = value;
        } else if (key == QLatin1String("DNS Domain") || key == QLatin1String("DNSDomain")) {
            current->domains << items;
        } else if (key == QLatin1String("Protocols")) {
            if (items.contains(QLatin1String("-DefaultRoute")))
                current->defaultRoute = false;
        } else if (key == QLatin1String("DefaultRoute setting")) {
            current->defaultRoute = value == QLatin1String("yes");
        }
        lastKey = key;
    }
    return links;
}

QList<HostsEntry> parseHostsFile(const QString &text, int *skipped)
{
    QList<HostsEntry> entries;
    int bad = 0;
    int lineNumber = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        QString line = raw;
        const qsizetype comment = line.indexOf(QLatin1Char('#'));
        if (comment >= 0)
            line.truncate(comment);
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        const QHostAddress address(f.at(0).section(QLatin1Char('%'), 0, 0));
        if (address.isNull() || f.size() < 2) {
            ++bad;
            continue;
        }
        for (int i = 1; i < f.size(); ++i)
            entries.append(HostsEntry {f.at(0), f.at(i).toLower(), lineNumber});
    }
    if (skipped)
        *skipped = bad;
    return entries;
}

QList<HostsOverride> hostsOverridesFor(const QList<HostsEntry> &entries, const QStringList &hosts, const QString &file)
{
    QSet<QString> exact;
    QSet<QString> domains;
    for (const QString &host : hosts) {
        const QString h = host.toLower();
        exact.insert(h);
        QStringList labels = h.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        // Stop at the registrable domain: "xero.com", but "example.co.uk", not "co.uk".
        static const QStringList secondLevel {QStringLiteral("co"), QStringLiteral("com"), QStringLiteral("net"),
            QStringLiteral("org"), QStringLiteral("gov"), QStringLiteral("ac"), QStringLiteral("edu")};
        const int minLabels =
            labels.size() >= 3 && labels.last().size() == 2 && secondLevel.contains(labels.at(labels.size() - 2)) ? 3
                                                                                                                  : 2;
        while (labels.size() >= minLabels) {
            domains.insert(labels.join(QLatin1Char('.')));
            labels.removeFirst();
        }
    }
    QList<HostsOverride> out;
    for (const HostsEntry &e : entries) {
        bool match = exact.contains(e.name) || domains.contains(e.name);
        for (auto it = domains.cbegin(); !match && it != domains.cend(); ++it)
            match = e.name.endsWith(QLatin1Char('.') + *it);
        if (match)
            out.append(HostsOverride {e.name, e.address, QStringLiteral("%1:%2").arg(file).arg(e.line)});
    }
    return out;
}

} // namespace gatecheck::env
