// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "env/InterfaceClassifier.h"

#include <QList>
#include <QString>

namespace gatecheck::env {

// `ipconfig /all` (English output) as interface samples: adapter name, Description, media
// state, addresses and DNS servers. The Windows backend reads the same facts through
// GetAdaptersAddresses; this parser lets saved output from a user's machine (and the tests'
// fixtures) go through the same classification.
QList<InterfaceSample> parseIpconfigAll(const QString &output);

} // namespace gatecheck::env
