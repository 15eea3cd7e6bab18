// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gatecheck {

// Pure helpers that turn an HTTP response into evidence: which headers say who answered,
// and what page it was. No I/O; unit-tested with hostile input.

// Names (lower case) of the headers kept as evidence; a trailing '*' is a prefix.
const QStringList &hopHeaderNamePatterns();

// The evidence subset of `headers` (raw pairs as received), lower-case names, repeated
// headers joined with ", ", each value at most 512 characters. Set-Cookie keeps only the
// cookie names — never a value, which may be a session.
QMap<QString, QString> hopHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

// The cookie names in Set-Cookie values (Qt joins repeated Set-Cookie headers with '\n').
QStringList cookieNames(const QByteArray &setCookie);

// The text of the first <title> in an HTML document's beginning, entities decoded,
// whitespace collapsed, at most 200 characters; empty when there is none.
QString htmlTitle(const QByteArray &documentHead, const QByteArray &contentType = {});

} // namespace gatecheck
