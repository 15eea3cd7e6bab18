target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AddressScope.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AddressScope.h
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosisJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosisJson.h
  ${CMAKE_CURRENT_LIST_DIR}/HistorySchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HistorySchema.h
  ${CMAKE_CURRENT_LIST_DIR}/HistoryStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HistoryStore.h
  ${CMAKE_CURRENT_LIST_DIR}/NetworkIdentity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NetworkIdentity.h)
