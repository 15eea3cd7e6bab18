// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: the DNS Client service's cache. DnsFlushResolverCache (dnsapi.dll, undocumented
// but stable, what ipconfig calls) gives a result code; `ipconfig /flushdns` is the fallback,
// judged by its exit code because its text is localised.
#include "env/DnsFlush.h"
#include "env/PlatformEnvironment.h"

#include <QCoreApplication>

#include <windows.h>

namespace gatecheck::env::platform {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsFlush)
};
} // namespace

QList<DnsFlushStep> flushDnsCaches()
{
    DnsFlushStep step;
    step.cache = QStringLiteral("Windows DNS Client");
    step.method = QStringLiteral("DnsFlushResolverCache");
    using FlushFn = BOOL(WINAPI *)();
    if (HMODULE dll = LoadLibraryExW(L"dnsapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32)) {
        const auto flush =
            reinterpret_cast<FlushFn>(reinterpret_cast<void *>(GetProcAddress(dll, "DnsFlushResolverCache")));
        const bool ok = flush && flush();
        FreeLibrary(dll);
        if (ok) {
            step.outcome = QStringLiteral("flushed");
            return {step};
        }
    }
    step.method = QStringLiteral("ipconfig /flushdns");
    int exitCode = -1;
    const auto out = runTool(QStringLiteral("ipconfig"), {QStringLiteral("/flushdns")}, 30000, &exitCode);
    if (out && exitCode == 0) {
        step.outcome = QStringLiteral("flushed");
    } else {
        step.outcome = QStringLiteral("failed");
        step.detail = Text::tr("the DNS Client service did not flush its cache (is the \"DNS Client\" service "
                               "running?)");
    }
    return {step};
}

} // namespace gatecheck::env::platform
