// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawJsonTab.h"

#include "evidence/EvidenceJson.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatecheck::gui {

RawJsonTab::RawJsonTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Raw evidence as JSON"));
    layout->addWidget(m_text, 1);
    m_copy = new QPushButton(tr("Cop&y JSON"), this);
    m_copy->setAccessibleName(tr("Copy the evidence JSON"));
    m_copy->setAccessibleDescription(tr("Puts the raw evidence on the clipboard"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_copy);
    layout->addLayout(row);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(json()); });
}

void RawJsonTab::setRun(const Evidence &evidence, const Diagnosis &diagnosis)
{
    QJsonArray findings;
    for (const Finding &f : diagnosis.findings)
        findings.append(toJson(f));
    const QJsonObject root {{QStringLiteral("verdict"), toJson(diagnosis.verdict)},
        {QStringLiteral("findings"), findings}, {QStringLiteral("evidence"), toJson(evidence)}};
    m_text->setPlainText(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
}

QString RawJsonTab::json() const
{
    return m_text->toPlainText();
}

} // namespace gatecheck::gui
