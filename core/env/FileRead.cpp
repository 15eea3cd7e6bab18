// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/FileRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>

namespace gatecheck::env {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};
} // namespace

std::optional<QByteArray> readCapped(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // size() is 0 for /proc files and pipes, so the cap is also enforced on the read itself.
    if (file.size() > maxBytes) {
        if (error)
            *error = Text::tr("%1 is too large to be what it should be (%2 bytes, at most %3 expected)")
                         .arg(path)
                         .arg(file.size())
                         .arg(maxBytes);
        return std::nullopt;
    }
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        if (error)
            *error = Text::tr("%1 is larger than %2 bytes; not read").arg(path).arg(maxBytes);
        return std::nullopt;
    }
    return data;
}

QString decodeText(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        auto decoder =
            QStringDecoder(data.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                QStringDecoder::Flag::Stateless);
        return decoder.decode(data.mid(2));
    }
    const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(body);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(body);
}

std::optional<QJsonDocument> parseJsonFile(const QString &path, qint64 maxBytes, QString *error)
{
    const auto data = readCapped(path, maxBytes, error);
    if (!data)
        return std::nullopt;
    QByteArray body = *data;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QJsonParseError parseError {};
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("%1 is not valid JSON (%2 at byte %3)")
                         .arg(QFileInfo(path).fileName(), parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

} // namespace gatecheck::env
