// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DiagnosisOptions.h"

namespace gatecheck {

QList<ResolverEndpoint> DiagnosisOptions::defaultResolvers()
{
    // Cloudflare, Google, Quad9: the resolvers the seed guides tell people to switch to.
    return {{QStringLiteral("1.1.1.1"), 53}, {QStringLiteral("8.8.8.8"), 53}, {QStringLiteral("9.9.9.9"), 53}};
}

QList<QUrl> DiagnosisOptions::defaultDohEndpoints()
{
    // An IP-literal endpoint needs no DNS to bootstrap, so a hijacked resolver cannot steer it.
    return {QUrl(QStringLiteral("https://1.1.1.1/dns-query"))};
}

} // namespace gatecheck
