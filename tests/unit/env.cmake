# SPDX-License-Identifier: GPL-3.0-or-later
# This computer's side (core/env): parsers of every OS's formats with realistic fixtures
# (tests/data/env/<os>/), PAC evaluation, extension rating, trust-store audit, clock, flush.
add_unit_test(NAME tst_env_proxyparsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_proxyparsers.cpp TIMEOUT 60)
add_unit_test(NAME tst_env_pac SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_pac.cpp TIMEOUT 120)
add_unit_test(NAME tst_env_netparsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_netparsers.cpp TIMEOUT 60)
add_unit_test(NAME tst_env_browsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_browsers.cpp TIMEOUT 60)
add_unit_test(NAME tst_env_trust SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_trust.cpp LIBS gatecheck_rig TIMEOUT 120)
add_unit_test(NAME tst_env_clockflush SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_clockflush.cpp TIMEOUT 120)
