target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Diagnose.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Diagnose.h
  ${CMAKE_CURRENT_LIST_DIR}/Finding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Finding.h
  ${CMAKE_CURRENT_LIST_DIR}/InspectionProducts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InspectionProducts.h)
