# SPDX-License-Identifier: GPL-3.0-or-later
# Diagnosis area: Statuspage parser, vendor profiles, inspection products, rules and verdicts.
add_unit_test(NAME tst_statuspageparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statuspageparser.cpp TIMEOUT 60)
add_unit_test(NAME tst_profiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profiles.cpp TIMEOUT 60)
add_unit_test(NAME tst_diagnosegolden SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnosegolden.cpp TIMEOUT 120)
add_unit_test(NAME tst_inspectionproducts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inspectionproducts.cpp TIMEOUT 60)
add_unit_test(NAME tst_hopclassifier SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hopclassifier.cpp TIMEOUT 60)
add_unit_test(NAME tst_diagnosisrules SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnosisrules.cpp TIMEOUT 60)
# Runs the real CLI binary (profiles listing, refused profiles: no probe ever starts).
add_unit_test(NAME tst_cliprofiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cliprofiles.cpp TIMEOUT 120)
add_dependencies(tst_cliprofiles gatecheck-cli)
