// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// c-ares as this project uses it. Include this instead of <ares.h> (private to core/net).
// ares_create_query, ares_parse_*_reply and ares_fds are what 1.18 (Debian 12) offers; newer
// c-ares marks them deprecated in favour of the ares_dns_record API but keeps them working.

#include <ares.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <netdb.h>
#include <sys/socket.h>
#endif

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(disable : 4996)
#endif
