// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tone.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

namespace gatecheck::gui {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

// Draws the tone's shape at whatever size and pixel ratio is asked for.
class ToneIconEngine : public QIconEngine
{
public:
    ToneIconEngine(Tone tone, QPalette palette)
        : m_tone(tone)
        , m_palette(std::move(palette))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor color = toneColor(m_tone, m_palette);
        if (mode == QIcon::Disabled)
            color = m_palette.color(QPalette::Disabled, QPalette::WindowText);
        const QRectF r = QRectF(rect).adjusted(1, 1, -1, -1);
        const double s = qMin(r.width(), r.height());
        const QRectF box(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
        const QColor onColor = isDarkPalette(m_palette) ? QColor(20, 20, 20) : QColor(Qt::white);
        QPen pen(onColor, qMax(1.5, s / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

        switch (m_tone) {
        case Tone::Good: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(box);
            painter->setPen(pen);
            QPolygonF tick;
            tick << QPointF(box.left() + s * 0.27, box.top() + s * 0.52)
                 << QPointF(box.left() + s * 0.44, box.top() + s * 0.69)
                 << QPointF(box.left() + s * 0.74, box.top() + s * 0.34);
            painter->drawPolyline(tick);
            break;
        }
        case Tone::Info: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(box);
            painter->setPen(pen);
            painter->drawLine(
                QPointF(box.center().x(), box.top() + s * 0.45), QPointF(box.center().x(), box.top() + s * 0.75));
            painter->setBrush(onColor);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(box.center().x(), box.top() + s * 0.28), s * 0.07, s * 0.07);
            break;
        }
        case Tone::Warning: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            QPolygonF tri;
            tri << QPointF(box.center().x(), box.top() + s * 0.04) << QPointF(box.right(), box.bottom() - s * 0.06)
                << QPointF(box.left(), box.bottom() - s * 0.06);
            painter->drawPolygon(tri);
            painter->setPen(pen);
            painter->drawLine(
                QPointF(box.center().x(), box.top() + s * 0.36), QPointF(box.center().x(), box.top() + s * 0.62));
            painter->setBrush(onColor);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(box.center().x(), box.top() + s * 0.78), s * 0.06, s * 0.06);
            break;
        }
        case Tone::Problem: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            QPolygonF oct;
            for (int i = 0; i < 8; ++i) {
                const double a = qDegreesToRadians(22.5 + 45.0 * i);
                oct << QPointF(box.center().x() + s / 2 * qCos(a), box.center().y() + s / 2 * qSin(a));
            }
            painter->drawPolygon(oct);
            painter->setPen(pen);
            const double d = s * 0.2;
            painter->drawLine(box.center() + QPointF(-d, -d), box.center() + QPointF(d, d));
            painter->drawLine(box.center() + QPointF(-d, d), box.center() + QPointF(d, -d));
            break;
        }
        case Tone::Pending: {
            painter->setPen(QPen(color, qMax(1.5, s / 10)));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(s * 0.12, s * 0.12, -s * 0.12, -s * 0.12));
            break;
        }
        case Tone::Running: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            for (int i = -1; i <= 1; ++i)
                painter->drawEllipse(QPointF(box.center().x() + i * s * 0.3, box.center().y()), s * 0.1, s * 0.1);
            break;
        }
        case Tone::Skipped: {
            painter->setPen(QPen(color, qMax(1.5, s / 9), Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(
                QPointF(box.left() + s * 0.25, box.center().y()), QPointF(box.right() - s * 0.25, box.center().y()));
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new ToneIconEngine(m_tone, m_palette); }

private:
    Tone m_tone;
    QPalette m_palette;
};

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6c, 0xd0, 0x8a) : QColor(0x1e, 0x7b, 0x3a);
    case Tone::Info:
        return dark ? QColor(0x7a, 0xb7, 0xf5) : QColor(0x1f, 0x5f, 0xae);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x4a) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Problem:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Running:
        return palette.color(QPalette::Highlight);
    case Tone::Pending:
    case Tone::Skipped:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mix(base, toneColor(tone, palette), isDarkPalette(palette) ? 0.22 : 0.10);
}

QIcon toneIcon(Tone tone, const QPalette &palette)
{
    return QIcon(new ToneIconEngine(tone, palette == QPalette() ? QGuiApplication::palette() : palette));
}

} // namespace gatecheck::gui
