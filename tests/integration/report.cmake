# SPDX-License-Identifier: GPL-3.0-or-later
# History under SIGKILL, and the report/compare/history commands of the CLI end to end.
qt_add_executable(gatecheck_history_writer ${CMAKE_CURRENT_LIST_DIR}/history_writer.cpp)
target_link_libraries(gatecheck_history_writer PRIVATE gatecheck_core)
add_unit_test(NAME tst_historykill SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historykill.cpp
  LABELS integration TIMEOUT 300)
target_compile_definitions(tst_historykill PRIVATE HISTORY_WRITER="$<TARGET_FILE:gatecheck_history_writer>")
add_dependencies(tst_historykill gatecheck_history_writer)

add_unit_test(NAME tst_cli_report SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_report.cpp
  LIBS gatecheck_report gatecheck_rig LABELS integration TIMEOUT 300)
add_dependencies(tst_cli_report gatecheck-cli)
