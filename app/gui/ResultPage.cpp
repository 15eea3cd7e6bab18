// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultPage.h"

#include "DetailsTabs.h"
#include "VerdictCard.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatecheck::gui {

namespace {

QPushButton *makeButton(const QString &text, const QString &accessibleName, const QString &description, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessibleName);
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    return b;
}

} // namespace

ResultPage::ResultPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    // Verdict and actions above, details for IT below; the user can move the divider.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *topWidget = new QWidget(splitter);
    auto *top = new QHBoxLayout(topWidget);
    top->setContentsMargins(0, 0, 0, 0);
    m_card = new VerdictCard(this);
    // The card keeps its natural height at the top; the space below stays plain window.
    auto *cardColumn = new QVBoxLayout;
    cardColumn->addWidget(m_card);
    cardColumn->addStretch(1);
    top->addLayout(cardColumn, 1);

    auto *actions = new QVBoxLayout;
    m_runAgain = makeButton(tr("Run &again"), tr("Run again"), tr("Checks everything once more now"), this);
    m_watch = makeButton(tr("&Watch until it works"), tr("Watch until it works"),
        tr("Checks again every few minutes and tells you when it works"), this);
    m_export = makeButton(tr("E&xport report…"), tr("Export report"),
        tr("Saves a report for IT or the vendor's support (PDF, web page, text, JSON)"), this);
    m_copy = makeButton(tr("C&opy summary"), tr("Copy summary"), tr("Copies a short text for a support ticket"), this);
    m_flush = makeButton(tr("F&lush DNS cache…"), tr("Flush DNS cache"),
        tr("Makes this computer forget stored addresses; explains first"), this);
    m_statusPage = makeButton(tr("Open &status page"), tr("Open the vendor's status page"),
        tr("Opens the vendor's status page in your browser"), this);
    m_newCheck = makeButton(tr("&New check"), tr("New check"), tr("Back to the start page"), this);
    for (QPushButton *b : {m_runAgain, m_watch, m_export, m_copy, m_flush, m_statusPage})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_newCheck);
    top->addLayout(actions);

    auto *bottomWidget = new QWidget(splitter);
    auto *bottom = new QVBoxLayout(bottomWidget);
    bottom->setContentsMargins(0, 0, 0, 0);
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setText(tr("Details for &IT"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setFocusPolicy(Qt::StrongFocus);
    m_detailsToggle->setAccessibleName(tr("Details for IT"));
    m_detailsToggle->setAccessibleDescription(tr("Shows or hides the measurements behind the verdict"));
    bottom->addWidget(m_detailsToggle);
    m_details = new DetailsTabs(this);
    m_details->setVisible(false);
    bottom->addWidget(m_details, 1);
    splitter->addWidget(topWidget);
    splitter->addWidget(bottomWidget);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_splitter = splitter;

    setTabOrder(m_runAgain, m_watch);
    setTabOrder(m_watch, m_export);
    setTabOrder(m_export, m_copy);
    setTabOrder(m_copy, m_flush);
    setTabOrder(m_flush, m_statusPage);
    setTabOrder(m_statusPage, m_newCheck);
    setTabOrder(m_newCheck, m_detailsToggle);
    setTabOrder(m_detailsToggle, m_details);

    connect(m_detailsToggle, &QToolButton::toggled, this, &ResultPage::setDetailsVisible);
    connect(m_runAgain, &QPushButton::clicked, this, &ResultPage::runAgainRequested);
    connect(m_watch, &QPushButton::clicked, this, &ResultPage::watchRequested);
    connect(m_flush, &QPushButton::clicked, this, &ResultPage::flushRequested);
    connect(m_copy, &QPushButton::clicked, this, &ResultPage::copyRequested);
    connect(m_export, &QPushButton::clicked, this, &ResultPage::exportRequested);
    connect(m_statusPage, &QPushButton::clicked, this, &ResultPage::statusPageRequested);
    connect(m_newCheck, &QPushButton::clicked, this, &ResultPage::newCheckRequested);
}

void ResultPage::setResult(
    const Evidence &evidence, const Diagnosis &diagnosis, const VendorProfile &profile, const QUrl &statusPage)
{
    m_card->setView(VerdictPresenter::present(diagnosis, profile, evidence.cancelled));
    m_details->setRun(evidence, diagnosis);
    const QString service = profile.displayName.isEmpty() ? profile.primaryUrl.host() : profile.displayName;
    m_statusPage->setText(tr("Open the %1 &status page").arg(service));
    m_statusPage->setAccessibleName(tr("Open the status page of %1").arg(service));
    m_statusPage->setVisible(statusPage.isValid() && !statusPage.isEmpty());
    m_statusPage->setToolTip(statusPage.toString());
}

void ResultPage::setFlushAvailable(bool available, const QString &why)
{
    // Stays enabled either way: a disabled button cannot be reached by keyboard to learn why.
    if (!available) {
        m_flush->setToolTip(why);
        m_flush->setAccessibleDescription(why);
    }
}

void ResultPage::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    // Hidden details give the verdict the whole page; shown, the card condenses to its
    // headline and who acts, and the details get the rest.
    m_card->setCompact(visible);
    const int total = qMax(400, m_splitter->height());
    if (visible)
        m_splitter->setSizes({qMin(total / 2, m_splitter->widget(0)->sizeHint().height()), total});
    else
        m_splitter->setSizes({total - m_detailsToggle->sizeHint().height(), m_detailsToggle->sizeHint().height()});
    m_detailsToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (m_detailsToggle->isChecked() != visible)
        m_detailsToggle->setChecked(visible);
}

bool ResultPage::detailsVisible() const
{
    return m_details->isVisibleTo(this);
}

} // namespace gatecheck::gui
