target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ProfileRegistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProfileRegistry.h
  ${CMAKE_CURRENT_LIST_DIR}/ProfileSchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/VendorProfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/VendorProfile.h)
# The shipped profiles are compiled in as resources (see core/CMakeLists.txt).
set(GATECHECK_PROFILE_FILES
  ${PROJECT_SOURCE_DIR}/resources/profiles/intuit-developer.json
  ${PROJECT_SOURCE_DIR}/resources/profiles/quickbooks.json
  ${PROJECT_SOURCE_DIR}/resources/profiles/xero.json)
