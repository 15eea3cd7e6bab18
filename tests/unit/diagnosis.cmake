# SPDX-License-Identifier: GPL-3.0-or-later
# Diagnosis area: Statuspage parser, vendor profiles, inspection products, rules and verdicts.
add_unit_test(NAME tst_statuspageparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statuspageparser.cpp TIMEOUT 60)
add_unit_test(NAME tst_profiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profiles.cpp TIMEOUT 60)
add_unit_test(NAME tst_diagnosegolden SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnosegolden.cpp TIMEOUT 120)
