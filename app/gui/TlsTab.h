// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/Observations.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace gatecheck::gui {

// The certificate chains as each server sent them, with the verdict against the public
// roots (is something on the way decrypting the connection?) and each certificate's details.
class TlsTab : public QWidget
{
    Q_OBJECT
public:
    explicit TlsTab(QWidget *parent = nullptr);
    void setEvidence(const Evidence &evidence);
    QTreeWidget *tree() const { return m_tree; }

private:
    void showCertificate();

    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QList<CertificateInfo> m_certs;
};

} // namespace gatecheck::gui
