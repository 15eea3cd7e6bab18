target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosisOptions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosisOptions.h
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosisRun.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosisRun.h)
