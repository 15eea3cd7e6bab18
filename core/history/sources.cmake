target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/HistoryStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HistoryStore.h)
