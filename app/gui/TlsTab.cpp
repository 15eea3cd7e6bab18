// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsTab.h"

#include "EvidencePresenter.h"
#include "TableHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatecheck::gui {

namespace {
constexpr int CertIndexRole = Qt::UserRole + 1;
}

TlsTab::TlsTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The certificates the server sent, checked against this computer's trusted "
                                "roots and against the public ones. Trusted here but not publicly means "
                                "something on the way is decrypting the connection."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setHeaderLabels({tr("Connection / certificate"), tr("Verdict / issuer")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 320);
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("Certificate chains"));
    m_details = new QPlainTextEdit(splitter);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setPlaceholderText(tr("Select a certificate to see its details."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TlsTab::showCertificate);
}

void TlsTab::setEvidence(const Evidence &evidence)
{
    m_tree->clear();
    m_certs.clear();
    m_details->clear();
    const auto views = EvidencePresenter::tlsViews(evidence);
    for (const TlsView &v : views) {
        auto *top = new QTreeWidgetItem(m_tree, {v.title, v.verdict});
        top->setIcon(0, toneIcon(v.tone, palette()));
        top->setToolTip(1, v.verdict);
        top->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(toneWord(v.tone), v.title));
        for (const QString &fact : v.facts)
            new QTreeWidgetItem(top, {tr("Detail"), fact});
        for (int i = 0; i < v.chain.size(); ++i) {
            const CertificateInfo &c = v.chain.at(i);
            const QString role = i == 0 ? tr("Server certificate") : c.selfSigned ? tr("Root") : tr("Intermediate");
            auto *item = new QTreeWidgetItem(top,
                {QStringLiteral("%1: %2").arg(role, c.subjectCommonName.isEmpty() ? c.subject : c.subjectCommonName),
                    tr("issued by %1").arg(c.issuerCommonName.isEmpty() ? c.issuer : c.issuerCommonName)});
            item->setData(0, CertIndexRole, m_certs.size());
            m_certs << c;
        }
        top->setExpanded(true);
    }
    if (views.isEmpty())
        new QTreeWidgetItem(m_tree, {tr("No encrypted connection was made"), QString()});
}

void TlsTab::showCertificate()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, CertIndexRole).isValid()) {
        m_details->clear();
        return;
    }
    const CertificateInfo &c = m_certs.at(item->data(0, CertIndexRole).toInt());
    const QLocale locale;
    QStringList lines;
    lines << tr("Subject: %1").arg(c.subject) << tr("Issuer: %1").arg(c.issuer)
          << tr("Organisation: %1").arg(c.subjectOrganization)
          << tr("Valid from %1 to %2")
                 .arg(locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat))
          << tr("SHA-256: %1").arg(c.sha256) << tr("Names: %1").arg(c.subjectAltNames.join(QStringLiteral(", ")))
          << tr("Certificate Transparency proof embedded: %1").arg(c.hasEmbeddedSct ? tr("yes") : tr("no"));
    m_details->setPlainText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + c.pem);
}

} // namespace gatecheck::gui
