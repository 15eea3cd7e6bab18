// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerdictPresenter.h"

#include <QFrame>

class QLabel;

namespace gatecheck::gui {

// The answer, first thing on the result page: a headline in plain words, who should act,
// and what to do now (numbered, each with its reason). Colour, icon and a word together;
// colours follow the palette, dark mode included.
class VerdictCard : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictCard(QWidget *parent = nullptr);

    void setView(const VerdictView &view);
    const VerdictView &view() const { return m_view; }

    QString headlineText() const;
    QString whoText() const;
    QString toneText() const;
    QStringList stepTexts() const; // "1. action — reason" each

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    VerdictView m_view;
    QLabel *m_icon = nullptr;
    QLabel *m_tone = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_whoDetail = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_stepsTitle = nullptr;
    QLabel *m_steps = nullptr;
    bool m_applying = false;
};

} // namespace gatecheck::gui
