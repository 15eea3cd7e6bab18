# SPDX-License-Identifier: GPL-3.0-or-later
add_unit_test(NAME bench_http_hostile SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_http_hostile.cpp
  LIBS gatecheck_rig LABELS bench TIMEOUT 120)
