// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WatchController.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace gatecheck::gui {

class TimelineChart;

// Watch mode's page: how often to check, start/stop, when the next check is, the timeline.
// Drives a WatchController it does not own.
class WatchPage : public QWidget
{
    Q_OBJECT
public:
    explicit WatchPage(WatchController *controller, QWidget *parent = nullptr);

    void setServiceName(const QString &name);
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const;

    TimelineChart *chart() const { return m_chart; }
    QPushButton *startStopButton() const { return m_startStop; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLabel *stateLabel() const { return m_state; }

signals:
    void intervalChanged(int minutes);
    void backRequested();

private:
    void updateState();
    void onPoint(const WatchPoint &point);

    WatchController *m_controller;
    QString m_service;
    QLabel *m_title = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_next = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_back = nullptr;
    TimelineChart *m_chart = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace gatecheck::gui
