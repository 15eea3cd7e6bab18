// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatecheck::gui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_base(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *dnsBox = new QGroupBox(tr("DNS servers to compare with"), this);
    auto *dnsForm = new QFormLayout(dnsBox);
    m_resolvers = new QPlainTextEdit(dnsBox);
    m_resolvers->setPlainText(settings.resolvers.join(QLatin1Char('\n')));
    m_resolvers->setTabChangesFocus(true);
    m_resolvers->setFixedHeight(m_resolvers->fontMetrics().lineSpacing() * 5);
    m_resolvers->setAccessibleName(tr("Alternate DNS servers"));
    m_resolvers->setAccessibleDescription(tr("One address per line, like 1.1.1.1 or 9.9.9.9:53"));
    dnsForm->addRow(buddyLabel(tr("&Alternate DNS servers\n(one per line):"), m_resolvers, dnsBox), m_resolvers);
    m_doh = new QLineEdit(settings.dohEndpoint, dnsBox);
    m_doh->setPlaceholderText(tr("Leave empty to skip"));
    m_doh->setAccessibleName(tr("DNS-over-HTTPS address"));
    m_doh->setAccessibleDescription(tr("An https:// address of an encrypted DNS service"));
    dnsForm->addRow(buddyLabel(tr("&Encrypted DNS (DNS-over-HTTPS):"), m_doh, dnsBox), m_doh);
    layout->addWidget(dnsBox);

    auto *timeBox = new QGroupBox(tr("Timing"), this);
    auto *timeForm = new QFormLayout(timeBox);
    m_probeTimeout = new QSpinBox(timeBox);
    m_probeTimeout->setRange(1, 120);
    m_probeTimeout->setSuffix(tr(" s"));
    m_probeTimeout->setValue(settings.probeTimeoutSeconds);
    m_probeTimeout->setAccessibleName(tr("Time allowed for each single check, in seconds"));
    timeForm->addRow(buddyLabel(tr("Wait for each &check up to:"), m_probeTimeout, timeBox), m_probeTimeout);
    m_overallTimeout = new QSpinBox(timeBox);
    m_overallTimeout->setRange(1, 600);
    m_overallTimeout->setSuffix(tr(" s"));
    m_overallTimeout->setValue(settings.overallTimeoutSeconds);
    m_overallTimeout->setAccessibleName(tr("Time allowed for the whole diagnosis, in seconds"));
    timeForm->addRow(buddyLabel(tr("Stop the &whole diagnosis after:"), m_overallTimeout, timeBox), m_overallTimeout);
    m_watchInterval = new QSpinBox(timeBox);
    m_watchInterval->setRange(1, 120);
    m_watchInterval->setSuffix(tr(" min"));
    m_watchInterval->setValue(settings.watchIntervalMinutes);
    m_watchInterval->setAccessibleName(tr("Minutes between checks in watch mode"));
    timeForm->addRow(buddyLabel(tr("When watching, check e&very:"), m_watchInterval, timeBox), m_watchInterval);
    layout->addWidget(timeBox);

    auto *otherBox = new QGroupBox(tr("Language and reports"), this);
    auto *otherForm = new QFormLayout(otherBox);
    m_language = new QComboBox(otherBox);
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Takes effect when Gatecheck starts next time"));
    otherForm->addRow(buddyLabel(tr("&Language (after restart):"), m_language, otherBox), m_language);
    m_redact = new QCheckBox(tr("&Hide personal details in reports by default"), otherBox);
    m_redact->setChecked(settings.redactReports);
    m_redact->setAccessibleName(tr("Hide personal details in reports by default"));
    m_redact->setAccessibleDescription(tr("Removes cookies, tokens and user names from exported reports"));
    otherForm->addRow(m_redact);
    layout->addWidget(otherBox);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem with the settings"));
    layout->addWidget(m_error);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setAccessibleName(tr("Restore defaults"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const AppSettings d = AppSettings::defaults();
        m_resolvers->setPlainText(d.resolvers.join(QLatin1Char('\n')));
        m_doh->setText(d.dohEndpoint);
        m_probeTimeout->setValue(d.probeTimeoutSeconds);
        m_overallTimeout->setValue(d.overallTimeoutSeconds);
        m_watchInterval->setValue(d.watchIntervalMinutes);
        m_redact->setChecked(d.redactReports);
    });
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_base;
    s.resolvers.clear();
    const QStringList lines = m_resolvers->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            s.resolvers << line.trimmed();
    s.dohEndpoint = m_doh->text().trimmed();
    s.probeTimeoutSeconds = m_probeTimeout->value();
    s.overallTimeoutSeconds = m_overallTimeout->value();
    s.watchIntervalMinutes = m_watchInterval->value();
    s.language = m_language->currentData().toString();
    s.redactReports = m_redact->isChecked();
    return s;
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SettingsDialog::accept()
{
    const AppSettings s = settings();
    QString problem = AppSettings::validateResolvers(s.resolvers);
    QWidget *culprit = m_resolvers;
    if (problem.isEmpty()) {
        problem = AppSettings::validateDohEndpoint(s.dohEndpoint);
        culprit = m_doh;
    }
    if (problem.isEmpty() && s.overallTimeoutSeconds < s.probeTimeoutSeconds) {
        problem = tr("The whole diagnosis needs at least as long as one check.");
        culprit = m_overallTimeout;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        culprit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace gatecheck::gui
