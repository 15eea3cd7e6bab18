// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistModel.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace gatecheck::gui {

// The page shown while a diagnosis runs: a checklist that fills in live, a progress bar
// and a Cancel button. Reads a ChecklistModel; knows nothing about probes itself.
class RunChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit RunChecklist(QWidget *parent = nullptr);

    void begin(const QString &serviceName, const DiagnosisOptions &options);
    void probeStarted(const QString &id);
    void probeFinished(const QString &id, bool ok);
    void setProgress(int done, int total);
    void end(bool cancelled);

    const ChecklistModel &model() const { return m_model; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *list() const { return m_list; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void cancelRequested();

private:
    void refresh();

    ChecklistModel m_model;
    QLabel *m_title = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace gatecheck::gui
