# SPDX-License-Identifier: GPL-3.0-or-later
# DNS probes against real resolvers: dnsmasq, unbound (also as a DoH server), a silent port,
# a hostile server, and — for the system resolver — a network namespace of its own.
add_unit_test(NAME tst_caresresolverprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_caresresolverprobe.cpp
  LIBS gatecheck_rig LABELS integration TIMEOUT 300)
add_unit_test(NAME tst_dohprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dohprobe.cpp
  LIBS gatecheck_rig LABELS integration TIMEOUT 300)
