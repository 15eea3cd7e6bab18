// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportExporter.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace gatecheck::gui {

// Asks what the report is for and lets the user add what the vendor's support will ask:
// format, audience (IT or the vendor), redaction (on by default), and their own notes.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(
        const VendorProfile &profile, const Evidence &evidence, bool redactByDefault, QWidget *parent = nullptr);

    ExportRequest request() const;

    QComboBox *formatBox() const { return m_format; }
    QRadioButton *itAudience() const { return m_forIt; }
    QRadioButton *vendorAudience() const { return m_forVendor; }
    QCheckBox *redactBox() const { return m_redact; }
    QPlainTextEdit *whatHappenedEdit() const { return m_what; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QLineEdit *factEdit(const QString &key) const { return m_facts.value(key); }

private:
    QComboBox *m_format = nullptr;
    QRadioButton *m_forIt = nullptr;
    QRadioButton *m_forVendor = nullptr;
    QCheckBox *m_redact = nullptr;
    QPlainTextEdit *m_what = nullptr;
    QLineEdit *m_started = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_others = nullptr;
    QLineEdit *m_feature = nullptr;
    QMap<QString, QLineEdit *> m_facts;
};

} // namespace gatecheck::gui
