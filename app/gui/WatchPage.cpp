// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchPage.h"

#include "TimelineChart.h"
#include "Tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace gatecheck::gui {

WatchPage::WatchPage(WatchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("watchPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *stateRow = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    m_stateIcon->setAccessibleName(tr("Watch state icon"));
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Watch state"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);
    layout->addLayout(stateRow);

    auto *controls = new QHBoxLayout;
    auto *intervalLabel = new QLabel(tr("Check &every"), this);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 120);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Minutes between checks"));
    intervalLabel->setBuddy(m_interval);
    m_startStop = new QPushButton(this);
    m_startStop->setAccessibleDescription(tr("Starts or stops checking again and again"));
    m_next = new QLabel(this);
    m_next->setAccessibleName(tr("Next check"));
    m_back = new QPushButton(tr("&Back to the result"), this);
    m_back->setAccessibleName(tr("Back to the result"));
    controls->addWidget(intervalLabel);
    controls->addWidget(m_interval);
    controls->addWidget(m_startStop);
    controls->addWidget(m_next, 1);
    controls->addWidget(m_back);
    layout->addLayout(controls);

    m_chart = new TimelineChart(this);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);
    auto *legend = new QLabel(tr("Dots on the lines are good answers. ▲ means the service answered with an error "
                                 "(like 502), ■ means no answer at all."),
        this);
    legend->setWordWrap(true);
    layout->addWidget(legend);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WatchPage::updateState);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_controller->setIntervalMs(minutes * 60 * 1000);
        emit intervalChanged(minutes);
    });
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_controller->isActive()) {
            m_controller->stop();
        } else {
            m_chart->clear();
            m_controller->start();
        }
    });
    connect(m_back, &QPushButton::clicked, this, &WatchPage::backRequested);
    connect(m_controller, &WatchController::activeChanged, this, [this](bool active) {
        if (active)
            m_tick->start();
        else
            m_tick->stop();
        updateState();
    });
    connect(m_controller, &WatchController::checkStarted, this, &WatchPage::updateState);
    connect(m_controller, &WatchController::pointAdded, this, &WatchPage::onPoint);
    updateState();
}

void WatchPage::setServiceName(const QString &name)
{
    m_service = name;
    m_title->setText(tr("Watching %1 until it works again").arg(name));
    updateState();
}

void WatchPage::setIntervalMinutes(int minutes)
{
    const QSignalBlocker block(m_interval);
    m_interval->setValue(minutes);
}

int WatchPage::intervalMinutes() const
{
    return m_interval->value();
}

void WatchPage::onPoint(const WatchPoint &point)
{
    if (m_controller->points().size() == 1)
        m_chart->clear();
    m_chart->addPoint(point);
    updateState();
}

void WatchPage::updateState()
{
    const bool active = m_controller->isActive();
    m_startStop->setText(active ? tr("&Stop watching") : tr("&Start watching"));
    m_startStop->setAccessibleName(active ? tr("Stop watching") : tr("Start watching"));

    Tone tone = Tone::Pending;
    QString state;
    const auto &points = m_controller->points();
    const QLocale locale;
    if (m_controller->hasRecovered()) {
        tone = Tone::Good;
        state = tr("%1 works again since %2.")
                    .arg(m_service, locale.toString(points.constLast().at.toLocalTime().time(), QLocale::ShortFormat));
    } else if (!points.isEmpty()) {
        const WatchPoint &last = points.constLast();
        tone = last.healthy ? Tone::Good : Tone::Problem;
        state = last.healthy
            ? tr("Working at %1.").arg(locale.toString(last.at.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Still failing at %1: %2")
                  .arg(locale.toString(last.at.toLocalTime().time(), QLocale::ShortFormat), last.headline);
    } else {
        state = tr("No checks yet.");
    }
    m_state->setText(state);
    m_stateIcon->setPixmap(toneIcon(tone, palette()).pixmap(QSize(20, 20), devicePixelRatioF()));

    if (m_controller->isChecking()) {
        m_next->setText(tr("Checking now…"));
    } else if (active) {
        const int seconds = (m_controller->msUntilNextCheck() + 999) / 1000;
        m_next->setText(tr("Next check in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    } else {
        m_next->setText(points.isEmpty() ? QString() : tr("Not watching."));
    }
}

} // namespace gatecheck::gui
