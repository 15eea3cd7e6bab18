// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace gatecheck::env {

// A certificate found in one of the OS trust stores.
struct StoreCertificate
{
    QSslCertificate certificate;
    QString store; // a file or directory, or a store name ("LocalMachine\\Root", "admin trust settings")
};

// The roots the OS trusts that are not publicly trusted (neither the same certificate nor the
// same key as one of `publicRoots`): the footprint of corporate TLS inspection, antivirus
// HTTPS scanning or a developer's proxy. Named by product where the name is recognised.
QList<TrustRootInfo> nonPublicRoots(const QList<StoreCertificate> &store, const QList<QSslCertificate> &publicRoots);

// Reads PEM/DER certificates from files and directories (non-recursive), bounded in file
// size and count. Unreadable entries are noted, not fatal.
QList<StoreCertificate> readCertificateFiles(const QStringList &paths, QStringList *notes = nullptr);

// Where Linux distributions keep the system trust store: locally added anchors first (so a
// root is attributed to where an administrator put it), then the compiled bundles.
QStringList linuxTrustStorePaths();

} // namespace gatecheck::env
