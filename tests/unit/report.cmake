# SPDX-License-Identifier: GPL-3.0-or-later
# Reports (model, redaction, renderers, loading, comparison) and the history database.
add_unit_test(NAME tst_redaction SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_redaction.cpp LIBS gatecheck_report)
add_unit_test(NAME tst_reportjson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportjson.cpp LIBS gatecheck_report)
add_unit_test(NAME tst_reportrender SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportrender.cpp LIBS gatecheck_report)
add_unit_test(NAME tst_reportpdf SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportpdf.cpp
  LIBS gatecheck_report gatecheck_rig TIMEOUT 180)
add_unit_test(NAME tst_reportcanary SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportcanary.cpp
  LIBS gatecheck_report gatecheck_rig TIMEOUT 180)
add_unit_test(NAME tst_compare SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compare.cpp LIBS gatecheck_report)
add_unit_test(NAME tst_historystore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historystore.cpp LIBS gatecheck_report)
add_unit_test(NAME tst_networkidentity SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_networkidentity.cpp)
