// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "diagnosis/Diagnose.h"
#include "engine/DiagnosisRun.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatecheck::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Gatecheck"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *title = new QLabel(tr("<h1>Gatecheck</h1><p>Why does my cloud app say \"502 Bad Gateway\"?</p>"), central);
    layout->addWidget(title);

    m_urlEdit = new QLineEdit(central);
    m_urlEdit->setPlaceholderText(tr("Paste the address that shows the error, e.g. https://go.xero.com/"));
    m_urlEdit->setAccessibleName(tr("Address to diagnose"));
    layout->addWidget(m_urlEdit);

    m_diagnoseButton = new QPushButton(tr("&Diagnose"), central);
    m_diagnoseButton->setAccessibleName(tr("Diagnose"));
    m_diagnoseButton->setDefault(true);
    layout->addWidget(m_diagnoseButton);

    m_progress = new QProgressBar(central);
    m_progress->setAccessibleName(tr("Diagnosis progress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_verdict = new QLabel(central);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Verdict"));
    layout->addWidget(m_verdict);

    m_details = new QPlainTextEdit(central);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));
    layout->addWidget(m_details, 1);

    setCentralWidget(central);
    resize(900, 640);

    connect(m_diagnoseButton, &QPushButton::clicked, this, &MainWindow::startDiagnosis);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &MainWindow::startDiagnosis);
}

MainWindow::~MainWindow() = default;

void MainWindow::startDiagnosis()
{
    const QUrl url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        m_verdict->setText(tr("Please enter the address that shows the error."));
        return;
    }
    DiagnosisOptions options;
    options.profile = customProfile(url);
    options.targetUrl = url;
    options.resolvers = DiagnosisOptions::defaultResolvers();
    options.dohEndpoints = DiagnosisOptions::defaultDohEndpoints();
    options.trust = TrustAnchors::load();

    m_run = new DiagnosisRun(options, this);
    connect(m_run, &DiagnosisRun::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_run, &DiagnosisRun::finished, this, &MainWindow::showResult);
    m_diagnoseButton->setEnabled(false);
    m_progress->setVisible(true);
    m_verdict->setText(tr("Checking…"));
    m_run->start();
}

void MainWindow::showResult()
{
    const Diagnosis diagnosis = diagnose(m_run->evidence(), m_run->options().profile);
    m_verdict->setText(diagnosis.verdict.headline);
    QString details;
    for (const HttpObservation &h : m_run->evidence().http)
        details += QStringLiteral("%1: %2 %3\n").arg(h.path).arg(h.status).arg(h.error.message);
    m_details->setPlainText(details);
    m_diagnoseButton->setEnabled(true);
    m_progress->setVisible(false);
    m_run->deleteLater();
    emit diagnosisFinished();
}

} // namespace gatecheck::gui
