// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerdictPresenter.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

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
    // Headline and who acts only, for when the details for IT take the room.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    const VerdictView &view() const { return m_view; }

    QString headlineText() const;
    QString whoText() const;
    QString toneText() const;
    QStringList stepTexts() const; // "1. action — reason" each

    // As tall as its text at its current width: wrapped labels otherwise report a height for a
    // narrower guess, and a short verdict gets an empty coloured block below it.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

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
    QVBoxLayout *m_stepsLayout = nullptr;
    bool m_applying = false;
    bool m_compact = false;
    QWidget *m_stepsBox = nullptr;
};

} // namespace gatecheck::gui
