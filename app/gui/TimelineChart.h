// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WatchController.h"

#include <QChartView>
#include <QMap>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace gatecheck::gui {

// Watch mode's timeline: response time per path over wall-clock time. Failures are marked
// by colour and by marker shape (triangle: the server answered with an error; square: no
// answer at all), so they read without colour too.
class TimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void clear();
    void addPoint(const WatchPoint &point);

    int pointCount(const QString &path) const; // successful samples plotted for a path
    int failureCount() const; // failure markers plotted
    QStringList pathsShown() const;
    QImage renderImage(const QSize &size) const; // for reports

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *seriesFor(const QString &path);
    void updateRanges();
    void applyTheme();

    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_ms = nullptr;
    QMap<QString, QLineSeries *> m_lines;
    QScatterSeries *m_serverErrors = nullptr;
    QScatterSeries *m_noAnswer = nullptr;
    QDateTime m_first;
    QDateTime m_last;
    qint64 m_maxMs = 0;
    bool m_applying = false;
};

} // namespace gatecheck::gui
