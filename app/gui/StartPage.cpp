// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartPage.h"

#include "AppSettings.h"

#include <QAccessible>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatecheck::gui {

StartPage::StartPage(ServiceCatalog catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    auto *heading = new QLabel(tr("Is it them, or is it us?"), this);
    heading->setObjectName(QStringLiteral("heading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    heading->setFont(big);
    heading->setAccessibleName(heading->text());
    auto *intro = new QLabel(tr("When your accounting app shows “502 Bad Gateway” or a similar error, Gatecheck "
                                "tests every way this computer reaches it and tells you who has to act."),
        this);
    intro->setWordWrap(true);
    column->addStretch(1);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(16);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_service = new QComboBox(this);
    for (const VendorProfile &p : m_catalog.services())
        m_service->addItem(p.displayName, p.id);
    m_service->addItem(tr("Another address (paste it below)"), customId());
    m_service->setAccessibleName(tr("Service"));
    m_service->setAccessibleDescription(tr("The cloud app that shows the error"));
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_service);
    form->addRow(serviceLabel, m_service);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("Optional: paste the address that showed the error"));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("Address that showed the error"));
    m_url->setAccessibleDescription(
        tr("Optional. Paste the web address from the browser; the matching service is picked for you."));
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);

    m_activity = new QComboBox(this);
    m_activity->addItem(tr("Not sure / something else"), QString());
    m_activity->addItem(tr("Running payroll"), QStringLiteral("payroll"));
    m_activity->addItem(tr("Bank feeds or reconciling"), QStringLiteral("bank_feeds"));
    m_activity->addItem(tr("Running reports"), QStringLiteral("reports"));
    m_activity->addItem(tr("Invoicing or bills"), QStringLiteral("invoicing"));
    m_activity->addItem(tr("Logging in"), QStringLiteral("login"));
    m_activity->setAccessibleName(tr("What were you doing"));
    m_activity->setAccessibleDescription(tr("Optional. Helps match the vendor's status page to your task."));
    auto *activityLabel = new QLabel(tr("&What were you doing?"), this);
    activityLabel->setBuddy(m_activity);
    form->addRow(activityLabel, m_activity);
    column->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setAccessibleName(tr("Problem with your entry"));
    column->addWidget(m_hint);

    column->addSpacing(12);
    m_diagnose = new QPushButton(tr("&Diagnose"), this);
    m_diagnose->setObjectName(QStringLiteral("diagnoseButton"));
    m_diagnose->setDefault(true);
    m_diagnose->setAutoDefault(true);
    QFont bold = m_diagnose->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    m_diagnose->setFont(bold);
    m_diagnose->setMinimumHeight(m_diagnose->sizeHint().height() * 3 / 2);
    m_diagnose->setAccessibleName(tr("Diagnose"));
    m_diagnose->setAccessibleDescription(tr("Starts the checks. Takes up to half a minute."));
    column->addWidget(m_diagnose);

    auto *links = new QHBoxLayout;
    m_history = new QPushButton(tr("&Past checks"), this);
    m_history->setFlat(true);
    m_history->setAccessibleName(tr("Past checks"));
    m_history->setAccessibleDescription(tr("Shows earlier results and lets you compare two"));
    m_settings = new QPushButton(tr("Settin&gs…"), this);
    m_settings->setFlat(true);
    m_settings->setAccessibleName(tr("Settings"));
    links->addWidget(m_history);
    links->addStretch(1);
    links->addWidget(m_settings);
    column->addLayout(links);
    column->addStretch(2);

    setTabOrder(m_service, m_url);
    setTabOrder(m_url, m_activity);
    setTabOrder(m_activity, m_diagnose);
    setTabOrder(m_diagnose, m_history);
    setTabOrder(m_history, m_settings);

    connect(m_url, &QLineEdit::textEdited, this, &StartPage::onUrlEdited);
    connect(m_url, &QLineEdit::returnPressed, this, &StartPage::diagnoseRequested);
    connect(m_service, &QComboBox::currentIndexChanged, this, &StartPage::onServiceChanged);
    connect(m_diagnose, &QPushButton::clicked, this, &StartPage::diagnoseRequested);
    connect(m_history, &QPushButton::clicked, this, &StartPage::historyRequested);
    connect(m_settings, &QPushButton::clicked, this, &StartPage::settingsRequested);
}

void StartPage::restore(const AppSettings &settings)
{
    m_syncing = true;
    const int service = m_service->findData(settings.lastServiceId);
    if (service >= 0)
        m_service->setCurrentIndex(service);
    m_url->setText(settings.lastUrl);
    const int activity = m_activity->findData(settings.lastActivity);
    m_activity->setCurrentIndex(qMax(0, activity));
    m_syncing = false;
}

void StartPage::remember(AppSettings &settings) const
{
    settings.lastServiceId = m_service->currentData().toString();
    settings.lastUrl = m_url->text().trimmed();
    settings.lastActivity = m_activity->currentData().toString();
}

bool StartPage::selectService(const QString &id)
{
    const int index = m_service->findData(id);
    if (index < 0)
        return false;
    m_service->setCurrentIndex(index);
    return true;
}

QString StartPage::hintText() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void StartPage::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleEvent event(m_hint, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void StartPage::onUrlEdited(const QString &text)
{
    showHint({});
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return;
    // Pasting the address that showed the error picks its service.
    const auto match = m_catalog.matchUrl(url);
    m_syncing = true;
    m_service->setCurrentIndex(m_service->findData(match ? match->id : customId()));
    m_syncing = false;
}

void StartPage::onServiceChanged(int)
{
    showHint({});
    if (m_syncing)
        return;
    // An address that belongs to another service no longer fits the new choice.
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const auto chosen = m_catalog.byId(m_service->currentData().toString());
    if (chosen && !m_url->text().isEmpty()) {
        const auto match = m_catalog.matchUrl(url);
        if (!match || match->id != chosen->id)
            m_url->clear();
    }
}

std::optional<StartChoice> StartPage::choice()
{
    StartChoice c;
    const QString text = m_url->text().trimmed();
    QUrl url;
    if (!text.isEmpty()) {
        url = QUrl::fromUserInput(text);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            showHint(tr("“%1” is not a web address. Copy it from the browser's address bar, e.g. "
                        "https://go.xero.com/app/…")
                         .arg(text));
            m_url->setFocus();
            return std::nullopt;
        }
    }
    const auto profile = m_catalog.byId(m_service->currentData().toString());
    if (profile) {
        c.profile = *profile;
        c.url = url.isEmpty() ? profile->primaryUrl : url;
    } else {
        if (url.isEmpty()) {
            showHint(tr("Paste the address that shows the error, or pick a service from the list."));
            m_url->setFocus();
            return std::nullopt;
        }
        c.profile = customProfile(url);
        c.url = url;
    }
    c.activity = m_activity->currentData().toString();
    showHint({});
    return c;
}

} // namespace gatecheck::gui
