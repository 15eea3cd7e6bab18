# SPDX-License-Identifier: GPL-3.0-or-later
# Pure parts of the HTTP/TLS probes: proxy environment rules, response evidence, error
# mapping, certificate reading and chain verification.
add_unit_test(NAME tst_systemproxy SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_systemproxy.cpp)
add_unit_test(NAME tst_httpevidence SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpevidence.cpp)
add_unit_test(NAME tst_neterrors SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_neterrors.cpp)
add_unit_test(NAME tst_certificateinspector SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_certificateinspector.cpp
  LIBS gatecheck_rig)
add_unit_test(NAME tst_httprig SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httprig.cpp LIBS gatecheck_rig TIMEOUT 120)
