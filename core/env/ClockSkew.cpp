// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/ClockSkew.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace gatecheck::env {

std::optional<QDateTime> parseHttpDate(const QString &textIn)
{
    const QString text = textIn.simplified();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    // RFC 7231 §7.1.1.1: IMF-fixdate, then the obsolete RFC 850 and asctime forms. Parsed by
    // fields straight into UTC (QLocale parsing goes through local time, which has DST gaps).
    static const QRegularExpression imf(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    static const QStringList months {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec")};
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = int(months.indexOf(m.captured(2).toLower())) + 1;
        year = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto r = rfc850.match(text); r.hasMatch()) {
        day = r.captured(1).toInt();
        month = int(months.indexOf(r.captured(2).toLower())) + 1;
        year = r.captured(3).toInt();
        // Two-digit years: the century that keeps the date within 50 years of now.
        year += year < 70 ? 2000 : 1900;
        hour = r.captured(4).toInt();
        minute = r.captured(5).toInt();
        second = r.captured(6).toInt();
    } else if (const auto a = asctime.match(text); a.hasMatch()) {
        month = int(months.indexOf(a.captured(1).toLower())) + 1;
        day = a.captured(2).toInt();
        hour = a.captured(3).toInt();
        minute = a.captured(4).toInt();
        second = a.captured(5).toInt();
        year = a.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second);
    if (month < 1 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

ClockEstimate estimateClockOffset(const QList<ClockSample> &samples)
{
    QSet<QString> servers;
    QList<qint64> offsets;
    for (const ClockSample &s : samples) {
        if (!s.serverDate.isValid() || !s.receivedAt.isValid() || servers.contains(s.server))
            continue;
        servers.insert(s.server);
        offsets << s.serverDate.secsTo(s.receivedAt);
    }
    ClockEstimate e;
    e.samples = int(offsets.size());
    if (offsets.isEmpty())
        return e;
    std::sort(offsets.begin(), offsets.end());
    const qsizetype mid = offsets.size() / 2;
    e.offsetSeconds = offsets.size() % 2 ? offsets.at(mid) : (offsets.at(mid - 1) + offsets.at(mid)) / 2;
    return e;
}

} // namespace gatecheck::env
