add_unit_test(NAME tst_rig SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rig.cpp LIBS gatecheck_rig LABELS unit netns TIMEOUT 120)
