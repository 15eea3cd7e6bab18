// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace gatecheck::env {

// Reads a whole file of platform data (a browser's Preferences, prefs.js, a hosts file),
// refusing files larger than `maxBytes` so a corrupt or hostile file costs bounded memory.
// On failure returns nullopt and a plain-language reason in `error`.
std::optional<QByteArray> readCapped(const QString &path, qint64 maxBytes, QString *error = nullptr);

// Decodes text that may be UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (registry
// exports, some Windows files) or Latin-1 when it is not valid UTF-8.
QString decodeText(const QByteArray &data);

// Parses JSON text, naming the file and the offset of the first error on failure.
std::optional<QJsonDocument> parseJsonFile(const QString &path, qint64 maxBytes, QString *error = nullptr);

} // namespace gatecheck::env
