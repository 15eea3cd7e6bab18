# SPDX-License-Identifier: GPL-3.0-or-later
# The HTTP/TLS/TCP probes and the status-page fetch against real servers (nginx, squid,
# mitmproxy, hostile peers, namespaces with firewall rules).
add_unit_test(NAME tst_httpprobe_origin
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpprobe_origin.cpp ${CMAKE_CURRENT_LIST_DIR}/ProbeWait.h
  LIBS gatecheck_rig LABELS integration TIMEOUT 240)
add_unit_test(NAME tst_httpprobe_hostile
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpprobe_hostile.cpp ${CMAKE_CURRENT_LIST_DIR}/ProbeWait.h
  LIBS gatecheck_rig LABELS integration TIMEOUT 180)
add_unit_test(NAME tst_httpprobe_proxy
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpprobe_proxy.cpp ${CMAKE_CURRENT_LIST_DIR}/ProbeWait.h
  LIBS gatecheck_rig LABELS integration TIMEOUT 240)
add_unit_test(NAME tst_tlsprobe
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tlsprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/ProbeWait.h
  LIBS gatecheck_rig LABELS integration TIMEOUT 180)
add_unit_test(NAME tst_tcpconnectprobe
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tcpconnectprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/ProbeWait.h
  LIBS gatecheck_rig LABELS integration netns TIMEOUT 180)
add_unit_test(NAME tst_statuspageprobe
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statuspageprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/ProbeWait.h
  LIBS gatecheck_rig LABELS integration TIMEOUT 180)
add_unit_test(NAME tst_cli_http_e2e
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_http_e2e.cpp
  LIBS gatecheck_rig LABELS integration netns TIMEOUT 240)
add_dependencies(tst_cli_http_e2e gatecheck-cli)
