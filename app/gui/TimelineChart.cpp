// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineChart.h"

#include "EvidencePresenter.h"
#include "Tone.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace gatecheck::gui {

TimelineChart::TimelineChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Timeline of response times"));
    setFocusPolicy(Qt::NoFocus);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTitleText(tr("Time"));
    m_time->setTickCount(6);
    m_ms = new QValueAxis(chart);
    m_ms->setTitleText(tr("Response time (ms)"));
    m_ms->setLabelFormat(QStringLiteral("%d"));
    m_ms->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_ms, Qt::AlignLeft);

    m_serverErrors = new QScatterSeries(chart);
    m_serverErrors->setName(tr("Error answer (5xx) ▲"));
    m_serverErrors->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_serverErrors->setMarkerSize(14);
    m_noAnswer = new QScatterSeries(chart);
    m_noAnswer->setName(tr("No answer ■"));
    m_noAnswer->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_noAnswer->setMarkerSize(11);
    for (QScatterSeries *s : {m_serverErrors, m_noAnswer}) {
        chart->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(m_ms);
    }
    // QChartView made a default chart; setChart() releases it without deleting it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    applyTheme();
    clear();
}

void TimelineChart::clear()
{
    for (QLineSeries *s : std::as_const(m_lines)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_lines.clear();
    m_serverErrors->clear();
    m_noAnswer->clear();
    m_first = {};
    m_last = {};
    m_maxMs = 0;
    updateRanges();
}

QLineSeries *TimelineChart::seriesFor(const QString &path)
{
    if (QLineSeries *s = m_lines.value(path))
        return s;
    auto *s = new QLineSeries(chart());
    s->setName(EvidencePresenter::pathName(path));
    s->setPointsVisible(true);
    s->setMarkerSize(9);
    chart()->addSeries(s);
    s->attachAxis(m_time);
    s->attachAxis(m_ms);
    m_lines.insert(path, s);
    return s;
}

void TimelineChart::addPoint(const WatchPoint &point)
{
    const qint64 x = point.at.toMSecsSinceEpoch();
    if (!m_first.isValid() || point.at < m_first)
        m_first = point.at;
    if (!m_last.isValid() || point.at > m_last)
        m_last = point.at;
    for (const PathSample &s : point.samples) {
        if (s.ms >= 0)
            m_maxMs = qMax(m_maxMs, s.ms);
        if (!s.failed && s.ms >= 0) {
            seriesFor(s.path)->append(static_cast<qreal>(x), static_cast<qreal>(s.ms));
            continue;
        }
        // A failure without a time is drawn at the top, where "too slow" would be.
        const qreal y = static_cast<qreal>(s.ms >= 0 ? s.ms : qMax<qint64>(m_maxMs, 1000));
        (s.status >= 500 ? m_serverErrors : m_noAnswer)->append(static_cast<qreal>(x), y);
    }
    updateRanges();
    int plotted = failureCount();
    for (QLineSeries *line : std::as_const(m_lines))
        plotted += static_cast<int>(line->count());
    setAccessibleDescription(tr("%n measurement(s) plotted; last check at %1: %2", nullptr, plotted)
                                 .arg(point.at.toLocalTime().toString(QStringLiteral("HH:mm")),
                                     point.healthy ? tr("working") : tr("failing")));
}

void TimelineChart::updateRanges()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime from = m_first.isValid() ? m_first.addSecs(-60) : now.addSecs(-600);
    const QDateTime to = m_last.isValid() ? qMax(m_last.addSecs(60), from.addSecs(600)) : now;
    m_time->setRange(from.toLocalTime(), to.toLocalTime());
    m_time->setFormat(from.daysTo(to) >= 1 ? QStringLiteral("dd.MM HH:mm") : QStringLiteral("HH:mm"));
    m_ms->setRange(0, qMax<qreal>(500, static_cast<qreal>(m_maxMs) * 1.2));
    m_ms->applyNiceNumbers();
}

int TimelineChart::pointCount(const QString &path) const
{
    const QLineSeries *s = m_lines.value(path);
    return s ? static_cast<int>(s->count()) : 0;
}

int TimelineChart::failureCount() const
{
    return static_cast<int>(m_serverErrors->count() + m_noAnswer->count());
}

QStringList TimelineChart::pathsShown() const
{
    return m_lines.keys();
}

QImage TimelineChart::renderImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    const_cast<TimelineChart *>(this)->render(&painter);
    return image;
}

void TimelineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (!m_applying && event->type() == QEvent::PaletteChange)
        applyTheme();
}

void TimelineChart::applyTheme()
{
    m_applying = true;
    const QPalette pal = palette();
    chart()->setTheme(isDarkPalette(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setBackgroundRoundness(0);
    const QColor text = pal.color(QPalette::Text);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_ms)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    chart()->legend()->setLabelColor(text);
    // The theme resets series colours: failures are always the problem colour.
    const QColor problem = toneColor(Tone::Problem, pal);
    for (QScatterSeries *s : {m_serverErrors, m_noAnswer}) {
        s->setColor(problem);
        s->setBorderColor(pal.color(QPalette::Base));
    }
    m_applying = false;
}

} // namespace gatecheck::gui
