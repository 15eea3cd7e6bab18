// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gatecheck::gui {

// Alternate resolvers and DNS-over-HTTPS, timeouts, watch interval, language and the report
// redaction default. Checks the entries before it closes and says what is wrong inline.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    void accept() override;
    QString errorText() const;

    QPlainTextEdit *resolversEdit() const { return m_resolvers; }
    QLineEdit *dohEdit() const { return m_doh; }
    QSpinBox *probeTimeoutBox() const { return m_probeTimeout; }
    QSpinBox *overallTimeoutBox() const { return m_overallTimeout; }
    QSpinBox *watchIntervalBox() const { return m_watchInterval; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *redactBox() const { return m_redact; }

private:
    AppSettings m_base;
    QPlainTextEdit *m_resolvers = nullptr;
    QLineEdit *m_doh = nullptr;
    QSpinBox *m_probeTimeout = nullptr;
    QSpinBox *m_overallTimeout = nullptr;
    QSpinBox *m_watchInterval = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_redact = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gatecheck::gui
