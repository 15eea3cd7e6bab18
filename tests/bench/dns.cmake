# SPDX-License-Identifier: GPL-3.0-or-later
# DNS probe throughput and memory (label "bench"; a few seconds, so it also runs by default).
add_unit_test(NAME bench_caresresolver SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_caresresolver.cpp
  LIBS gatecheck_rig LABELS bench TIMEOUT 120)
