// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace gatecheck {

// Bounds every probe respects, so a hostile or broken peer costs bounded time and memory.
struct NetLimits
{
    qint64 maxBodyBytes = 256 * 1024; // bytes read from any HTTP body before we stop
    qint64 maxHeaderBytes = 64 * 1024; // response header block
    int maxRedirects = 5;
    qint64 maxStatusJsonBytes = 2 * 1024 * 1024; // a Statuspage summary is ~10-200 KiB
    qint64 bodyHeadBytes = 2048; // how much of a body is kept as evidence
};

// The two sets of roots a chain is judged against. "system" is what the OS (and so the
// browser) trusts — it includes any corporate inspection root IT pushed; "public" is the
// bundled set of publicly trusted roots. A chain trusted by the first but not the second is
// the signature of TLS interception.
struct TrustAnchors
{
    QList<QSslCertificate> systemRoots;
    QList<QSslCertificate> publicRoots;

    // The OS store plus `extraSystemRootsPem` (if any), and the public set from
    // `publicRootsPem` or, when empty, the bundled resource. Errors go to `error`.
    static TrustAnchors load(
        const QString &publicRootsPem = {}, const QString &extraSystemRootsPem = {}, QString *error = nullptr);
};

} // namespace gatecheck
