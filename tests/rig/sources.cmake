# Every .cpp/.h in tests/rig is part of the rig library (one file per kind of server).
file(GLOB rig_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp ${CMAKE_CURRENT_LIST_DIR}/*.h)
target_sources(gatecheck_rig PRIVATE ${rig_sources})
