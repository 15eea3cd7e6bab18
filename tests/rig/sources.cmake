target_sources(gatecheck_rig PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RigProcess.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RigProcess.h)
