// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/Finding.h"
#include "evidence/Observations.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace gatecheck::gui {

// Everything that was observed, as JSON, to copy into a ticket or a chat with IT.
class RawJsonTab : public QWidget
{
    Q_OBJECT
public:
    explicit RawJsonTab(QWidget *parent = nullptr);
    void setRun(const Evidence &evidence, const Diagnosis &diagnosis);
    QString json() const;
    QPushButton *copyButton() const { return m_copy; }

private:
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace gatecheck::gui
