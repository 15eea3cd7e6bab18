// SPDX-License-Identifier: GPL-3.0-or-later
// Linux DNS caches: systemd-resolved (D-Bus FlushCaches, polkit prompt when needed,
// resolvectl as fallback, CacheStatistics before/after), nscd, and local dnsmasq/unbound
// instances that answer the configured nameserver.
#include "env/DnsFlush.h"
#include "env/FileRead.h"
#include "env/LocalDnsServers.h"
#include "env/PlatformEnvironment.h"
#include "env/ResolverConfig.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QFile>
#include <QHostAddress>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/types.h>

namespace gatecheck::env::platform {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsFlush)
};

const QString kResolve = QStringLiteral("org.freedesktop.resolve1");
const QString kResolvePath = QStringLiteral("/org/freedesktop/resolve1");
const QString kResolveManager = QStringLiteral("org.freedesktop.resolve1.Manager");

QString resolvedCacheStatistics(const QDBusConnection &bus)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        kResolve, kResolvePath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << kResolveManager << QStringLiteral("CacheStatistics");
    const QDBusMessage reply = bus.call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    const QDBusArgument arg = reply.arguments().constFirst().value<QDBusVariant>().variant().value<QDBusArgument>();
    qulonglong size = 0, hits = 0, misses = 0;
    arg.beginStructure();
    arg >> size >> hits >> misses;
    arg.endStructure();
    return Text::tr("%1 entries cached, %2 hits, %3 misses").arg(size).arg(hits).arg(misses);
}

bool isAuthorisationError(const QDBusMessage &reply)
{
    const QString name = reply.errorName();
    return name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")
        || name == QLatin1String("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired")
        || name == QLatin1String("org.freedesktop.PolicyKit1.Error.NotAuthorized");
}

std::optional<DnsFlushStep> flushResolved()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kResolve).value())
        return std::nullopt;
    DnsFlushStep step;
    step.cache = QStringLiteral("systemd-resolved");
    step.method = QStringLiteral("D-Bus FlushCaches");
    step.statsBefore = resolvedCacheStatistics(bus);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kResolve, kResolvePath, kResolveManager, QStringLiteral("FlushCaches"));
    QDBusMessage reply = bus.call(call, QDBus::Block, 10000);
    if (reply.type() == QDBusMessage::ErrorMessage && isAuthorisationError(reply)) {
        // Newer systemd asks polkit; allow it to prompt the user for an administrator's approval.
        call.setInteractiveAuthorizationAllowed(true);
        reply = bus.call(call, QDBus::Block, 120000);
        if (reply.type() == QDBusMessage::ErrorMessage && isAuthorisationError(reply)) {
            step.outcome = QStringLiteral("declined");
            step.detail = Text::tr("systemd-resolved needs an administrator's approval, which was not given (%1)")
                              .arg(reply.errorMessage());
            return step;
        }
    }
    if (reply.type() == QDBusMessage::ErrorMessage) {
        int exitCode = -1;
        const auto out = runTool(QStringLiteral("resolvectl"), {QStringLiteral("flush-caches")}, 30000, &exitCode);
        if (out && exitCode == 0) {
            step.method = QStringLiteral("resolvectl flush-caches");
            step.outcome = QStringLiteral("flushed");
        } else {
            step.outcome = QStringLiteral("failed");
            step.detail = Text::tr("FlushCaches failed (%1) and resolvectl flush-caches did not succeed either")
                              .arg(reply.errorMessage());
            return step;
        }
    } else {
        step.outcome = QStringLiteral("flushed");
    }
    step.statsAfter = resolvedCacheStatistics(bus);
    return step;
}

std::optional<DnsFlushStep> flushNscd()
{
    if (!QFile::exists(QStringLiteral("/run/nscd/socket")) && !QFile::exists(QStringLiteral("/var/run/nscd/socket")))
        return std::nullopt;
    DnsFlushStep step;
    step.cache = QStringLiteral("nscd");
    step.method = QStringLiteral("nscd -i hosts");
    int exitCode = -1;
    const auto out = runTool(QStringLiteral("nscd"), {QStringLiteral("-i"), QStringLiteral("hosts")}, 10000, &exitCode);
    step.outcome = out && exitCode == 0 ? QStringLiteral("flushed") : QStringLiteral("failed");
    if (step.outcome == QLatin1String("failed"))
        step.detail = Text::tr("nscd refused to invalidate its hosts cache — this needs administrator rights "
                               "(run: sudo nscd -i hosts)");
    return step;
}

DnsFlushStep flushLocalServer(const LocalDnsServer &server)
{
    DnsFlushStep step;
    step.cache = QStringLiteral("%1 (pid %2, %3)").arg(server.program).arg(server.pid).arg(server.address);
    if (server.program == QLatin1String("dnsmasq")) {
        // dnsmasq empties its cache (and re-reads its hosts files) on SIGHUP.
        step.method = QStringLiteral("SIGHUP");
        if (::kill(pid_t(server.pid), SIGHUP) == 0) {
            step.outcome = QStringLiteral("flushed");
        } else {
            const int error = errno;
            step.outcome = QStringLiteral("failed");
            step.detail = error == EPERM
                ? Text::tr("dnsmasq runs as another user; flushing it needs administrator rights "
                           "(run: sudo gatecheck-cli flush-dns)")
                : QString::fromLocal8Bit(std::strerror(error));
        }
        return step;
    }
    if (server.program == QLatin1String("unbound")) {
        step.method = QStringLiteral("unbound-control flush_zone .");
        QStringList args;
        // Use the same configuration the running unbound was started with.
        const qsizetype c = server.commandLine.indexOf(QStringLiteral("-c"));
        if (c >= 0 && c + 1 < server.commandLine.size())
            args << QStringLiteral("-c") << server.commandLine.at(c + 1);
        int exitCode = -1;
        const auto out = runTool(QStringLiteral("unbound-control"),
            args + QStringList {QStringLiteral("flush_zone"), QStringLiteral(".")}, 10000, &exitCode);
        step.outcome = out && exitCode == 0 ? QStringLiteral("flushed") : QStringLiteral("failed");
        if (step.outcome == QLatin1String("failed"))
            step.detail = Text::tr("unbound-control could not reach unbound (its remote control must be enabled, "
                                   "and it needs administrator rights)");
        return step;
    }
    step.method = QStringLiteral("-");
    step.outcome = QStringLiteral("skipped");
    step.detail = Text::tr("a local DNS server (%1) answers this computer's lookups; Gatecheck does not know how to "
                           "flush it — restarting it clears its cache")
                      .arg(server.program);
    return step;
}

} // namespace

QList<DnsFlushStep> flushDnsCaches()
{
    QList<DnsFlushStep> steps;
    if (auto resolved = flushResolved())
        steps << *resolved;
    if (auto nscd = flushNscd())
        steps << *nscd;
    const auto resolv = readCapped(QStringLiteral("/etc/resolv.conf"), 1024 * 1024);
    const ResolvConf conf = parseResolvConf(resolv ? QString::fromUtf8(*resolv) : QString());
    QList<int> seen;
    for (const QString &nameserver : conf.nameservers) {
        const QHostAddress address(nameserver);
        if (!address.isLoopback() || isResolvedStub(nameserver))
            continue;
        for (const LocalDnsServer &server : findLocalDnsServers(nameserver)) {
            if (seen.contains(server.pid) || server.program.startsWith(QLatin1String("systemd-resolve")))
                continue;
            seen << server.pid;
            steps << flushLocalServer(server);
        }
    }
    if (steps.isEmpty()) {
        // Say where lookups go instead, so "nothing to flush" is not a mystery.
        DnsFlushStep none;
        none.cache = Text::tr("none found");
        none.method = QStringLiteral("-");
        none.outcome = QStringLiteral("skipped");
        none.detail = conf.nameservers.isEmpty()
            ? Text::tr("no systemd-resolved, nscd or local DNS server, and no nameserver in /etc/resolv.conf")
            : Text::tr("no systemd-resolved, nscd or local caching DNS server: /etc/resolv.conf sends lookups "
                       "straight to %1")
                  .arg(conf.nameservers.join(QLatin1String(", ")));
        steps << none;
    }
    return steps;
}

} // namespace gatecheck::env::platform
