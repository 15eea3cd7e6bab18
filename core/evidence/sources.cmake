target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EvidenceJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EvidenceJson.h
  ${CMAKE_CURRENT_LIST_DIR}/Observations.h
  ${CMAKE_CURRENT_LIST_DIR}/ProbeError.h)
