// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparePresenter.h"

#include "EvidencePresenter.h"
#include "VerdictPresenter.h"

#include <QLocale>
#include <QMap>

namespace gatecheck::gui {

namespace {

// Key -> text for every path of a run ("as-browser", "alt-dns@1.2.3.4").
QMap<QString, QString> pathOutcomes(const Evidence &e)
{
    QMap<QString, QString> out;
    for (const HttpObservation &h : e.http) {
        const QString key =
            h.pinnedAddress.isEmpty() || h.path == QLatin1String("ipv4") || h.path == QLatin1String("ipv6")
            ? h.path
            : h.path + QLatin1Char('@') + h.pinnedAddress;
        QString text = EvidencePresenter::outcome(h);
        if (h.headers.contains(QStringLiteral("server")))
            text += QStringLiteral(" (%1)").arg(h.headers.value(QStringLiteral("server")));
        out.insert(key, text);
    }
    return out;
}

QMap<QString, QString> systemDns(const Evidence &e)
{
    QMap<QString, QString> out;
    for (const DnsObservation &d : e.dns) {
        if (d.method != QLatin1String("system"))
            continue;
        QStringList addresses;
        for (const DnsAddress &a : d.addresses)
            addresses << a.address;
        addresses.sort();
        out.insert(d.host, d.error.isError() ? d.error.message : addresses.join(QStringLiteral(", ")));
    }
    return out;
}

QString tlsVerdict(const Evidence &e)
{
    const auto views = EvidencePresenter::tlsViews(e);
    QStringList verdicts;
    for (const TlsView &v : views)
        if (!verdicts.contains(v.verdict))
            verdicts << v.verdict;
    return verdicts.join(QLatin1Char('\n'));
}

QString proxyInUse(const Evidence &e)
{
    for (const ProxySetting &p : e.environment.proxies)
        if (!p.effectiveForTarget.isEmpty())
            return p.effectiveForTarget;
    for (const HttpObservation &h : e.http)
        if (h.path == QLatin1String("as-browser"))
            return h.proxy.isEmpty() ? ComparePresenter::tr("none") : h.proxy;
    return {};
}

} // namespace

QList<CompareRow> ComparePresenter::compare(
    const StoredRun &older, const StoredRun &newer, const QString &olderService, const QString &newerService)
{
    QList<CompareRow> rows;
    const QLocale locale;
    const auto add = [&rows](const QString &aspect, const QString &a, const QString &b, bool compareValues = true) {
        rows << CompareRow {aspect, a, b, compareValues && a != b, compareValues};
    };
    add(tr("When"), locale.toString(older.evidence.startedAt.toLocalTime(), QLocale::ShortFormat),
        locale.toString(newer.evidence.startedAt.toLocalTime(), QLocale::ShortFormat), false);
    add(tr("Service"), olderService, newerService);
    add(tr("Network"), older.network.label, newer.network.label);
    add(tr("Verdict"), older.diagnosis.verdict.headline, newer.diagnosis.verdict.headline);
    add(tr("Who should act"), VerdictPresenter::whoShouldAct(older.diagnosis.verdict.whoFixes, olderService),
        VerdictPresenter::whoShouldAct(newer.diagnosis.verdict.whoFixes, newerService));

    const auto pathsA = pathOutcomes(older.evidence);
    const auto pathsB = pathOutcomes(newer.evidence);
    QStringList keys = pathsA.keys();
    for (const QString &k : pathsB.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString &key : std::as_const(keys)) {
        const QString path = key.section(QLatin1Char('@'), 0, 0);
        const QString at = key.section(QLatin1Char('@'), 1);
        const QString name =
            at.isEmpty() ? EvidencePresenter::pathName(path) : tr("%1 (%2)").arg(EvidencePresenter::pathName(path), at);
        add(name, pathsA.value(key, tr("not tried")), pathsB.value(key, tr("not tried")));
    }

    const auto dnsA = systemDns(older.evidence);
    const auto dnsB = systemDns(newer.evidence);
    QStringList hosts = dnsA.keys();
    for (const QString &h : dnsB.keys())
        if (!hosts.contains(h))
            hosts << h;
    for (const QString &host : std::as_const(hosts))
        add(tr("Address of %1").arg(host), dnsA.value(host, tr("not looked up")),
            dnsB.value(host, tr("not looked up")));

    add(tr("Encryption"), tlsVerdict(older.evidence), tlsVerdict(newer.evidence));
    add(tr("Proxy used by the browser"), proxyInUse(older.evidence), proxyInUse(newer.evidence));
    return rows;
}

} // namespace gatecheck::gui
