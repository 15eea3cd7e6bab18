add_unit_test(NAME tst_evidencejson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_evidencejson.cpp)
add_unit_test(NAME tst_resolverendpoint SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resolverendpoint.cpp)
add_unit_test(NAME tst_probe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_probe.cpp)
add_unit_test(NAME tst_diagnosisrun SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnosisrun.cpp LIBS gatecheck_rig TIMEOUT 120)
