// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gatecheck::gui {

namespace {

QString activityWords(const QString &activity)
{
    if (activity == QLatin1String("payroll"))
        return ExportDialog::tr("Running payroll");
    if (activity == QLatin1String("bank_feeds"))
        return ExportDialog::tr("Bank feeds or reconciling");
    if (activity == QLatin1String("reports"))
        return ExportDialog::tr("Running reports");
    if (activity == QLatin1String("invoicing"))
        return ExportDialog::tr("Invoicing or bills");
    if (activity == QLatin1String("login"))
        return ExportDialog::tr("Logging in");
    return activity;
}

} // namespace

ExportDialog::ExportDialog(
    const VendorProfile &profile, const Evidence &evidence, bool redactByDefault, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("exportDialog"));
    const QString service = profile.displayName.isEmpty() ? profile.primaryUrl.host() : profile.displayName;
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document"), static_cast<int>(ReportFormat::Pdf));
    m_format->addItem(tr("Web page (HTML)"), static_cast<int>(ReportFormat::Html));
    m_format->addItem(tr("Plain text (for an email)"), static_cast<int>(ReportFormat::Text));
    m_format->addItem(tr("Markdown (for a ticket system)"), static_cast<int>(ReportFormat::Markdown));
    m_format->addItem(tr("JSON (for tools; can be loaded again)"), static_cast<int>(ReportFormat::Json));
    m_format->setAccessibleName(tr("Report format"));
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);

    auto *audience = new QHBoxLayout;
    m_forIt = new QRadioButton(tr("For &IT support"), this);
    m_forIt->setAccessibleName(tr("Report for IT support"));
    m_forVendor = new QRadioButton(tr("For %1's s&upport").arg(service), this);
    m_forVendor->setAccessibleName(tr("Report for the support desk of %1").arg(service));
    m_forIt->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_forIt);
    group->addButton(m_forVendor);
    audience->addWidget(m_forIt);
    audience->addWidget(m_forVendor);
    audience->addStretch(1);
    form->addRow(tr("Who is it for?"), audience);

    m_redact = new QCheckBox(tr("&Hide personal details (cookies, sign-in tokens, user names)"), this);
    m_redact->setChecked(redactByDefault);
    m_redact->setAccessibleName(tr("Hide personal details"));
    form->addRow(m_redact);
    layout->addLayout(form);

    auto *noteBox = new QGroupBox(tr("In your own words (optional)"), this);
    auto *noteForm = new QFormLayout(noteBox);
    m_what = new QPlainTextEdit(noteBox);
    m_what->setTabChangesFocus(true);
    m_what->setFixedHeight(m_what->fontMetrics().lineSpacing() * 4);
    m_what->setPlaceholderText(tr("e.g. “Payroll run shows 502 Bad Gateway when I press Post.”"));
    m_what->setAccessibleName(tr("What happened"));
    auto *whatLabel = new QLabel(tr("&What happened:"), noteBox);
    whatLabel->setBuddy(m_what);
    noteForm->addRow(whatLabel, m_what);

    m_started = new QLineEdit(QLocale().toString(evidence.startedAt.toLocalTime(), QLocale::ShortFormat), noteBox);
    m_started->setAccessibleName(tr("When it started"));
    auto *startedLabel = new QLabel(tr("When did it s&tart?"), noteBox);
    startedLabel->setBuddy(m_started);
    noteForm->addRow(startedLabel, m_started);

    m_organisation = new QLineEdit(noteBox);
    m_organisation->setAccessibleName(tr("Organisation"));
    auto *orgLabel = new QLabel(tr("&Organisation:"), noteBox);
    orgLabel->setBuddy(m_organisation);
    noteForm->addRow(orgLabel, m_organisation);

    m_others = new QComboBox(noteBox);
    m_others->addItem(tr("Don't know"), QStringLiteral("unknown"));
    m_others->addItem(tr("Yes, colleagues too"), QStringLiteral("yes"));
    m_others->addItem(tr("No, only me"), QStringLiteral("no"));
    m_others->setAccessibleName(tr("Are others affected"));
    auto *othersLabel = new QLabel(tr("Are others &affected?"), noteBox);
    othersLabel->setBuddy(m_others);
    noteForm->addRow(othersLabel, m_others);

    m_feature = new QLineEdit(activityWords(evidence.activity), noteBox);
    m_feature->setAccessibleName(tr("What you were doing"));
    auto *featureLabel = new QLabel(tr("What were you &doing?"), noteBox);
    featureLabel->setBuddy(m_feature);
    noteForm->addRow(featureLabel, m_feature);

    layout->addWidget(noteBox);

    // What this vendor's support desk asks for (VendorProfile::supportFacts, in its order).
    // The run answers the URL; the note above answers start, others affected and feature.
    static const QStringList answeredElsewhere {QStringLiteral("url"), QStringLiteral("started_at"),
        QStringLiteral("others_affected"), QStringLiteral("feature"), QStringLiteral("organisation")};
    QList<SupportFact> facts;
    for (const SupportFact &fact : profile.supportFacts)
        if (!answeredElsewhere.contains(fact.key))
            facts << fact;
    if (!facts.isEmpty()) {
        auto *factsBox = new QGroupBox(tr("What %1 support asks for (optional)").arg(service), this);
        factsBox->setObjectName(QStringLiteral("supportFacts"));
        auto *factsForm = new QFormLayout(factsBox);
        for (const SupportFact &fact : std::as_const(facts)) {
            auto *edit = new QLineEdit(factsBox);
            edit->setPlaceholderText(fact.displayHint());
            edit->setAccessibleName(fact.displayLabel());
            edit->setAccessibleDescription(fact.displayHint());
            auto *label = new QLabel(fact.displayLabel() + QLatin1Char(':'), factsBox);
            label->setBuddy(edit);
            factsForm->addRow(label, edit);
            m_facts.insert(fact.key, edit);
        }
        layout->addWidget(factsBox);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Choose where to save the report"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = static_cast<ReportFormat>(m_format->currentData().toInt());
    r.options.audience = m_forVendor->isChecked() ? ReportAudience::VendorSupport : ReportAudience::ItTeam;
    r.options.redact = m_redact->isChecked();
    r.note.whatHappened = m_what->toPlainText().trimmed();
    r.note.startedAt = m_started->text().trimmed();
    r.note.organisation = m_organisation->text().trimmed();
    r.note.othersAffected = m_others->currentData().toString();
    r.note.feature = m_feature->text().trimmed();
    for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            r.note.vendorFacts.insert(it.key(), it.value()->text().trimmed());
    if (!r.note.organisation.isEmpty())
        r.note.vendorFacts.insert(QStringLiteral("organisation"), r.note.organisation);
    return r;
}

} // namespace gatecheck::gui
