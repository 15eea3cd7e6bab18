// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace gatecheck {
class DiagnosisRun;
}

namespace gatecheck::gui {

// The app's window: choose a service, press Diagnose, read the verdict.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QPushButton *diagnoseButton() const { return m_diagnoseButton; }
    QLineEdit *urlEdit() const { return m_urlEdit; }

signals:
    void diagnosisFinished();

private:
    void startDiagnosis();
    void showResult();

    QLineEdit *m_urlEdit = nullptr;
    QPushButton *m_diagnoseButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPointer<DiagnosisRun> m_run;
};

} // namespace gatecheck::gui
